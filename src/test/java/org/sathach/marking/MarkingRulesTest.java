package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sathach.bank.QuestionType;
import org.sathach.marking.AnswerFacts.Blank;
import org.sathach.marking.AnswerFacts.Judged;
import org.sathach.marking.AnswerFacts.Placed;
import org.sathach.marking.AnswerFacts.Selected;
import org.sathach.marking.QuestionMark.Basis;

/** Every question below is worth 2.5 points unless said otherwise. */
class MarkingRulesTest {
  private static final BigDecimal POINTS = new BigDecimal("2.5");
  private static final MarkingRules STRICT = MarkingRules.DEFAULT;
  private static final MarkingRules PARTIAL = new MarkingRules(MarkingMode.PARTIAL_CREDIT, null);
  private static final MarkingRules NEGATIVE =
      new MarkingRules(MarkingMode.ALL_OR_NOTHING, new BigDecimal("0.25"));

  private static QuestionMark mark(MarkingRules rules, QuestionType type, AnswerFacts facts) {
    return rules.mark(type, POINTS, facts);
  }

  @Test
  void aRightSingleChoiceEarnsItsPointsAndAWrongOneNothing() {
    assertThat(mark(STRICT, QuestionType.SINGLE_CHOICE, new Judged(true)).awarded())
        .isEqualByComparingTo("2.5");
    QuestionMark wrong = mark(STRICT, QuestionType.SINGLE_CHOICE, new Judged(false));
    assertThat(wrong.awarded()).isEqualByComparingTo("0");
    assertThat(wrong.basis()).isEqualTo(Basis.WRONG);
  }

  @Test
  void negativeMarkingTakesAFractionOfTheQuestionForAWrongGuess() {
    // 0.25 × 2.5 = 0.625 taken away, for single choice and true/false alike.
    QuestionMark single = mark(NEGATIVE, QuestionType.SINGLE_CHOICE, new Judged(false));
    assertThat(single.awarded()).isEqualByComparingTo("-0.625");
    assertThat(single.basis()).isEqualTo(Basis.PENALISED);
    assertThat(mark(NEGATIVE, QuestionType.TRUE_FALSE, new Judged(false)).awarded())
        .isEqualByComparingTo("-0.625");
    assertThat(mark(NEGATIVE, QuestionType.TRUE_FALSE, new Judged(true)).awarded())
        .isEqualByComparingTo("2.5");
  }

  @Test
  void aBlankIsNeverPenalised() {
    QuestionMark blank = mark(NEGATIVE, QuestionType.SINGLE_CHOICE, new Blank());
    assertThat(blank.awarded()).isEqualByComparingTo("0");
    assertThat(blank.basis()).isEqualTo(Basis.BLANK);
  }

  @Test
  void aWrongShortAnswerIsNotPenalisedBecauseItIsNoGuess() {
    assertThat(mark(NEGATIVE, QuestionType.SHORT_ANSWER, new Judged(false)).awarded())
        .isEqualByComparingTo("0");
  }

  @Test
  void multipleResponseAllOrNothingNeedsExactlyTheKeys() {
    // 5 options, keys 2.
    assertThat(mark(STRICT, QuestionType.MULTIPLE_RESPONSE, new Selected(5, 2, 2, 0)).awarded())
        .isEqualByComparingTo("2.5");
    assertThat(mark(STRICT, QuestionType.MULTIPLE_RESPONSE, new Selected(5, 2, 2, 1)).awarded())
        .isEqualByComparingTo("0");
    assertThat(mark(STRICT, QuestionType.MULTIPLE_RESPONSE, new Selected(5, 2, 1, 0)).awarded())
        .isEqualByComparingTo("0");
  }

