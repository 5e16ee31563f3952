package org.sathach.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.sathach.platform.UtcInstantConverter;

/**
 * A candidate's answer to one question of the paper, as last acknowledged. A save carries the
 * page's revision counter for the question: a save with a higher revision replaces the answer, an
 * equal one is a repeat (acknowledged again, nothing changes), a lower one arrived late out of
 * order and is ignored. So a page may resend its queue as often as it likes.
 */
@Entity
@Table(name = "answer")
@IdClass(Answer.Key.class)
@NamedQuery(
    name = Answer.OF_ATTEMPT,
    query = "SELECT a FROM Answer a WHERE a.attemptId = :attempt ORDER BY a.position")
public class Answer {
  static final String OF_ATTEMPT = "Answer.ofAttempt";

  @Id
  @Column(name = "attempt_id")
  private long attemptId;

  @Id
  @Column(name = "position")
  private int position;

  @Column(name = "version_id", nullable = false)
  private long versionId;

  @Column(name = "response")
  private String response;

  @Column(nullable = false)
  private boolean flagged;

  @Column(nullable = false)
  private long revision;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "points")
  private BigDecimal points;

  protected Answer() {}

  Answer(long attemptId, int position, long versionId) {
    this.attemptId = attemptId;
    this.position = position;
    this.versionId = versionId;
    this.revision = -1;
  }

  /** Applies a save. Returns false when it was stale (a lower revision) and changed nothing. */
  boolean apply(String response, boolean flagged, long revision, Instant now) {
    if (revision < this.revision) {
      return false;
    }
    if (revision > this.revision) {
      this.response = response;
      this.flagged = flagged;
      this.revision = revision;
      this.savedAt = now;
    }
    return true;
  }

  void mark(BigDecimal points) {
    this.points = points;
  }

  public boolean isAnswered() {
    return response != null;
  }

  public long getAttemptId() {
    return attemptId;
  }

  public int getPosition() {
    return position;
  }

  public long getVersionId() {
    return versionId;
  }

  public String getResponse() {
    return response;
  }

  public boolean isFlagged() {
    return flagged;
  }

  public long getRevision() {
    return revision;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public BigDecimal getPoints() {
    return points;
  }

  /** The composite key: attempt and position in the paper. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long attemptId;
    private int position;

    public Key() {}

    public Key(long attemptId, int position) {
      this.attemptId = attemptId;
      this.position = position;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.attemptId == attemptId && key.position == position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(attemptId, position);
    }
  }
}
