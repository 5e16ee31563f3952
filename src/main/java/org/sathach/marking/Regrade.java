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
import org.sathach.platform.UtcInstantConverter;

/** An applied regrade of one question version of a part: what, why, by whom, and what changed. */
@Entity
@Table(name = "regrade")
public class Regrade {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "part_id", nullable = false, updatable = false)
  private long partId;

  @Column(name = "version_id", nullable = false, updatable = false)
  private long versionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private RegradeAction action;

  @Column(name = "corrected_version_id", updatable = false)
  private Long correctedVersionId;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "applied_by", nullable = false, updatable = false)
  private String appliedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "applied_at", nullable = false, updatable = false)
  private Instant appliedAt;

  @Column(nullable = false)
  private String changes;

  protected Regrade() {}

  Regrade(
      long partId,
      long versionId,
      RegradeAction action,
      Long correctedVersionId,
      String reason,
      String appliedBy,
      Instant appliedAt) {
    this.partId = partId;
    this.versionId = versionId;
    this.action = action;
    this.correctedVersionId = correctedVersionId;
    this.reason = reason;
    this.appliedBy = appliedBy;
    this.appliedAt = appliedAt;
    this.changes = "";
  }

  void recordChanges(String summary) {
    this.changes = summary;
  }

  public Long getId() {
    return id;
  }

  public long getPartId() {
    return partId;
  }

  public long getVersionId() {
    return versionId;
  }

  public RegradeAction getAction() {
    return action;
  }

  public Long getCorrectedVersionId() {
    return correctedVersionId;
  }

  public String getReason() {
    return reason;
  }

  public String getAppliedBy() {
    return appliedBy;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public String getChanges() {
    return changes;
  }
}
