package org.sathach.marking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A candidate's figures in one post at one moment, as the committee sees them: the mark of the
 * regraded part, the weighted total, pass or fail, the rank and the place on the shortlist. Any
 * figure may be {@code null} (not marked, no total, not ranked, not shortlisted).
 */
public record RegradeLine(
    String candidate,
    String name,
    BigDecimal partMark,
    BigDecimal total,
    boolean passed,
    Integer rank,
    Place place) {

  /** Where a candidate stands on the shortlist. */
  public enum Place {
    APPOINTEE,
    RESERVE
  }

  public RegradeLine {
    Objects.requireNonNull(candidate, "candidate");
  }

  /** Whether anything a candidate or the committee would see differs from {@code other}. */
  public boolean sameFiguresAs(RegradeLine other) {
    return sameNumber(partMark, other.partMark)
        && sameNumber(total, other.total)
        && passed == other.passed
        && Objects.equals(rank, other.rank)
        && place == other.place;
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
