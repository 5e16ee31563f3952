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

/** The chair's recorded reopening of a final shortlist, with the reason. */
@Entity
@Table(name = "shortlist_reopening")
public class ShortlistReopening {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id", nullable = false, updatable = false)
  private long postId;

  @Column(nullable = false, updatable = false)
  private int cycle;

  @Column(name = "reopened_by", nullable = false, updatable = false)
  private String reopenedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "reopened_at", nullable = false, updatable = false)
  private Instant reopenedAt;

  @Column(nullable = false, updatable = false)
  private String reason;

  protected ShortlistReopening() {}

  ShortlistReopening(long postId, int cycle, String reopenedBy, Instant at, String reason) {
    this.postId = postId;
    this.cycle = cycle;
    this.reopenedBy = reopenedBy;
    this.reopenedAt = at;
    this.reason = reason;
  }

  public long getPostId() {
    return postId;
  }

  public int getCycle() {
    return cycle;
  }

  public String getReopenedBy() {
    return reopenedBy;
  }

  public Instant getReopenedAt() {
    return reopenedAt;
  }

  public String getReason() {
    return reason;
  }
}
