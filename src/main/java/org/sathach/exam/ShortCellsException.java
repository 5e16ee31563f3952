package org.sathach.exam;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses publishing a blueprint, or drawing a paper from it, because some cells hold too few
 * approved questions. The cells are carried so the page can list each with needed and available.
 */
public class ShortCellsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<ShortCell> cells;

  public ShortCellsException(List<ShortCell> cells) {
    super(
        "too few approved questions in "
            + cells.stream().map(ShortCell::describe).collect(Collectors.joining("; ")));
    this.cells = List.copyOf(cells);
  }

  public List<ShortCell> cells() {
    return cells;
  }
}
