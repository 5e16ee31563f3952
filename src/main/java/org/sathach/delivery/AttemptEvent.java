package org.sathach.delivery;

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

/** A focus loss, tab switch or return during an attempt, timed by the server, for the proctor. */
@Entity
@Table(name = "attempt_event")
public class AttemptEvent {
  /** What the page saw. */
  public enum Kind {
    FOCUS_LOST,
    FOCUS_BACK,
    HIDDEN,
    VISIBLE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "attempt_id", nullable = false)
  private long attemptId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected AttemptEvent() {}

  AttemptEvent(long attemptId, Kind kind, Instant occurredAt) {
    this.attemptId = attemptId;
    this.kind = kind;
    this.occurredAt = occurredAt;
  }

  public Kind getKind() {
    return kind;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
