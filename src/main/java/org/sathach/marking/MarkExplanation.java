package org.sathach.marking;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one candidate's mark in one computer part comes about, question by question, from the stored
 * rows: what each question was worth, what it earned and why; then the raw points over the paper's
 * points, the mark on 100 and any sanction. What the committee reads to explain a mark.
 */
public record MarkExplanation(
    String candidateNumber, String fullName, String part, List<Line> lines, PartOutcome outcome) {

  /** Why a question earned what it did. */
  public enum Basis {
    RIGHT,
    PARTLY_RIGHT,
    WRONG,
    PENALISED,
    BLANK,
    ESSAY_MEAN,
    ESSAY_THIRD,
    ESSAY_APPEAL,
    ESSAY_PENDING,
    ESSAY_BLANK
  }

  /** One question of the paper, in the candidate's order. */
  public record Line(
      int number,
      String type,
      String stem,
      BigDecimal available,
      BigDecimal awarded,
      Basis basis) {}
}
