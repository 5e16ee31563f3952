package org.sathach.marking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A submitted scoring sheet as a page shows it: the member, the scores in the criteria's order, the
 * total, the comment, and whether the trimmed mean set it aside.
 */
public record SheetView(
    String member,
    String memberName,
    List<BigDecimal> scores,
    BigDecimal total,
    String comment,
    Instant submittedAt,
    boolean setAside) {

  public SheetView {
    scores = List.copyOf(scores);
  }
}
