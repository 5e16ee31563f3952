package org.sathach.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sathach.bank.Difficulty.NHAN_BIET;
import static org.sathach.bank.Difficulty.THONG_HIEU;
import static org.sathach.exam.SyntheticPool.question;
import static org.sathach.exam.SyntheticPool.questions;
import static org.sathach.exam.SyntheticPool.row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.sathach.bank.QuestionType;

class PaperGeneratorTest {
  private final Blueprint blueprint = SyntheticPool.theoryBlueprint();
  private final List<PoolQuestion> pool = SyntheticPool.theoryPool();

  private Paper draw(long seed) {
    return PaperGenerator.generate(blueprint, pool, seed, true, true);
  }

  @Test
  void sameSeedGivesSamePaperIncludingOptionOrders() {
    assertThat(draw(2026)).isEqualTo(draw(2026));
  }

  @Test
  void differentSeedsGiveDifferentPapers() {
    Set<Paper> papers = new HashSet<>();
    LongStream.rangeClosed(1, 50).forEach(seed -> papers.add(draw(seed)));
    assertThat(papers).hasSize(50);
    Set<List<Long>> questionSets = new HashSet<>();
    for (Paper paper : papers) {
      questionSets.add(paper.versionIds().stream().sorted().toList());
    }
    assertThat(questionSets).hasSize(50);
  }

  @Test
  void snapshotOrderDoesNotChangeThePaper() {
    List<PoolQuestion> shuffled = new ArrayList<>(pool);
    Collections.shuffle(shuffled, new Random(99));
    List<PoolQuestion> reversed = new ArrayList<>(pool);
    Collections.reverse(reversed);
    Paper paper = draw(7);
    assertThat(PaperGenerator.generate(blueprint, shuffled, 7, true, true)).isEqualTo(paper);
    assertThat(PaperGenerator.generate(blueprint, reversed, 7, true, true)).isEqualTo(paper);
  }

  @Test
  void thousandTheoryPapersAllFollowTheBlueprintExactly() {
    for (long seed = 0; seed < 1000; seed++) {
      assertFollowsBlueprint(draw(seed), blueprint, pool);
    }
  }

  @Test
  void unshuffledPaperKeepsRowOrderAndIdentityOptions() {
    Paper paper = PaperGenerator.generate(blueprint, pool, 5, false, false);
    Map<Long, PoolQuestion> byId = byId(pool);
    List<Integer> rowsInPaperOrder =
        paper.items().stream().map(i -> blueprint.rowOf(byId.get(i.versionId()))).toList();
    assertThat(rowsInPaperOrder).isSorted();
    for (PaperItem item : paper.items()) {
      assertThat(item.optionOrder())
          .isEqualTo(IntStream.range(0, byId.get(item.versionId()).optionCount()).boxed().toList());
    }
  }

  @Test
  void trueFalseOptionsKeepTheirOrderWhenOptionsAreShuffled() {
    Map<Long, PoolQuestion> byId = byId(pool);
    for (PaperItem item : draw(11).items()) {
      if (byId.get(item.versionId()).type() == QuestionType.TRUE_FALSE) {
        assertThat(item.optionOrder()).containsExactly(0, 1);
      }
    }
  }

  @Test
  void overlappingRowsNeverPutAVersionTwiceOnAPaper() {
    Blueprint overlapping =
        new Blueprint(
            List.of(row(1, "/1/", NHAN_BIET, 5, "1"), row(7, "/1/7/", NHAN_BIET, 5, "2")));
    List<PoolQuestion> snapshot = new ArrayList<>(questions(6, 1, "/1/7/", NHAN_BIET));
    snapshot.addAll(questions(6, 100, "/1/8/", NHAN_BIET));
    for (long seed = 0; seed < 200; seed++) {
      Paper paper = PaperGenerator.generate(overlapping, snapshot, seed, true, true);
      assertThat(paper.versionIds()).doesNotHaveDuplicates().hasSize(10);
      assertThat(paper.items())
          .filteredOn(i -> i.versionId() < 100)
          .allSatisfy(i -> assertThat(i.points()).isEqualByComparingTo("2"));
    }
  }

