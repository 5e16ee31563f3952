package org.sathach.ranking;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.sathach.platform.UtcInstantConverter;

/** The committee's recorded order for candidates the tie-break chain could not separate. */
@Entity
@Table(name = "tie_decision")
public class TieDecision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id", nullable = false, updatable = false)
  private long postId;

  @Column(name = "candidate_order", nullable = false, updatable = false)
  private String candidateOrder;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "decided_by", nullable = false, updatable = false)
  private String decidedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  protected TieDecision() {}

  TieDecision(long postId, List<String> order, String reason, String decidedBy, Instant at) {
    this.postId = postId;
    this.candidateOrder = String.join(",", order);
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = at;
  }

  public CommitteeDecision toDecision() {
    return new CommitteeDecision(order(), reason);
  }

  public List<String> order() {
    return Arrays.asList(candidateOrder.split(","));
  }

  public Long getId() {
    return id;
  }

  public long getPostId() {
    return postId;
  }

  public String getReason() {
    return reason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
