package org.sathach.ranking;

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

/**
 * A committee member's vote on a post's shortlist in one cycle, for the ranking whose hash it
 * names: it approves exactly what the member saw, and counts only while the ranking is unchanged.
 */
@Entity
@Table(name = "committee_vote")
public class CommitteeVote {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id", nullable = false, updatable = false)
  private long postId;

  @Column(nullable = false, updatable = false)
  private int cycle;

  @Column(nullable = false, updatable = false)
  private String member;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Vote.Stance stance;

  @Column(name = "comment")
  private String comment;

  @Column(name = "ranking_hash", nullable = false)
  private String rankingHash;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "voted_at", nullable = false)
  private Instant votedAt;

  protected CommitteeVote() {}

  CommitteeVote(long postId, int cycle, String member) {
    this.postId = postId;
    this.cycle = cycle;
    this.member = member;
  }

  void cast(Vote.Stance stance, String comment, String rankingHash, Instant at) {
    this.stance = stance;
    this.comment = comment;
    this.rankingHash = rankingHash;
    this.votedAt = at;
  }

  public Vote toVote() {
    return new Vote(member, stance, comment);
  }

  public Long getId() {
    return id;
  }

  public long getPostId() {
    return postId;
  }

  public int getCycle() {
    return cycle;
  }

  public String getMember() {
    return member;
  }

  public Vote.Stance getStance() {
    return stance;
  }

  public String getComment() {
    return comment;
  }

  public String getRankingHash() {
    return rankingHash;
  }

  public Instant getVotedAt() {
    return votedAt;
  }
}
