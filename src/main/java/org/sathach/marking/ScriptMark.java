package org.sathach.marking;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.sathach.platform.UtcInstantConverter;

/** One marker's mark of an essay script, assigned first and filled in when the marker submits. */
@Entity
@Table(name = "essay_mark")
public class ScriptMark {
  /** Which mark of the script this is. */
  public enum Role {
    FIRST,
    SECOND,
    /** The head marker's, when the first two disagree. */
    THIRD,
    /** A different examiner's re-mark after the candidate's appeal. */
    APPEAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "script_id", updatable = false)
  private EssayScript script;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Role role;

  @Column(nullable = false, updatable = false)
  private String marker;

  @Column(name = "points")
  private BigDecimal points;

  @Column(name = "comment")
  private String comment;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "assigned_at", nullable = false, updatable = false)
  private Instant assignedAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "marked_at")
  private Instant markedAt;

  protected ScriptMark() {}

  ScriptMark(EssayScript script, Role role, String marker, Instant assignedAt) {
    this.script = Objects.requireNonNull(script, "script");
    this.role = Objects.requireNonNull(role, "role");
    this.marker = Objects.requireNonNull(marker, "marker");
    this.assignedAt = assignedAt;
  }

  void fill(BigDecimal points, String comment, Instant at) {
    this.points = points;
    this.comment = comment;
    this.markedAt = at;
  }

  public boolean isDone() {
    return markedAt != null;
  }

  public Long getId() {
    return id;
  }

  public EssayScript getScript() {
    return script;
  }

  public Role getRole() {
    return role;
  }

  public String getMarker() {
    return marker;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public String getComment() {
    return comment;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public Instant getMarkedAt() {
    return markedAt;
  }
}
