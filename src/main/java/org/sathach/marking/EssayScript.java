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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.sathach.platform.UtcInstantConverter;

/**
 * One essay answer to mark. Its markers know it only by its {@code code}: never the candidate, the
 * attempt or the other markers' marks. Two markers mark it blind; when they disagree by more than
 * the part's threshold the head of the marking board marks it a third time and that mark is final.
 */
@Entity
@Table(name = "essay_script")
public class EssayScript {
  /** Where the script stands. */
  public enum Status {
    /** Two markers at work. */
    DOUBLE,
    /** The two marks disagree: the head marker decides. */
    THIRD,
    /** Its mark counts. */
    FINAL,
    /** Reopened by an appeal: a re-marker's blind mark will replace the earlier one. */
    APPEAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "part_id", nullable = false, updatable = false)
  private long partId;

  @Column(name = "attempt_id", nullable = false, updatable = false)
  private long attemptId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "version_id", nullable = false, updatable = false)
  private long versionId;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(name = "max_points", nullable = false, updatable = false)
  private BigDecimal maxPoints;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.DOUBLE;

  @Column(name = "final_points")
  private BigDecimal finalPoints;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected EssayScript() {}

  EssayScript(
      long partId,
      long attemptId,
      int position,
      long versionId,
      String code,
      BigDecimal maxPoints,
      Instant createdAt) {
    this.partId = partId;
    this.attemptId = attemptId;
    this.position = position;
    this.versionId = versionId;
    this.code = Objects.requireNonNull(code, "code");
    this.maxPoints = Objects.requireNonNull(maxPoints, "maxPoints");
    this.createdAt = createdAt;
  }

  void escalate() {
    this.status = Status.THIRD;
  }

  void settle(BigDecimal points) {
    this.status = Status.FINAL;
    this.finalPoints = points;
  }

  /** An appeal reopens the script: its mark no longer counts until the re-mark is in. */
  void reopen() {
    this.status = Status.APPEAL;
    this.finalPoints = null;
  }

  public Long getId() {
    return id;
  }

  public long getPartId() {
    return partId;
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

  public String getCode() {
    return code;
  }

  public BigDecimal getMaxPoints() {
    return maxPoints;
  }

  public Status getStatus() {
    return status;
  }

  public BigDecimal getFinalPoints() {
    return finalPoints;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
