package org.sathach.marking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a candidate's objective marks: the points awarded out of the points available, and on
 * what basis, so that the line reads on its own ("partial: 1.6667 of 2.5").
 */
public record QuestionMark(BigDecimal awarded, BigDecimal available, Basis basis) {

  public enum Basis {
    BLANK,
    RIGHT,
    WRONG,
    /** Wrong, and the part's negative marking took points away. */
    PENALISED,
    PARTIAL,
    /** The question was voided after the exam and counted as right for everyone. */
    VOIDED_AS_RIGHT,
    /** The question was voided and removed: it counts neither in the points nor the maximum. */
    VOIDED_REMOVED
  }

  /** How a voided question (a wrong or ambiguous question found after the exam) is treated. */
  public enum Voiding {
    COUNT_AS_RIGHT,
    REMOVE
  }

  public QuestionMark {
    Objects.requireNonNull(awarded, "awarded");
    Objects.requireNonNull(available, "available");
    Objects.requireNonNull(basis, "basis");
    if (available.signum() < 0 || awarded.compareTo(available) > 0) {
      throw new IllegalArgumentException("awarded " + awarded + " exceeds " + available);
    }
  }

  /**
   * The line of a voided question, whatever the candidate answered: its full points for everyone,
   * or nothing out of nothing, so the part is rescaled over the remaining questions.
   */
  public static QuestionMark voided(BigDecimal points, Voiding voiding) {
    return switch (voiding) {
      case COUNT_AS_RIGHT -> new QuestionMark(points, points, Basis.VOIDED_AS_RIGHT);
      case REMOVE -> new QuestionMark(BigDecimal.ZERO, BigDecimal.ZERO, Basis.VOIDED_REMOVED);
    };
  }
}
