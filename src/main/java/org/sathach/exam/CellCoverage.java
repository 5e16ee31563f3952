package org.sathach.exam;

/**
 * What the bank holds for one blueprint row right now: {@code available} approved questions that
 * belong to the row, against {@code needed} (the row's count times the round's factor). {@code
 * available} is -1 for a row that is not complete yet.
 */
public record CellCoverage(int available, int needed) {
  public boolean isShort() {
    return available >= 0 && available < needed;
  }

  public boolean isKnown() {
    return available >= 0;
  }
}
