package org.sathach.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.sathach.bank.Difficulty;
import org.sathach.bank.QuestionType;

/**
 * One approved question version of a published part's bank snapshot, with what drawing needs as it
 * was at publication, so papers can be re-drawn however the bank moves on.
 */
@Entity
@Table(name = "part_snapshot")
@IdClass(SnapshotEntry.Key.class)
@NamedQuery(
    name = SnapshotEntry.OF_PART,
    query = "SELECT s FROM SnapshotEntry s WHERE s.partId = :part ORDER BY s.versionId")
public class SnapshotEntry {
  static final String OF_PART = "SnapshotEntry.ofPart";

  @Id
  @Column(name = "part_id")
  private long partId;

  @Id
  @Column(name = "version_id")
  private long versionId;

  @Column(name = "topic_path", nullable = false)
  private String topicPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Difficulty difficulty;

  @Enumerated(EnumType.STRING)
  @Column(name = "qtype", nullable = false)
  private QuestionType type;

  @Column(name = "option_count", nullable = false)
  private int optionCount;

  protected SnapshotEntry() {}

  SnapshotEntry(long partId, PoolQuestion question) {
    this.partId = partId;
    this.versionId = question.versionId();
    this.topicPath = question.topicPath();
    this.difficulty = question.difficulty();
    this.type = question.type();
    this.optionCount = question.optionCount();
  }

  PoolQuestion pool() {
    return new PoolQuestion(versionId, topicPath, difficulty, type, optionCount);
  }

  /** The composite key: part and version. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long partId;
    private long versionId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.partId == partId && key.versionId == versionId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(partId, versionId);
    }
  }
}
