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
 * A candidate's appeal (phúc khảo) of one essay script or of their presentation mark. It moves
 * FILED → REMARKING (a re-marker who never marked it is assigned) → DECIDED (the re-mark is in and
 * the committee records it), or FILED → REJECTED. It remembers the part's mark before and after.
 */
@Entity
@Table(name = "appeal")
public class Appeal {
  /** What is appealed. */
  public enum Kind {
    ESSAY,
    PRESENTATION
  }

  /** Where the appeal stands. */
  public enum Status {
    FILED,
    REMARKING,
    DECIDED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private long applicationId;

  @Column(name = "part_id", nullable = false, updatable = false)
  private long partId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "script_id", updatable = false)
  private Long scriptId;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "filed_by", nullable = false, updatable = false)
  private String filedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "filed_at", nullable = false, updatable = false)
  private Instant filedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.FILED;

  private String remarker;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "assigned_at")
  private Instant assignedAt;

  @Column(name = "mark_before")
  private BigDecimal markBefore;

  @Column(name = "mark_after")
  private BigDecimal markAfter;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "remarked_at")
  private Instant remarkedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Appeal() {}

  Appeal(
      long applicationId,
      long partId,
      Kind kind,
      Long scriptId,
      String reason,
      String filedBy,
      Instant filedAt) {
    if ((kind == Kind.ESSAY) != (scriptId != null)) {
      throw new IllegalArgumentException("an essay appeal, and only it, names a script");
    }
    this.applicationId = applicationId;
    this.partId = partId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.scriptId = scriptId;
    this.subject = subjectOf(kind, partId, applicationId, scriptId);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.filedBy = Objects.requireNonNull(filedBy, "filedBy");
    this.filedAt = Objects.requireNonNull(filedAt, "filedAt");
  }

  /** The one key of what is appealed: a script, or a candidate's presentation in a part. */
  static String subjectOf(Kind kind, long partId, long applicationId, Long scriptId) {
    return kind == Kind.ESSAY ? "S" + scriptId : "P" + partId + "-" + applicationId;
  }

  void assign(String remarker, BigDecimal markBefore, Instant at) {
    this.status = Status.REMARKING;
    this.remarker = remarker;
    this.markBefore = markBefore;
    this.assignedAt = at;
  }

  void remarked(BigDecimal mark, Instant at) {
    this.markAfter = mark;
    this.remarkedAt = at;
  }

  void decide(BigDecimal markAfter, String by, Instant at, String note) {
    this.status = Status.DECIDED;
    this.markAfter = markAfter;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note;
  }

  void reject(String by, Instant at, String note) {
    this.status = Status.REJECTED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note;
  }

  /** The code a presentation re-marker knows the appeal by: no name, no candidate number. */
  public String getCode() {
    return "PK-" + String.format("%06d", id == null ? 0 : id);
  }

  public Long getId() {
    return id;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public long getPartId() {
    return partId;
  }

  public Kind getKind() {
    return kind;
  }

  public Long getScriptId() {
    return scriptId;
  }

  public String getReason() {
    return reason;
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

  public String getRemarker() {
    return remarker;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public BigDecimal getMarkBefore() {
    return markBefore;
  }

  public BigDecimal getMarkAfter() {
    return markAfter;
  }

  public Instant getRemarkedAt() {
    return remarkedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }
}
