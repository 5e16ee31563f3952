package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sathach.bank.QuestionType;
import org.sathach.marking.AnswerFacts.Blank;
import org.sathach.marking.AnswerFacts.Judged;
import org.sathach.marking.AnswerFacts.Placed;
import org.sathach.marking.AnswerFacts.Selected;
import org.sathach.marking.QuestionMark.Voiding;

/**
 * A five-question part, 2.5 points each (12.5 in all), under partial credit with a quarter negative
 * marking:
 *
 * <pre>
 *   Q1 single choice, right              +2.5
 *   Q2 single choice, wrong              −0.625   (0.25 × 2.5)
 *   Q3 multiple response 2 keys of 5,
 *      both keys and one distractor      +1.6667  (2.5 × (2/2 − 1/3))
 *   Q4 matching, 3 of 4 pairs            +1.875   (2.5 × 3/4)
 *   Q5 true/false, blank                  0
 *   raw 5.4167 of 12.5; mark 5.4167 × 100 / 12.5 = 43.3336 → 43.33
 * </pre>
 */
class ObjectiveMarkTest {
  private static final BigDecimal POINTS = new BigDecimal("2.5");
  private static final MarkingRules RULES =
      new MarkingRules(MarkingMode.PARTIAL_CREDIT, new BigDecimal("0.25"));

  private static List<QuestionMark> paper() {
    List<QuestionMark> lines = new ArrayList<>();
    lines.add(RULES.mark(QuestionType.SINGLE_CHOICE, POINTS, new Judged(true)));
    lines.add(RULES.mark(QuestionType.SINGLE_CHOICE, POINTS, new Judged(false)));
    lines.add(RULES.mark(QuestionType.MULTIPLE_RESPONSE, POINTS, new Selected(5, 2, 2, 1)));
    lines.add(RULES.mark(QuestionType.MATCHING, POINTS, new Placed(3, 4)));
    lines.add(RULES.mark(QuestionType.TRUE_FALSE, POINTS, new Blank()));
    return lines;
  }

  @Test
  void thePartsMarkIsItsRawPointsScaledToAHundred() {
    ObjectiveMark mark = ObjectiveMark.of(paper());
    assertThat(mark.raw()).isEqualByComparingTo("5.4167");
    assertThat(mark.available()).isEqualByComparingTo("12.5");
    assertThat(mark.mark()).isEqualByComparingTo("43.33");
    assertThat(mark.mark().scale()).isEqualTo(2);
  }

  @Test
  void negativeMarkingCannotTakeThePartBelowZero() {
    // Two wrong guesses: −0.625 − 0.625 = −1.25, floored at 0.
    List<QuestionMark> lines =
        List.of(
            RULES.mark(QuestionType.SINGLE_CHOICE, POINTS, new Judged(false)),
            RULES.mark(QuestionType.TRUE_FALSE, POINTS, new Judged(false)));
    ObjectiveMark mark = ObjectiveMark.of(lines);
    assertThat(mark.raw()).isEqualByComparingTo("0");
    assertThat(mark.mark()).isEqualByComparingTo("0.00");
  }

  @Test
  void aVoidedQuestionCountedAsRightGivesEveryoneItsPoints() {
    // Q2 voided, counted right: 2.5 + 2.5 + 1.6667 + 1.875 + 0 = 8.5417 of 12.5 → 68.3336 → 68.33.
    List<QuestionMark> lines = paper();
    lines.set(1, QuestionMark.voided(POINTS, Voiding.COUNT_AS_RIGHT));
    assertThat(ObjectiveMark.of(lines).mark()).isEqualByComparingTo("68.33");
  }

  @Test
  void aVoidedQuestionRemovedRescalesThePartOverTheRest() {
    // Q2 removed: 2.5 + 1.6667 + 1.875 + 0 = 6.0417 of 10 → 60.417 → 60.42.
    List<QuestionMark> lines = paper();
    lines.set(1, QuestionMark.voided(POINTS, Voiding.REMOVE));
    ObjectiveMark mark = ObjectiveMark.of(lines);
    assertThat(mark.available()).isEqualByComparingTo("10");
    assertThat(mark.mark()).isEqualByComparingTo("60.42");
  }

  @Test
  void aMarkIsRoundedOnceToTwoDecimalsHalfUp() {
    // 0.9 of 16 points: 0.9 × 100 / 16 = 5.625 → 5.63, the half goes up.
    assertThat(MarkScale.scaled(new BigDecimal("0.9"), new BigDecimal("16")))
        .isEqualByComparingTo("5.63");
    // 1 of 3: 33.333… → 33.33; 2 of 3: 66.666… → 66.67.
    assertThat(MarkScale.scaled(BigDecimal.ONE, new BigDecimal("3"))).isEqualByComparingTo("33.33");
    assertThat(MarkScale.scaled(BigDecimal.valueOf(2), new BigDecimal("3")))
        .isEqualByComparingTo("66.67");
  }
}
