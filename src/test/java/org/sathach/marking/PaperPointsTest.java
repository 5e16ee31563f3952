package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sathach.marking.PaperPoints.Line;
import org.sathach.marking.QuestionMark.Voiding;

class PaperPointsTest {
  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigDecimal TWO = new BigDecimal("2");

  private static Line objective(BigDecimal points, String stored, Voiding voiding) {
    return new Line(points, true, stored == null ? null : new BigDecimal(stored), voiding);
  }

  @Test
  void storedPointsAddUpOverEveryQuestionEssaysIncludedInTheMaximum() {
    PaperPoints points =
        PaperPoints.of(
            List.of(
                objective(ONE, "1", null),
                objective(ONE, "0", null),
                objective(TWO, null, null),
                new Line(new BigDecimal("5"), false, null, null)));
    assertThat(points.objectiveRaw()).isEqualByComparingTo("1");
    assertThat(points.objectiveAvailable()).isEqualByComparingTo("4");
    assertThat(points.available()).isEqualByComparingTo("9");
  }

  @Test
  void aRemovedQuestionCountsInNeitherThePointsNorAnyMaximum() {
    PaperPoints points =
        PaperPoints.of(
            List.of(
                objective(ONE, "1", null),
                objective(ONE, "1", Voiding.REMOVE),
                objective(ONE, "0", null)));
    assertThat(points.objectiveRaw()).isEqualByComparingTo("1");
    assertThat(points.objectiveAvailable()).isEqualByComparingTo("2");
    assertThat(points.available()).isEqualByComparingTo("2");
  }

  @Test
  void aQuestionCountedAsRightEarnsItsPointsEvenUnansweredOrPenalised() {
    PaperPoints points =
        PaperPoints.of(
            List.of(
                objective(TWO, null, Voiding.COUNT_AS_RIGHT),
                objective(ONE, "-0.25", Voiding.COUNT_AS_RIGHT),
                objective(ONE, "0", null)));
    assertThat(points.objectiveRaw()).isEqualByComparingTo("3");
    assertThat(points.available()).isEqualByComparingTo("4");
  }

  @Test
  void negativeMarkingNeverTakesMoreThanTheObjectiveQuestionsEarned() {
    PaperPoints points =
        PaperPoints.of(
            List.of(
                objective(ONE, "-0.25", null),
                objective(ONE, "0", null),
                new Line(ONE, false, null, null)));
    assertThat(points.objectiveRaw()).isEqualByComparingTo("0");
    assertThat(points.available()).isEqualByComparingTo("3");
  }
}
