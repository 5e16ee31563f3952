package org.sathach.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that records the end of the chain. An appender locks it for the rest of its
 * transaction, which keeps the chain linear even with several application instances.
 */
@Entity
@Table(name = "audit_head")
class AuditHead {
  static final int ID = 1;

  @Id private int id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected AuditHead() {}

  long lastSeq() {
    return lastSeq;
  }

  String lastHash() {
    return lastHash;
  }

  void advance(long seq, String hash) {
    this.lastSeq = seq;
    this.lastHash = hash;
  }
}
