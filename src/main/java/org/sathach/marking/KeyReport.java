package org.sathach.marking;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.sathach.platform.UtcInstantConverter;

/**
 * A candidate's report that the key of a computer-marked question looks wrong. Computer marks are
 * never re-marked one by one; the bank editors look at the question version and, if the key is
 * wrong, fix it with a full, audited regrade. They close the report with a note either way.
 */
@Entity
@Table(name = "key_report")
public class KeyReport {
  /** Whether the bank editors have dealt with it. */
  public enum Status {
    OPEN,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "attempt_id", nullable = false, updatable = false)
  private long attemptId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "version_id", nullable = false, updatable = false)
  private long versionId;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(name = "filed_by", nullable = false, updatable = false)
  private String filedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "filed_at", nullable = false, updatable = false)
  private Instant filedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  @Column(name = "handled_by")
  private String handledBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "handled_at")
  private Instant handledAt;

  private String note;

  protected KeyReport() {}

  KeyReport(
      long attemptId, int position, long versionId, String text, String filedBy, Instant filedAt) {
    this.attemptId = attemptId;
    this.position = position;
    this.versionId = versionId;
    this.text = Objects.requireNonNull(text, "text");
    this.filedBy = Objects.requireNonNull(filedBy, "filedBy");
    this.filedAt = Objects.requireNonNull(filedAt, "filedAt");
  }

  void close(String by, Instant at, String note) {
    this.status = Status.CLOSED;
    this.handledBy = by;
    this.handledAt = at;
    this.note = note;
  }

  /** The question number the candidate saw (1-based). */
  public int getQuestionNumber() {
    return position + 1;
  }

  public Long getId() {
    return id;
  }

  public long getAttemptId() {
    return attemptId;
  }

  public int getPosition() {
    return position;
  }

  public long getVersionId() {
    return versionId;
  }

  public String getText() {
    return text;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public Status getStatus() {
    return status;
  }

  public String getHandledBy() {
    return handledBy;
  }

  public Instant getHandledAt() {
    return handledAt;
  }

  public String getNote() {
    return note;
  }
}
