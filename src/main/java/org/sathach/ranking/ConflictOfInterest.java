package org.sathach.ranking;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sathach.platform.UtcInstantConverter;

/** A committee member's declared conflict of interest with a candidate (an application). */
@Entity
@Table(name = "conflict_of_interest")
public class ConflictOfInterest {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private long applicationId;

  @Column(nullable = false, updatable = false)
  private String member;

  @Column(nullable = false, updatable = false)
  private String note;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "declared_at", nullable = false, updatable = false)
  private Instant declaredAt;

  protected ConflictOfInterest() {}

  ConflictOfInterest(long applicationId, String member, String note, Instant declaredAt) {
    this.applicationId = applicationId;
    this.member = member;
    this.note = note;
    this.declaredAt = declaredAt;
  }

  public Long getId() {
    return id;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public String getMember() {
    return member;
  }

  public String getNote() {
    return note;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }
}
