package org.sathach.round;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sathach.identity.User;
import org.sathach.platform.UtcInstantConverter;

/**
 * A candidate's application (hồ sơ dự tuyển) to one post of a round: the facts the criteria need,
 * the computed verdict and the committee's decision on it. Editing the facts withdraws a decision,
 * because it was taken on other facts.
 */
@Entity
@Table(name = "application")
@NamedQuery(
    name = Application.OF_ROUND,
    query =
        "SELECT a FROM Application a WHERE a.round = :round ORDER BY a.post.id, a.candidateNumber,"
            + " a.fullName")
@NamedQuery(
    name = Application.OF_CANDIDATE,
    query = "SELECT a FROM Application a WHERE a.candidate.username = :username ORDER BY a.id DESC")
@NamedQuery(
    name = Application.NUMBERS,
    query =
        "SELECT a.candidateNumber FROM Application a WHERE a.round = :round"
            + " AND a.candidateNumber IS NOT NULL")
public class Application {
  static final String OF_ROUND = "Application.ofRound";
  static final String OF_CANDIDATE = "Application.ofCandidate";
  static final String NUMBERS = "Application.numbers";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private SelectionRound round;

  @ManyToOne(optional = false)
  @JoinColumn(name = "post_id")
  private Post post;

  @ManyToOne(optional = false)
  @JoinColumn(name = "candidate_id", updatable = false)
  private User candidate;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Gender gender;

  @Column(name = "current_position")
  private String currentPosition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PoliticalTheoryLevel theory = PoliticalTheoryLevel.NONE;

  @Enumerated(EnumType.STRING)
  @Column(name = "state_management", nullable = false)
  private StateManagementLevel stateManagement = StateManagementLevel.NONE;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Degree degree = Degree.BACHELOR;

  @Column(name = "at_level_below_since")
  private LocalDate atLevelBelowSince;

  @Column(name = "under_discipline", nullable = false)
  private boolean underDiscipline;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "application_rating", joinColumns = @JoinColumn(name = "application_id"))
  @MapKeyColumn(name = "rating_year")
  @Enumerated(EnumType.STRING)
  @Column(name = "rating", nullable = false)
  private Map<Integer, PerformanceRating> ratings = new HashMap<>();

  @Column(name = "candidate_number")
  private String candidateNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Decision decision = Decision.PENDING;

  @Column(name = "decided_eligible")
  private Boolean decidedEligible;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "submitted_by", nullable = false, updatable = false)
  private String submittedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Application() {}

  public Application(Post post, User candidate, String submittedBy, Instant submittedAt) {
    this.post = Objects.requireNonNull(post, "post");
    this.round = post.getRound();
    this.candidate = Objects.requireNonNull(candidate, "candidate");
    this.fullName = candidate.getFullName();
    this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
    this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
  }

  public ApplicantFacts facts() {
    Map<Year, PerformanceRating> byYear =
        ratings.entrySet().stream()
            .collect(Collectors.toMap(e -> Year.of(e.getKey()), Map.Entry::getValue));
    return new ApplicantFacts(
        birthDate,
        gender,
        theory,
        stateManagement,
        degree,
        atLevelBelowSince,
        byYear,
        underDiscipline);
  }

  /** Every criterion of the post judged on the round's appointment date. */
  public List<CriterionResult> evaluation() {
    return Eligibility.evaluate(post.criteria(), facts(), round.getAppointmentDate());
  }

  public boolean computedEligible() {
    return Eligibility.allPassed(evaluation());
  }

  /** The verdict in force: the committee's override if any, else the computed one. */
  public boolean isEligible() {
    return decision == Decision.OVERRIDDEN
        ? Boolean.TRUE.equals(decidedEligible)
        : computedEligible();
  }

  /** Eligible with the committee's word on it: only such a candidate can be seated. */
  public boolean isAdmitted() {
    return decision != Decision.PENDING && isEligible();
  }

  void confirm(String actor, Instant at, String reason) {
    decide(Decision.CONFIRMED, computedEligible(), actor, at, reason);
  }

  void override(boolean eligible, String actor, Instant at, String reason) {
    decide(Decision.OVERRIDDEN, eligible, actor, at, reason);
  }

  /** Withdraws the decision after the facts changed. */
  void reopen() {
    decision = Decision.PENDING;
    decidedEligible = null;
    decisionReason = null;
    decidedBy = null;
    decidedAt = null;
  }

  private void decide(Decision how, boolean eligible, String actor, Instant at, String reason) {
    this.decision = how;
    this.decidedEligible = eligible;
    this.decidedBy = actor;
    this.decidedAt = at;
    this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  void assignNumber(String number) {
    this.candidateNumber = number;
  }

  public Long getId() {
    return id;
  }

  public SelectionRound getRound() {
    return round;
  }

  public Post getPost() {
    return post;
  }

  void setPost(Post post) {
    this.post = post;
  }

  public User getCandidate() {
    return candidate;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public String getCurrentPosition() {
    return currentPosition;
  }

  public void setCurrentPosition(String currentPosition) {
    this.currentPosition = currentPosition;
  }

  public PoliticalTheoryLevel getTheory() {
    return theory;
  }

  public void setTheory(PoliticalTheoryLevel theory) {
    this.theory = theory;
  }

  public StateManagementLevel getStateManagement() {
    return stateManagement;
  }

  public void setStateManagement(StateManagementLevel stateManagement) {
    this.stateManagement = stateManagement;
  }

  public Degree getDegree() {
    return degree;
  }

  public void setDegree(Degree degree) {
    this.degree = degree;
  }

  public LocalDate getAtLevelBelowSince() {
    return atLevelBelowSince;
  }

  public void setAtLevelBelowSince(LocalDate atLevelBelowSince) {
    this.atLevelBelowSince = atLevelBelowSince;
  }

  public boolean isUnderDiscipline() {
    return underDiscipline;
  }

  public void setUnderDiscipline(boolean underDiscipline) {
    this.underDiscipline = underDiscipline;
  }

  /** Ratings by calendar year, for the form to edit in place. */
  public Map<Integer, PerformanceRating> getRatings() {
    return ratings;
  }

  public String getCandidateNumber() {
    return candidateNumber;
  }

  public Decision getDecision() {
    return decision;
  }

  public Boolean getDecidedEligible() {
    return decidedEligible;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
