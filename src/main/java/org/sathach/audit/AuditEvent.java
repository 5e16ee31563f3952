package org.sathach.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sathach.platform.UtcInstantConverter;

/** One row of the append-only audit trail. The application inserts rows and never changes one. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.FROM_SEQ,
    query = "SELECT e FROM AuditEvent e WHERE e.seq >= :from ORDER BY e.seq")
@NamedQuery(name = AuditEvent.COUNT, query = "SELECT COUNT(e) FROM AuditEvent e")
public class AuditEvent {
  static final String FROM_SEQ = "AuditEvent.fromSeq";
  static final String COUNT = "AuditEvent.count";

  @Id private long seq;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(updatable = false)
  private String target;

  @Column(updatable = false, length = 4000)
  private String details;

  @Column(updatable = false, length = 2000)
  private String reason;

  @Column(name = "prev_hash", nullable = false, updatable = false)
  private String prevHash;

  @Column(nullable = false, updatable = false)
  private String hash;

  protected AuditEvent() {}

  AuditEvent(AuditRecord r) {
    this.seq = r.seq();
    this.occurredAt = r.occurredAt();
    this.actor = r.actor();
    this.action = r.action();
    this.target = r.target();
    this.details = r.details();
    this.reason = r.reason();
    this.prevHash = r.prevHash();
    this.hash = r.hash();
  }

  public AuditRecord toRecord() {
    return new AuditRecord(seq, occurredAt, actor, action, target, details, reason, prevHash, hash);
  }

  public long getSeq() {
    return seq;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getDetails() {
    return details;
  }

  public String getReason() {
    return reason;
  }

  public String getHash() {
    return hash;
  }
}
