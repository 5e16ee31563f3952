package org.sathach.marking;

import java.math.BigDecimal;
import java.util.Objects;
import org.sathach.bank.QuestionType;
import org.sathach.marking.AnswerFacts.Blank;
import org.sathach.marking.AnswerFacts.Judged;
import org.sathach.marking.AnswerFacts.Placed;
import org.sathach.marking.AnswerFacts.Selected;
import org.sathach.marking.QuestionMark.Basis;

/**
 * A computer part's marking rules, and the points one objective answer earns under them.
 *
 * <ul>
 *   <li><b>Single choice, true/false, short answer:</b> the question's points if right, 0 if blank.
 *       A wrong single-choice or true/false answer loses {@code negativeFraction} of the question's
 *       points (0 = no negative marking; 0.25 on a four-option question makes blind guessing worth
 *       nothing on average). A wrong short answer is never penalised: a typed answer is not a guess
 *       among offered options.
 *   <li><b>Multiple response, all or nothing:</b> the points only when exactly the keys are chosen.
 *   <li><b>Multiple response, partial credit</b> (Moodle's recommended grading of a multiple-answer
 *       question, each key worth +1/k and each distractor −1/(n−k)): with k keys among n options,
 *       the points × (keys chosen / k − distractors chosen / (n − k)), never below 0. Choosing
 *       every option therefore earns nothing. Negative marking does not apply: the −1/(n−k) is
 *       already the penalty.
 *   <li><b>Matching and ordering, all or nothing:</b> the points only when every pair (every
 *       position) is right.
 *   <li><b>Matching and ordering, partial credit:</b> the points × right pairs (items in their
 *       right position) / all pairs (items). Never negative.
 * </ul>
 *
 * Points are computed with one division and rounded to {@link MarkScale#POINTS_SCALE} decimals,
 * half up. Essays are not marked here.
 */
public record MarkingRules(MarkingMode mode, BigDecimal negativeFraction) {
  /** All or nothing, no negative marking: the rules when a part sets none. */
  public static final MarkingRules DEFAULT = new MarkingRules(MarkingMode.ALL_OR_NOTHING, null);

  public MarkingRules {
    Objects.requireNonNull(mode, "mode");
    negativeFraction = negativeFraction == null ? BigDecimal.ZERO : negativeFraction;
    if (negativeFraction.signum() < 0 || negativeFraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "the negative fraction is between 0 and 1: " + negativeFraction);
    }
  }

  /** The line of one objective answer worth {@code points} under these rules. */
  public QuestionMark mark(QuestionType type, BigDecimal points, AnswerFacts facts) {
    Objects.requireNonNull(points, "points");
    if (points.signum() <= 0) {
      throw new IllegalArgumentException("a question is worth more than 0 points: " + points);
    }
    if (Objects.requireNonNull(type, "type") == QuestionType.ESSAY) {
      throw new IllegalArgumentException("essays are marked by examiners");
    }
    if (Objects.requireNonNull(facts, "facts") instanceof Blank) {
      return line(BigDecimal.ZERO, points, Basis.BLANK);
    }
    return switch (type) {
      case SINGLE_CHOICE, TRUE_FALSE -> judged(points, as(Judged.class, type, facts), true);
      case SHORT_ANSWER -> judged(points, as(Judged.class, type, facts), false);
      case MULTIPLE_RESPONSE -> selected(points, as(Selected.class, type, facts));
      case MATCHING, ORDERING -> placed(points, as(Placed.class, type, facts));
      case ESSAY -> throw new AssertionError("refused above");
    };
  }

  private QuestionMark judged(BigDecimal points, Judged facts, boolean guessable) {
    if (facts.right()) {
      return line(points, points, Basis.RIGHT);
    }
    if (guessable && negativeFraction.signum() > 0) {
      return line(points.multiply(negativeFraction).negate(), points, Basis.PENALISED);
    }
    return line(BigDecimal.ZERO, points, Basis.WRONG);
  }

  private QuestionMark selected(BigDecimal points, Selected facts) {
    int n = facts.options();
    int k = facts.keys();
    if (mode == MarkingMode.ALL_OR_NOTHING) {
      return facts.keysChosen() == k && facts.distractorsChosen() == 0
          ? line(points, points, Basis.RIGHT)
          : line(BigDecimal.ZERO, points, Basis.WRONG);
    }
    if (n == k) {
      // Every option is a key: there is no distractor to take points away.
      return share(points, facts.keysChosen(), k);
    }
    // keysChosen / k − distractorsChosen / (n − k), over the common denominator k (n − k).
    long numerator = (long) facts.keysChosen() * (n - k) - (long) facts.distractorsChosen() * k;
    return share(points, Math.max(0, numerator), (long) k * (n - k));
  }

  private QuestionMark placed(BigDecimal points, Placed facts) {
    if (mode == MarkingMode.ALL_OR_NOTHING) {
      return facts.right() == facts.total()
          ? line(points, points, Basis.RIGHT)
          : line(BigDecimal.ZERO, points, Basis.WRONG);
    }
    return share(points, facts.right(), facts.total());
  }

  /** {@code points × numerator / denominator}, one division, 4 decimals half up. */
  private static QuestionMark share(BigDecimal points, long numerator, long denominator) {
    if (numerator == 0) {
      return line(BigDecimal.ZERO, points, Basis.WRONG);
    }
    if (numerator == denominator) {
      return line(points, points, Basis.RIGHT);
    }
    BigDecimal awarded =
        points
            .multiply(BigDecimal.valueOf(numerator))
            .divide(BigDecimal.valueOf(denominator), MarkScale.POINTS_SCALE, MarkScale.ROUNDING);
    return line(awarded, points, Basis.PARTIAL);
  }

  private static QuestionMark line(BigDecimal awarded, BigDecimal points, Basis basis) {
    return new QuestionMark(
        awarded.setScale(MarkScale.POINTS_SCALE, MarkScale.ROUNDING), points, basis);
  }

  private static <T extends AnswerFacts> T as(Class<T> kind, QuestionType type, AnswerFacts facts) {
    if (!kind.isInstance(facts)) {
      throw new IllegalArgumentException(
          "a "
              + type.code()
              + " answer is described by "
              + kind.getSimpleName()
              + ", not "
              + facts);
    }
    return kind.cast(facts);
  }
}
