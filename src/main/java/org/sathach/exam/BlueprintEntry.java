package org.sathach.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.sathach.bank.Difficulty;
import org.sathach.bank.Topic;

/** A stored row of a part's blueprint; {@link #row()} is what the paper rules read. */
@Entity
@Table(name = "blueprint_row")
public class BlueprintEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "part_id", updatable = false)
  private ExamPart part;

  @Column(nullable = false)
  private int position;

  @ManyToOne(optional = false)
  @JoinColumn(name = "topic_id")
  private Topic topic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Difficulty difficulty;

  @Column(name = "question_count", nullable = false)
  private int questionCount;

  @Column(name = "points_each", nullable = false)
  private BigDecimal pointsEach;

  protected BlueprintEntry() {}

  BlueprintEntry(Topic topic, Difficulty difficulty, int questionCount, BigDecimal pointsEach) {
    this.topic = topic;
    this.difficulty = difficulty;
    this.questionCount = questionCount;
    this.pointsEach = pointsEach;
  }

  void attach(ExamPart part, int position) {
    this.part = part;
    this.position = position;
  }

  public BlueprintRow row() {
    return new BlueprintRow(topic.getId(), topic.getPath(), difficulty, questionCount, pointsEach);
  }

  public Long getId() {
    return id;
  }

  public Topic getTopic() {
    return topic;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public int getQuestionCount() {
    return questionCount;
  }

  public BigDecimal getPointsEach() {
    return pointsEach;
  }
}
