package org.sathach.exam;

/**
 * A blueprint cell the approved bank cannot feed well enough: it holds {@code available} questions
 * where the rule asks for {@code needed}.
 */
public record ShortCell(BlueprintRow row, int needed, int available) {

  /** E.g. {@code /1/7/ × thông hiểu: needs 30, has 12}. */
  public String describe() {
    return row.cellName() + ": needs " + needed + ", has " + available;
  }
}
