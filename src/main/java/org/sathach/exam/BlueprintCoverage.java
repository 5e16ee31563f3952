package org.sathach.exam;

import java.util.ArrayList;
import java.util.List;

/**
 * The publication rule: a blueprint may be published only when the approved bank holds at least
 * {@code factor} times (3 by default) the questions each cell needs, so that candidates sitting
 * side by side rarely share questions and no paper can be guessed from the bank.
 *
 * <p>A question counts for one cell only, the most specific row that matches it (see {@link
 * Blueprint}).
 */
public final class BlueprintCoverage {
  /** The regulation's default: the bank holds three times what a paper needs, per cell. */
  public static final int DEFAULT_FACTOR = 3;

  private BlueprintCoverage() {}

  /** The cells holding fewer than {@code factor × count} questions, in row order; empty if none. */
  public static List<ShortCell> shortCells(
      Blueprint blueprint, List<PoolQuestion> snapshot, int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("the coverage factor must be at least 1, not " + factor);
    }
    List<List<PoolQuestion>> cells = blueprint.cells(snapshot);
    List<ShortCell> shortCells = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      BlueprintRow row = blueprint.rows().get(i);
      int needed = Math.multiplyExact(factor, row.count());
      int available = cells.get(i).size();
      if (available < needed) {
        shortCells.add(new ShortCell(row, needed, available));
      }
    }
    return List.copyOf(shortCells);
  }

  /**
   * Refuses publication with the short cells named.
   *
   * @throws ShortCellsException when any cell holds fewer than {@code factor × count} questions
   */
  public static void requirePublishable(
      Blueprint blueprint, List<PoolQuestion> snapshot, int factor) {
    List<ShortCell> shortCells = shortCells(blueprint, snapshot, factor);
    if (!shortCells.isEmpty()) {
      throw new ShortCellsException(shortCells);
    }
  }
}
