package org.sathach.ranking;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.sathach.platform.UtcInstantConverter;

/**
 * Where a post's shortlist stands: open for votes, or final and frozen with the snapshot the
 * committee approved and its SHA-256. A reopening by the chair starts a new cycle.
 */
@Entity
@Table(name = "shortlist_state")
public class ShortlistState {
  public enum Status {
    OPEN,
    FINAL
  }

  @Id
  @Column(name = "post_id")
  private Long postId;

  @Column(nullable = false)
  private int cycle = 1;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "finalized_at")
  private Instant finalizedAt;

  @Column(name = "snapshot")
  private String snapshot;

  @Column(name = "snapshot_hash")
  private String snapshotHash;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected ShortlistState() {}

  ShortlistState(long postId) {
    this.postId = postId;
  }

  void freeze(String snapshot, String hash, Instant at) {
    this.status = Status.FINAL;
    this.snapshot = snapshot;
    this.snapshotHash = hash;
    this.finalizedAt = at;
  }

  void reopen() {
    this.status = Status.OPEN;
    this.cycle++;
    this.snapshot = null;
    this.snapshotHash = null;
    this.finalizedAt = null;
  }

  public boolean isFinal() {
    return status == Status.FINAL;
  }

  public Long getPostId() {
    return postId;
  }

  public int getCycle() {
    return cycle;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getFinalizedAt() {
    return finalizedAt;
  }

  public String getSnapshot() {
    return snapshot;
  }

  public String getSnapshotHash() {
    return snapshotHash;
  }
}
