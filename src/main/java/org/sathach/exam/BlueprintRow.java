package org.sathach.exam;

import java.math.BigDecimal;
import java.util.Objects;
import org.sathach.bank.Difficulty;

/**
 * One cell of a blueprint (ma trận đề): take {@code count} questions of one difficulty from a
 * topic's subtree, each worth {@code pointsEach}. The topic is given by its id path ({@code
 * /1/7/}), so "in the subtree" is a prefix test that needs no database.
 */
public record BlueprintRow(
    long topicId, String topicPath, Difficulty difficulty, int count, BigDecimal pointsEach) {

  public BlueprintRow {
    Objects.requireNonNull(topicPath, "topicPath");
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(pointsEach, "pointsEach");
    if (!topicPath.startsWith("/") || !topicPath.endsWith("/" + topicId + "/")) {
      throw new IllegalArgumentException(
          "topic path " + topicPath + " must be an id path ending in /" + topicId + "/");
    }
    if (count < 1) {
      throw new IllegalArgumentException("a row needs at least one question, not " + count);
    }
    if (pointsEach.signum() <= 0) {
      throw new IllegalArgumentException("points per question must be positive: " + pointsEach);
    }
  }

  /** True when the question is of this row's difficulty and in its topic's subtree. */
  public boolean matches(PoolQuestion question) {
    return question.difficulty() == difficulty && question.topicPath().startsWith(topicPath);
  }

  /** The row's share of the paper's points. */
  public BigDecimal points() {
    return pointsEach.multiply(BigDecimal.valueOf(count));
  }

  /** Names the cell for people: topic path and the Vietnamese difficulty label. */
  public String cellName() {
    return topicPath + " × " + difficulty.label();
  }
}
