package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;
import org.sathach.exam.PaperItem;

class KeyCorrectionTest {
  private static final BigDecimal POINTS = new BigDecimal("2");
  // The candidate saw the stored options in the order [2, 0, 3, 1].
  private static final PaperItem ITEM = new PaperItem(7L, POINTS, List.of(2, 0, 3, 1));

  private static QuestionData single(int key) {
    QuestionData.Builder b =
        QuestionData.builder().type(QuestionType.SINGLE_CHOICE).stem("Câu hỏi").points(POINTS);
    for (int i = 0; i < 4; i++) {
      b.choice("Phương án " + i, i == key);
    }
    return b.build();
  }

  @Test
  void theResponseIsReadThroughTheDisplayOrderAndJudgedByTheCorrectedKey() {
    QuestionData shown = single(2);
    QuestionData corrected = single(0);
    // Display position 1 shows stored option 0: wrong before, right with the corrected key.
    assertThat(
            KeyCorrection.points(
                MarkingRules.DEFAULT, shown, corrected, ITEM, 0, 1L, "{\"choice\":1}"))
        .isEqualByComparingTo("2");
    // Display position 0 shows stored option 2: the old key, now wrong.
    assertThat(
            KeyCorrection.points(
                MarkingRules.DEFAULT, shown, corrected, ITEM, 0, 1L, "{\"choice\":0}"))
        .isEqualByComparingTo("0");
    assertThat(KeyCorrection.points(MarkingRules.DEFAULT, shown, corrected, ITEM, 0, 1L, null))
        .isEqualByComparingTo("0");
  }

  @Test
  void theCorrectedKeyFollowsThePartsNegativeMarking() {
    MarkingRules negative = new MarkingRules(MarkingMode.ALL_OR_NOTHING, new BigDecimal("0.25"));
    assertThat(KeyCorrection.points(negative, single(2), single(0), ITEM, 0, 1L, "{\"choice\":0}"))
        .isEqualByComparingTo("-0.5");
  }

  @Test
  void aVersionWithOtherOptionsOrAnotherTypeCannotGiveItsKey() {
    QuestionData five =
        single(0).toBuilder().choices(new java.util.ArrayList<>(single(0).choices())).build();
    QuestionData.Builder more = five.toBuilder();
    more.choice("Phương án 4", false);
    assertThat(KeyCorrection.comparable(single(2), more.build())).isFalse();
    QuestionData multiple = single(0).toBuilder().type(QuestionType.MULTIPLE_RESPONSE).build();
    assertThat(KeyCorrection.comparable(single(2), multiple)).isFalse();
    QuestionData ordering =
        QuestionData.builder()
            .type(QuestionType.ORDERING)
            .stem("Sắp xếp")
            .orderItems(List.of("a", "b"))
            .build();
    assertThat(KeyCorrection.comparable(ordering, ordering)).isFalse();
    assertThatThrownBy(
            () ->
                KeyCorrection.points(
                    MarkingRules.DEFAULT, single(2), more.build(), ITEM, 0, 1L, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
