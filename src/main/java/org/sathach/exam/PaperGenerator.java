package org.sathach.exam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a paper from a published blueprint, the bank snapshot recorded at publication and a
 * recorded seed. The same inputs give the same paper, question and option order included, on any
 * machine, so that a verifier can re-draw any candidate's paper and compare.
 *
 * <p>The draw, in the order the numbers of the {@link DrawSequence} are used:
 *
 * <ol>
 *   <li>The snapshot is sorted by version id and split into cells (see {@link Blueprint}).
 *   <li>For each row in blueprint order, {@code count} questions are taken from its cell by a
 *       partial Fisher–Yates shuffle: for k = 0 .. count−1, swap position k with k + nextInt(size −
 *       k). The chosen questions are then put back in version id order.
 *   <li>If questions are shuffled, the whole paper is shuffled by Fisher–Yates: for i = n−1 down to
 *       1, swap i with nextInt(i + 1). Otherwise it stays in row order.
 *   <li>If options are shuffled, each item in paper order whose version {@linkplain
 *       PoolQuestion#shufflesOptions() shuffles options} gets its option order by the same
 *       Fisher–Yates over 0 .. optionCount−1; all others keep the identity order.
 * </ol>
 */
public final class PaperGenerator {
  private PaperGenerator() {}

  /**
   * @throws ShortCellsException when a cell holds fewer questions than its row needs
   */
  public static Paper generate(
      Blueprint blueprint,
      List<PoolQuestion> snapshot,
      long seed,
      boolean shuffleQuestions,
      boolean shuffleOptions) {
    List<List<PoolQuestion>> cells = blueprint.cells(snapshot);
    List<ShortCell> shortCells = BlueprintCoverage.shortCells(blueprint, snapshot, 1);
    if (!shortCells.isEmpty()) {
      throw new ShortCellsException(shortCells);
    }
    DrawSequence draw = new DrawSequence(seed);
    List<Pick> picks = new ArrayList<>();
    for (int r = 0; r < cells.size(); r++) {
      BlueprintRow row = blueprint.rows().get(r);
      List<PoolQuestion> cell = new ArrayList<>(cells.get(r));
      for (int k = 0; k < row.count(); k++) {
        swap(cell, k, k + draw.nextInt(cell.size() - k));
      }
      cell.subList(0, row.count()).stream()
          .sorted(Comparator.comparingLong(PoolQuestion::versionId))
          .forEach(question -> picks.add(new Pick(question, row.pointsEach())));
    }
    if (shuffleQuestions) {
      for (int i = picks.size() - 1; i > 0; i--) {
        swap(picks, i, draw.nextInt(i + 1));
      }
    }
    List<PaperItem> items = new ArrayList<>();
    for (Pick pick : picks) {
      List<Integer> options = identity(pick.question().optionCount());
      if (shuffleOptions && pick.question().shufflesOptions()) {
        for (int k = options.size() - 1; k > 0; k--) {
          swap(options, k, draw.nextInt(k + 1));
        }
      }
      items.add(new PaperItem(pick.question().versionId(), pick.points(), options));
    }
    return new Paper(items);
  }

  private record Pick(PoolQuestion question, BigDecimal points) {}

  private static List<Integer> identity(int size) {
    List<Integer> order = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      order.add(k);
    }
    return order;
  }

  private static <T> void swap(List<T> list, int i, int j) {
    T held = list.get(i);
    list.set(i, list.get(j));
    list.set(j, held);
  }
}
