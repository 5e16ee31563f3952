package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresentationMarkTest {
  private static final List<PresentationCriterion> FOUR =
      List.of(
          criterion("Nội dung đề án", "40"),
          criterion("Tính khả thi", "30"),
          criterion("Trình bày", "20"),
          criterion("Trả lời câu hỏi", "10"));

  private static PresentationCriterion criterion(String name, String max) {
    return new PresentationCriterion(name, new BigDecimal(max));
  }

  private static ScoringSheet sheet(String member, String... scores) {
    return new ScoringSheet(
        member,
        Map.of(
            "Nội dung đề án", new BigDecimal(scores[0]),
            "Tính khả thi", new BigDecimal(scores[1]),
            "Trình bày", new BigDecimal(scores[2]),
            "Trả lời câu hỏi", new BigDecimal(scores[3])));
  }

  /** Totals 78, 85, 70, 90, 82 out of 100. */
  private static final List<ScoringSheet> BOARD_OF_FIVE =
      List.of(
          sheet("A", "32", "24", "15", "7"),
          sheet("B", "35", "26", "16", "8"),
          sheet("C", "28", "22", "13", "7"),
          sheet("D", "37", "27", "17", "9"),
          sheet("E", "34", "25", "15", "8"));

  @Test
  void aSheetsTotalIsTheSumOfItsCriteria() {
    assertThat(BOARD_OF_FIVE.get(0).total(FOUR)).isEqualByComparingTo("78");
    assertThat(ScoringSheet.maxTotal(FOUR)).isEqualByComparingTo("100");
  }

  @Test
  void theMeanOfTheBoard() {
    // (78 + 85 + 70 + 90 + 82) / 5 = 405 / 5 = 81.00.
    PresentationMark mark = PresentationMark.of(FOUR, BOARD_OF_FIVE, BoardAggregation.MEAN);
    assertThat(mark.mark()).isEqualByComparingTo("81.00");
    assertThat(mark.setAside()).isEmpty();
  }

  @Test
  void theTrimmedMeanSetsAsideTheHighestAndTheLowest() {
    // D's 90 and C's 70 set aside: (78 + 85 + 82) / 3 = 245 / 3 = 81.666… → 81.67.
    PresentationMark mark = PresentationMark.of(FOUR, BOARD_OF_FIVE, BoardAggregation.TRIMMED_MEAN);
    assertThat(mark.mark()).isEqualByComparingTo("81.67");
    assertThat(mark.setAside()).containsExactly("D", "C");
    assertThat(mark.totals()).containsEntry("D", new BigDecimal("90")).hasSize(5);
  }

  @Test
  void aSheetNotOutOfAHundredIsScaled() {
    // Criteria 30 + 20 = 50. Totals 41, 37.5, 44.
    // Mean: 122.5 × 100 / (3 × 50) = 81.666… → 81.67. Trimmed: 41 × 100 / 50 = 82.00.
    List<PresentationCriterion> two =
        List.of(criterion("Nội dung", "30"), criterion("Trả lời", "20"));
    List<ScoringSheet> sheets =
        List.of(
            twoScores("X", "25", "16"), twoScores("Y", "22.5", "15"), twoScores("Z", "26", "18"));
    assertThat(PresentationMark.of(two, sheets, BoardAggregation.MEAN).mark())
        .isEqualByComparingTo("81.67");
    assertThat(PresentationMark.of(two, sheets, BoardAggregation.TRIMMED_MEAN).mark())
        .isEqualByComparingTo("82.00");
  }

  private static ScoringSheet twoScores(String member, String content, String answers) {
    return new ScoringSheet(
        member, Map.of("Nội dung", new BigDecimal(content), "Trả lời", new BigDecimal(answers)));
  }

  @Test
  void onlyOneOfSeveralEqualExtremesIsSetAside() {
    // Totals 80, 80, 80, 70, 70: one 80 and one 70 go, (80 + 80 + 70) / 3 = 76.666… → 76.67;
    // the mean of all is 380 / 5 = 76.00. Of equal sheets the first member by name is set aside.
    List<PresentationCriterion> one = List.of(criterion("Tổng thể", "100"));
    List<ScoringSheet> sheets =
        List.of(
            single("M1", "80"),
            single("M2", "80"),
            single("M3", "80"),
            single("M4", "70"),
            single("M5", "70"));
    PresentationMark trimmed = PresentationMark.of(one, sheets, BoardAggregation.TRIMMED_MEAN);
    assertThat(trimmed.mark()).isEqualByComparingTo("76.67");
    assertThat(trimmed.setAside()).containsExactly("M1", "M4");
    assertThat(PresentationMark.of(one, sheets, BoardAggregation.MEAN).mark())
        .isEqualByComparingTo("76.00");
  }

  private static ScoringSheet single(String member, String score) {
    return new ScoringSheet(member, Map.of("Tổng thể", new BigDecimal(score)));
  }

  @Test
  void aTrimmedMeanNeedsThreeSheets() {
    assertThatThrownBy(
            () ->
                PresentationMark.of(
                    FOUR, BOARD_OF_FIVE.subList(0, 2), BoardAggregation.TRIMMED_MEAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3");
  }

  @Test
  void aScoreAboveItsCriterionOrAMissingCriterionIsRefused() {
    assertThatThrownBy(() -> sheet("A", "41", "24", "15", "7").total(FOUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Nội dung đề án");
    ScoringSheet partial = new ScoringSheet("A", Map.of("Nội dung đề án", BigDecimal.TEN));
    assertThatThrownBy(() -> partial.total(FOUR)).isInstanceOf(IllegalArgumentException.class);
    ScoringSheet extra = new ScoringSheet("A", Map.of("Tổng thể", BigDecimal.TEN));
    assertThatThrownBy(() -> extra.total(List.of(criterion("Tổng thể", "10"), FOUR.get(0))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMemberFillsOneSheetPerCandidate() {
    List<ScoringSheet> twice = List.of(BOARD_OF_FIVE.get(0), BOARD_OF_FIVE.get(0));
    assertThatThrownBy(() -> PresentationMark.of(FOUR, twice, BoardAggregation.MEAN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
