package org.sathach.marking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sathach.identity.User;
import org.sathach.platform.UtcInstantConverter;

/**
 * A board member's submitted scoring sheet (phiếu chấm) for one candidate: a score per criterion
 * (by criterion id) and an optional comment. A sheet is stored when submitted and never changes.
 */
@Entity
@Table(name = "presentation_sheet")
@NamedQuery(
    name = PresentationSheet.OF_PART,
    query = "SELECT s FROM PresentationSheet s WHERE s.partId = :part ORDER BY s.submittedAt")
@NamedQuery(
    name = PresentationSheet.OF_CANDIDATE,
    query =
        "SELECT s FROM PresentationSheet s WHERE s.partId = :part AND s.applicationId = :a"
            + " ORDER BY s.member.fullName")
@NamedQuery(
    name = PresentationSheet.COUNT_OF_PART,
    query = "SELECT COUNT(s) FROM PresentationSheet s WHERE s.partId = :part")
public class PresentationSheet {
  static final String OF_PART = "PresentationSheet.ofPart";
  static final String OF_CANDIDATE = "PresentationSheet.ofCandidate";
  static final String COUNT_OF_PART = "PresentationSheet.countOfPart";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "part_id", nullable = false, updatable = false)
  private long partId;

  @Column(name = "application_id", nullable = false, updatable = false)
  private long applicationId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id", updatable = false)
  private User member;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "presentation_score", joinColumns = @JoinColumn(name = "sheet_id"))
  @MapKeyColumn(name = "criterion_id")
  @Column(name = "score", nullable = false, updatable = false)
  private Map<Long, BigDecimal> scores = new HashMap<>();

  @Column(updatable = false)
  private String comment;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  protected PresentationSheet() {}

  PresentationSheet(
      long partId,
      long applicationId,
      User member,
      Map<Long, BigDecimal> scores,
      String comment,
      Instant submittedAt) {
    this.partId = partId;
    this.applicationId = applicationId;
    this.member = member;
    this.scores = new HashMap<>(scores);
    this.comment = comment;
    this.submittedAt = submittedAt;
  }

  /** The sheet as the marking rules read it: scores by criterion name, the member by user name. */
  public ScoringSheet scoringSheet(List<CriterionEntry> criteria) {
    Map<String, BigDecimal> byName = new LinkedHashMap<>();
    for (CriterionEntry c : criteria) {
      BigDecimal score = scores.get(c.getId());
      if (score != null) {
        byName.put(c.getName(), score);
      }
    }
    return new ScoringSheet(member.getUsername(), byName);
  }

  public Long getId() {
    return id;
  }

  public long getPartId() {
    return partId;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public User getMember() {
    return member;
  }

  public Map<Long, BigDecimal> getScores() {
    return Map.copyOf(scores);
  }

  public String getComment() {
    return comment;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
