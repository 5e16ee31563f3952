package org.sathach.delivery;

import java.util.List;
import java.util.Objects;

/**
 * What a result slip shows, already formatted in the reader's language: a title, labelled lines and
 * the signature boxes.
 */
public record ResultSlip(
    String organiser,
    String title,
    List<Line> lines,
    String hashLabel,
    String hash,
    List<String> signers) {

  public ResultSlip {
    Objects.requireNonNull(title, "title");
    lines = List.copyOf(lines);
    signers = List.copyOf(signers);
  }

  /** One labelled value. */
  public record Line(String label, String value) {}
}
