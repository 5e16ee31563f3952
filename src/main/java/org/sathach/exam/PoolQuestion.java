package org.sathach.exam;

import java.util.Objects;
import org.sathach.bank.Difficulty;
import org.sathach.bank.QuestionType;

/**
 * One approved question version as recorded in the bank snapshot taken at publication. It carries
 * only what drawing a paper needs, so the snapshot can be stored and re-read long after the bank
 * has moved on.
 *
 * @param optionCount how many options (or matching/ordering items) the version shows, 0 if none
 */
public record PoolQuestion(
    long versionId, String topicPath, Difficulty difficulty, QuestionType type, int optionCount) {

  public PoolQuestion {
    Objects.requireNonNull(topicPath, "topicPath");
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(type, "type");
    if (optionCount < 0) {
      throw new IllegalArgumentException("option count cannot be negative: " + optionCount);
    }
  }

  /**
   * True when shuffling may move this version's options. "Đúng / Sai" keeps its order, which
   * candidates read as a fixed pair; other types with two or more options or items shuffle.
   */
  public boolean shufflesOptions() {
    return optionCount > 1 && type != QuestionType.TRUE_FALSE;
  }
}
