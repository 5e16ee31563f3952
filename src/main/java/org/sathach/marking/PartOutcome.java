package org.sathach.marking;

import java.math.BigDecimal;
import java.util.Objects;
import org.sathach.exam.PartKind;

/**
 * Where one candidate stands in one part: marked (with the sanctions applied and the figures that
 * explain the mark), still being marked, or absent.
 *
 * <p>{@code raw} of {@code available} points give the mark before sanctions ({@code sanctioned}
 * says what was deducted and why). For a presentation the raw figures are the board's mark itself.
 */
public record PartOutcome(
    PartKind kind, State state, BigDecimal raw, BigDecimal available, SanctionedMark sanctioned) {

  public enum State {
    /** The part's mark counts. */
    MARKED,
    /** Submitted or presented, but not every essay or sheet is in; or the session is still on. */
    PENDING,
    /** The candidate did not sit the part. */
    ABSENT
  }

  public PartOutcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
    if ((state == State.MARKED) != (sanctioned != null)) {
      throw new IllegalArgumentException("a marked part, and only it, has a mark");
    }
  }

  public static PartOutcome pending(PartKind kind) {
    return new PartOutcome(kind, State.PENDING, null, null, null);
  }

  public static PartOutcome absent(PartKind kind) {
    return new PartOutcome(kind, State.ABSENT, null, null, null);
  }

  /** The part's final mark, after sanctions, or {@code null} unless marked. */
  public PartMark mark() {
    return sanctioned == null ? null : sanctioned.result();
  }
}
