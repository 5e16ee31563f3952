package org.sathach.exam;

import java.io.Serializable;
import java.math.BigDecimal;
import org.sathach.bank.Difficulty;

/**
 * One row of the blueprint editor as typed: any field may still be missing while the author types,
 * so coverage is shown for complete rows only and saving checks them all.
 */
public class RowInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long topicId;
  private Difficulty difficulty;
  private Integer count;
  private BigDecimal pointsEach;

  public RowInput() {}

  public RowInput(Long topicId, Difficulty difficulty, Integer count, BigDecimal pointsEach) {
    this.topicId = topicId;
    this.difficulty = difficulty;
    this.count = count;
    this.pointsEach = pointsEach;
  }

  static RowInput of(BlueprintEntry entry) {
    return new RowInput(
        entry.getTopic().getId(),
        entry.getDifficulty(),
        entry.getQuestionCount(),
        entry.getPointsEach());
  }

  public boolean isComplete() {
    return topicId != null
        && difficulty != null
        && count != null
        && count > 0
        && pointsEach != null
        && pointsEach.signum() > 0;
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public void setDifficulty(Difficulty difficulty) {
    this.difficulty = difficulty;
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public BigDecimal getPointsEach() {
    return pointsEach;
  }

  public void setPointsEach(BigDecimal pointsEach) {
    this.pointsEach = pointsEach;
  }
}