  @Test
  void tooFewQuestionsNamesTheShortCells() {
    Blueprint needy =
        new Blueprint(
            List.of(row(7, "/1/7/", NHAN_BIET, 3, "1"), row(7, "/1/7/", THONG_HIEU, 4, "1")));
    List<PoolQuestion> snapshot = new ArrayList<>(questions(3, 1, "/1/7/", NHAN_BIET));
    snapshot.add(question(50, "/1/7/", THONG_HIEU));

    assertThatThrownBy(() -> PaperGenerator.generate(needy, snapshot, 1, true, true))
        .isInstanceOfSatisfying(
            ShortCellsException.class,
            e -> assertThat(e.cells()).containsExactly(new ShortCell(needy.rows().get(1), 4, 1)))
        .hasMessageContaining("/1/7/ × thông hiểu: needs 4, has 1");
  }

  @Test
  void snapshotListingAVersionTwiceIsRefused() {
    List<PoolQuestion> twice = new ArrayList<>(pool);
    twice.add(pool.get(3));
    assertThatThrownBy(() -> PaperGenerator.generate(blueprint, twice, 1, true, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
  }

  @Test
  void paperMatchesOneDrawnByAnIndependentImplementationOfTheRule() {
    // Expected paper computed outside Java (a Python script following PaperGenerator's Javadoc),
    // so a change of algorithm, or a JVM that draws differently, cannot pass unnoticed.
    Blueprint small =
        new Blueprint(
            List.of(row(7, "/1/7/", NHAN_BIET, 2, "1"), row(8, "/1/8/", THONG_HIEU, 2, "2")));
    List<PoolQuestion> snapshot = new ArrayList<>(questions(5, 1, "/1/7/", NHAN_BIET));
    snapshot.add(new PoolQuestion(10, "/1/8/", THONG_HIEU, QuestionType.TRUE_FALSE, 2));
    snapshot.add(new PoolQuestion(11, "/1/8/", THONG_HIEU, QuestionType.MULTIPLE_RESPONSE, 5));
    snapshot.add(new PoolQuestion(12, "/1/8/9/", THONG_HIEU, QuestionType.SINGLE_CHOICE, 3));

    assertThat(PaperGenerator.generate(small, snapshot, 2026, true, true).items())
        .containsExactly(
            new PaperItem(4, new BigDecimal("1"), List.of(2, 3, 0, 1)),
            new PaperItem(11, new BigDecimal("2"), List.of(1, 4, 0, 2, 3)),
            new PaperItem(1, new BigDecimal("1"), List.of(0, 3, 2, 1)),
            new PaperItem(12, new BigDecimal("2"), List.of(2, 0, 1)));
  }

  /** Checks the paper against the blueprint without using the generator's own cell rule. */
  static void assertFollowsBlueprint(Paper paper, Blueprint blueprint, List<PoolQuestion> pool) {
    Map<Long, PoolQuestion> byId = byId(pool);
    assertThat(paper.versionIds()).doesNotHaveDuplicates().allMatch(byId::containsKey);
    assertThat(paper.items()).hasSize(blueprint.totalQuestions());
    assertThat(paper.totalPoints()).isEqualByComparingTo(blueprint.totalPoints());
    for (BlueprintRow row : blueprint.rows()) {
      List<PaperItem> inRow =
          paper.items().stream().filter(i -> row.matches(byId.get(i.versionId()))).toList();
      assertThat(inRow).as(row.cellName()).hasSize(row.count());
      assertThat(inRow)
          .allSatisfy(i -> assertThat(i.points()).isEqualByComparingTo(row.pointsEach()));
    }
    for (PaperItem item : paper.items()) {
      List<Integer> sorted = item.optionOrder().stream().sorted().toList();
      assertThat(sorted)
          .isEqualTo(IntStream.range(0, byId.get(item.versionId()).optionCount()).boxed().toList());
    }
  }

  private static Map<Long, PoolQuestion> byId(List<PoolQuestion> pool) {
    return pool.stream().collect(Collectors.toMap(PoolQuestion::versionId, Function.identity()));
  }
}
