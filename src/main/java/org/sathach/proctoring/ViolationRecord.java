package org.sathach.proctoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sathach.platform.UtcInstantConverter;

/**
 * A violation record (biên bản): the sanction, the facts as the proctor wrote them, and the
 * deduction marking will apply, fixed from the round's policy when the record is made.
 */
@Entity
@Table(name = "violation_record")
@NamedQuery(
    name = ViolationRecord.OF_SESSION,
    query = "SELECT v FROM ViolationRecord v WHERE v.sessionId = :s ORDER BY v.recordedAt")
@NamedQuery(
    name = ViolationRecord.OF_ATTEMPT,
    query = "SELECT v FROM ViolationRecord v WHERE v.attemptId = :a ORDER BY v.recordedAt")
public class ViolationRecord {
  static final String OF_SESSION = "ViolationRecord.ofSession";
  static final String OF_ATTEMPT = "ViolationRecord.ofAttempt";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "attempt_id", nullable = false)
  private long attemptId;

  @Column(name = "session_id", nullable = false)
  private long sessionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sanction sanction;

  @Column(name = "deduction_percent", nullable = false)
  private int deductionPercent;

  @Column(nullable = false)
  private String facts;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ViolationRecord() {}

  ViolationRecord(
      long attemptId,
      long sessionId,
      Sanction sanction,
      int deductionPercent,
      String facts,
      String recordedBy,
      Instant recordedAt) {
    this.attemptId = attemptId;
    this.sessionId = sessionId;
    this.sanction = sanction;
    this.deductionPercent = deductionPercent;
    this.facts = facts;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public long getAttemptId() {
    return attemptId;
  }

  public long getSessionId() {
    return sessionId;
  }

  public Sanction getSanction() {
    return sanction;
  }

  public int getDeductionPercent() {
    return deductionPercent;
  }

  public String getFacts() {
    return facts;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
