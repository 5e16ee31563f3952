package org.sathach.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperVerifierTest {
  private static final long SEED = 424242;
  private final Blueprint blueprint = SyntheticPool.theoryBlueprint();
  private final List<PoolQuestion> pool = SyntheticPool.theoryPool();
  private final Paper stored = PaperGenerator.generate(blueprint, pool, SEED, true, true);

  private Verification verify(Paper paper) {
    return PaperVerifier.verify(paper, blueprint, pool, SEED, true, true);
  }

  @Test
  void faithfulPaperMatches() {
    assertThat(verify(stored)).isEqualTo(Verification.match());
  }

  @Test
  void pointsWrittenWithAnotherScaleStillMatch() {
    List<PaperItem> items = new ArrayList<>();
    for (PaperItem item : stored.items()) {
      items.add(new PaperItem(item.versionId(), item.points().setScale(4), item.optionOrder()));
    }
    assertThat(verify(new Paper(items)).matches()).isTrue();
  }

  @Test
  void questionSwappedForAnotherVersionIsReportedAtItsPosition() {
    long unused =
        pool.stream()
            .map(PoolQuestion::versionId)
            .filter(id -> !stored.versionIds().contains(id))
            .findFirst()
            .orElseThrow();
    List<PaperItem> items = new ArrayList<>(stored.items());
    PaperItem original = items.get(17);
    items.set(17, new PaperItem(unused, original.points(), original.optionOrder()));

    Verification result = verify(new Paper(items));

    assertThat(result.matches()).isFalse();
    assertThat(result.index()).isEqualTo(17);
    assertThat(result.difference()).contains(String.valueOf(unused));
  }

  @Test
  void twoQuestionsTradingPlacesAreReportedAtTheFirst() {
    List<PaperItem> items = new ArrayList<>(stored.items());
    Collections.swap(items, 3, 40);

    assertThat(verify(new Paper(items)).index()).isEqualTo(3);
  }

  @Test
  void changedOptionOrderIsReported() {
    int index = firstWithOptions(stored);
    List<PaperItem> items = new ArrayList<>(stored.items());
    PaperItem original = items.get(index);
    List<Integer> options = new ArrayList<>(original.optionOrder());
    Collections.swap(options, 0, 1);
    items.set(index, new PaperItem(original.versionId(), original.points(), options));

    Verification result = verify(new Paper(items));

    assertThat(result.index()).isEqualTo(index);
    assertThat(result.difference()).contains("option order");
  }

  @Test
  void changedPointsAreReported() {
    List<PaperItem> items = new ArrayList<>(stored.items());
    PaperItem original = items.get(0);
    items.set(0, new PaperItem(original.versionId(), BigDecimal.TEN, original.optionOrder()));

    assertThat(verify(new Paper(items)).difference()).contains("points");
  }

  @Test
  void missingQuestionIsReported() {
    Paper shorter = new Paper(stored.items().subList(0, 59));

    Verification result = verify(shorter);

    assertThat(result.matches()).isFalse();
    assertThat(result.difference()).contains("expected 60 questions, stored 59");
  }

  @Test
  void paperFromAnotherSeedDoesNotMatch() {
    Paper other = PaperGenerator.generate(blueprint, pool, SEED + 1, true, true);

    assertThat(verify(other).matches()).isFalse();
  }

  @Test
  void snapshotTooSmallToRedrawIsReportedNotThrown() {
    Verification result =
        PaperVerifier.verify(stored, blueprint, pool.subList(0, 10), SEED, true, true);

    assertThat(result.matches()).isFalse();
    assertThat(result.difference()).contains("cannot be re-drawn");
  }

  private static int firstWithOptions(Paper paper) {
    for (int i = 0; i < paper.items().size(); i++) {
      List<Integer> order = paper.items().get(i).optionOrder();
      if (order.size() > 2 && !order.get(0).equals(order.get(1))) {
        return i;
      }
    }
    throw new AssertionError("no item with options");
  }
}