  @Test
  void multipleResponsePartialCreditFollowsMoodlesScheme() {
    // n = 5 options, k = 2 keys: a key is worth +1/2, a distractor −1/3 of the question.
    // Both keys and one distractor: 2/2 − 1/3 = 2/3; 2.5 × 2/3 = 1.66666… → 1.6667.
    QuestionMark twoThirds =
        mark(PARTIAL, QuestionType.MULTIPLE_RESPONSE, new Selected(5, 2, 2, 1));
    assertThat(twoThirds.awarded()).isEqualByComparingTo("1.6667");
    assertThat(twoThirds.basis()).isEqualTo(Basis.PARTIAL);
    // One key alone: 1/2; 2.5 × 1/2 = 1.25.
    assertThat(mark(PARTIAL, QuestionType.MULTIPLE_RESPONSE, new Selected(5, 2, 1, 0)).awarded())
        .isEqualByComparingTo("1.25");
    // One key and one distractor: 1/2 − 1/3 = 1/6; 2.5 / 6 = 0.41666… → 0.4167.
    assertThat(mark(PARTIAL, QuestionType.MULTIPLE_RESPONSE, new Selected(5, 2, 1, 1)).awarded())
        .isEqualByComparingTo("0.4167");
    // Exactly the keys: 2/2 = all of it.
    assertThat(mark(PARTIAL, QuestionType.MULTIPLE_RESPONSE, new Selected(5, 2, 2, 0)).basis())
        .isEqualTo(Basis.RIGHT);
  }

  @Test
  void choosingEveryOptionEarnsNothingAndPartialCreditNeverGoesBelowZero() {
    // All 5: 2/2 − 3/3 = 0.
    assertThat(mark(PARTIAL, QuestionType.MULTIPLE_RESPONSE, new Selected(5, 2, 2, 3)).awarded())
        .isEqualByComparingTo("0");
    // One key, two distractors: 1/2 − 2/3 = −1/6, floored at 0.
    assertThat(mark(PARTIAL, QuestionType.MULTIPLE_RESPONSE, new Selected(5, 2, 1, 2)).awarded())
        .isEqualByComparingTo("0");
    // Negative marking does not add to the distractors' own penalty.
    MarkingRules partialAndNegative =
        new MarkingRules(MarkingMode.PARTIAL_CREDIT, new BigDecimal("0.5"));
    assertThat(
            mark(partialAndNegative, QuestionType.MULTIPLE_RESPONSE, new Selected(4, 1, 0, 3))
                .awarded())
        .isEqualByComparingTo("0");
  }

  @Test
  void whenEveryOptionIsAKeyEachKeyIsWorthItsShare() {
    // 3 options, all keys, 2 chosen: 2/3 × 2.5 = 1.66666… → 1.6667.
    assertThat(mark(PARTIAL, QuestionType.MULTIPLE_RESPONSE, new Selected(3, 3, 2, 0)).awarded())
        .isEqualByComparingTo("1.6667");
  }

  @Test
  void matchingAndOrderingEarnTheShareOfRightPairsOrPositions() {
    // 3 of 4 pairs: 2.5 × 3/4 = 1.875.
    assertThat(mark(PARTIAL, QuestionType.MATCHING, new Placed(3, 4)).awarded())
        .isEqualByComparingTo("1.875");
    // 2 of 3 positions: 2.5 × 2/3 = 1.66666… → 1.6667.
    assertThat(mark(PARTIAL, QuestionType.ORDERING, new Placed(2, 3)).awarded())
        .isEqualByComparingTo("1.6667");
    assertThat(mark(PARTIAL, QuestionType.ORDERING, new Placed(0, 3)).basis())
        .isEqualTo(Basis.WRONG);
  }

  @Test
  void matchingAndOrderingAllOrNothingNeedEveryPairRight() {
    assertThat(mark(STRICT, QuestionType.MATCHING, new Placed(3, 4)).awarded())
        .isEqualByComparingTo("0");
    assertThat(mark(STRICT, QuestionType.ORDERING, new Placed(5, 5)).awarded())
        .isEqualByComparingTo("2.5");
  }

  @Test
  void factsThatDoNotFitTheTypeAndEssaysAreRefused() {
    assertThatThrownBy(() -> mark(STRICT, QuestionType.MATCHING, new Judged(true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Placed");
    assertThatThrownBy(() -> mark(STRICT, QuestionType.ESSAY, new Judged(true)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mark(STRICT, QuestionType.ESSAY, new Blank()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Selected(4, 2, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Selected(4, 2, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Placed(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNegativeFractionOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> new MarkingRules(MarkingMode.ALL_OR_NOTHING, new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MarkingRules(MarkingMode.ALL_OR_NOTHING, new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
