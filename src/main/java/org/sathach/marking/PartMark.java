package org.sathach.marking;

import java.math.BigDecimal;
import java.util.Objects;
import org.sathach.exam.PartKind;

/**
 * A candidate's final mark in one part, out of 100, after sanctions. A void part (the candidate was
 * suspended) has no mark that counts: the candidate fails the round whatever the figure.
 */
public record PartMark(PartKind kind, BigDecimal mark, boolean voided) {
  public PartMark {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(mark, "mark");
    if (mark.signum() < 0 || mark.compareTo(MarkScale.MAX) > 0) {
      throw new IllegalArgumentException("a part's mark is between 0 and 100: " + mark);
    }
  }
}
