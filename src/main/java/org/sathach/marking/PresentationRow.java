package org.sathach.marking;

import java.math.BigDecimal;

/**
 * One candidate of a presentation part as the pages list them: the turn drawn by lot (null before
 * the draw), who they are, how many of the board's sheets are in, whether the calling member has
 * submitted theirs, and the mark once every member has (null before).
 */
public record PresentationRow(
    long applicationId,
    Integer turn,
    String candidateNumber,
    String fullName,
    String postTitle,
    int sheetsIn,
    int expected,
    boolean mySheetSubmitted,
    PresentationMark mark) {

  public boolean isComplete() {
    return mark != null;
  }

  public BigDecimal getMarkValue() {
    return mark == null ? null : mark.mark();
  }
}
