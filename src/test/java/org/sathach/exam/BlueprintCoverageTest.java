package org.sathach.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sathach.bank.Difficulty.NHAN_BIET;
import static org.sathach.bank.Difficulty.THONG_HIEU;
import static org.sathach.bank.Difficulty.VAN_DUNG;
import static org.sathach.exam.SyntheticPool.questions;
import static org.sathach.exam.SyntheticPool.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlueprintCoverageTest {
  private final Blueprint blueprint =
      new Blueprint(
          List.of(
              row(7, "/1/7/", NHAN_BIET, 4, "1.5"),
              row(7, "/1/7/", THONG_HIEU, 2, "2"),
              row(8, "/1/8/", VAN_DUNG, 1, "3")));

  @Test
  void bankHoldingThreeTimesEveryCellIsPublishable() {
    List<PoolQuestion> bank = new ArrayList<>(questions(12, 1, "/1/7/", NHAN_BIET));
    bank.addAll(questions(6, 100, "/1/7/12/", THONG_HIEU));
    bank.addAll(questions(3, 200, "/1/8/", VAN_DUNG));

    assertThat(BlueprintCoverage.shortCells(blueprint, bank, 3)).isEmpty();
  }

  @Test
  void shortCellsAreNamedWithNeededAndAvailable() {
    List<PoolQuestion> bank = new ArrayList<>(questions(12, 1, "/1/7/", NHAN_BIET));
    bank.addAll(questions(5, 100, "/1/7/", THONG_HIEU));
    bank.addAll(questions(9, 200, "/1/9/", VAN_DUNG));

    assertThat(BlueprintCoverage.shortCells(blueprint, bank, 3))
        .containsExactly(
            new ShortCell(blueprint.rows().get(1), 6, 5),
            new ShortCell(blueprint.rows().get(2), 3, 0));
  }

  @Test
  void refusalToPublishListsEveryShortCell() {
    List<PoolQuestion> bank = questions(11, 1, "/1/7/", NHAN_BIET);

    assertThatThrownBy(() -> BlueprintCoverage.requirePublishable(blueprint, bank, 3))
        .isInstanceOfSatisfying(ShortCellsException.class, e -> assertThat(e.cells()).hasSize(3))
        .hasMessageContaining("/1/7/ × nhận biết: needs 12, has 11")
        .hasMessageContaining("/1/7/ × thông hiểu: needs 6, has 0")
        .hasMessageContaining("/1/8/ × vận dụng: needs 3, has 0");
  }

  @Test
  void factorIsConfigurable() {
    List<PoolQuestion> bank = new ArrayList<>(questions(8, 1, "/1/7/", NHAN_BIET));
    bank.addAll(questions(4, 100, "/1/7/", THONG_HIEU));
    bank.addAll(questions(2, 200, "/1/8/", VAN_DUNG));

    assertThat(BlueprintCoverage.shortCells(blueprint, bank, 2)).isEmpty();
    assertThat(BlueprintCoverage.shortCells(blueprint, bank, 3)).hasSize(3);
  }

  @Test
  void overlappingRowsCountEachQuestionOnlyForTheMostSpecificRow() {
    Blueprint overlapping =
        new Blueprint(
            List.of(row(1, "/1/", NHAN_BIET, 2, "1"), row(7, "/1/7/", NHAN_BIET, 2, "1")));
    List<PoolQuestion> bank = new ArrayList<>(questions(6, 1, "/1/7/", NHAN_BIET));
    bank.addAll(questions(6, 100, "/1/7/15/", NHAN_BIET));
    bank.addAll(questions(5, 200, "/1/8/", NHAN_BIET));

    assertThat(BlueprintCoverage.shortCells(overlapping, bank, 3))
        .containsExactly(new ShortCell(overlapping.rows().get(0), 6, 5));
  }

  @Test
  void questionsOfOtherDifficultiesOrTopicsDoNotCount() {
    List<PoolQuestion> bank = new ArrayList<>(questions(12, 1, "/1/7/", THONG_HIEU));
    bank.addAll(questions(12, 100, "/1/70/", NHAN_BIET));

    // "/1/70/" is not in the subtree of "/1/7/"; the thông hiểu questions feed only their row.
    assertThat(BlueprintCoverage.shortCells(blueprint, bank, 3))
        .containsExactly(
            new ShortCell(blueprint.rows().get(0), 12, 0),
            new ShortCell(blueprint.rows().get(2), 3, 0));
  }

  @Test
  void blueprintRefusesTheSameCellTwice() {
    assertThatThrownBy(
            () ->
                new Blueprint(
                    List.of(
                        row(7, "/1/7/", NHAN_BIET, 1, "1"), row(7, "/1/7/", NHAN_BIET, 2, "1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("appears twice");
  }

  @Test
  void blueprintTotalsQuestionsAndPoints() {
    assertThat(blueprint.totalQuestions()).isEqualTo(7);
    assertThat(blueprint.totalPoints()).isEqualByComparingTo("13");
  }

  @Test
  void rowRefusesAPathThatDoesNotEndInItsTopic() {
    assertThatThrownBy(() -> row(7, "/1/8/", NHAN_BIET, 1, "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
