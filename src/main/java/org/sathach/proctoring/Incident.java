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

/** An irregularity a proctor recorded: of one candidate's attempt, or of the whole session. */
@Entity
@Table(name = "incident")
@NamedQuery(
    name = Incident.OF_SESSION,
    query = "SELECT i FROM Incident i WHERE i.sessionId = :s ORDER BY i.recordedAt")
public class Incident {
  static final String OF_SESSION = "Incident.ofSession";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "session_id", nullable = false)
  private long sessionId;

  @Column(name = "attempt_id")
  private Long attemptId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IncidentCategory category;

  @Column(nullable = false)
  private String note;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Incident() {}

  Incident(
      long sessionId,
      Long attemptId,
      IncidentCategory category,
      String note,
      String recordedBy,
      Instant recordedAt) {
    this.sessionId = sessionId;
    this.attemptId = attemptId;
    this.category = category;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getAttemptId() {
    return attemptId;
  }

  public IncidentCategory getCategory() {
    return category;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
