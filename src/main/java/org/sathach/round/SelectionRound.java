package org.sathach.round;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sathach.platform.UtcInstantConverter;
import org.sathach.ranking.Quorum;
import org.sathach.ranking.TieBreak;

/**
 * A selection round (đợt thi tuyển): the posts it fills, the date eligibility is judged on, and the
 * round-wide rules its regulation sets (bank coverage factor, late cut-off, retirement ages).
 */
@Entity
@Table(name = "selection_round")
@NamedQuery(name = SelectionRound.ALL, query = "SELECT r FROM SelectionRound r ORDER BY r.id DESC")
@NamedQuery(
    name = SelectionRound.BY_STATUS,
    query = "SELECT r FROM SelectionRound r WHERE r.status = :status ORDER BY r.id DESC")
public class SelectionRound {
  static final String ALL = "SelectionRound.all";
  static final String BY_STATUS = "SelectionRound.byStatus";
  public static final int DEFAULT_COVERAGE_FACTOR = 3;
  public static final int DEFAULT_LATE_MINUTES = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String organiser;

  @Column(name = "appointment_date", nullable = false)
  private LocalDate appointmentDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RoundStatus status = RoundStatus.DRAFT;

  @Column(name = "coverage_factor", nullable = false)
  private int coverageFactor = DEFAULT_COVERAGE_FACTOR;

  @Column(name = "late_minutes", nullable = false)
  private int lateMinutes = DEFAULT_LATE_MINUTES;

  @Column(name = "male_retirement_months")
  private Integer maleRetirementMonths;

  @Column(name = "female_retirement_months")
  private Integer femaleRetirementMonths;

  @Column(name = "reprimand_percent", nullable = false)
  private int reprimandPercent = 25;

  @Column(name = "warning_percent", nullable = false)
  private int warningPercent = 50;

  @Column(name = "tie_breaks", nullable = false)
  private String tieBreaks = "HIGHER_PROFESSIONAL,HIGHER_THEORY,COMMITTEE";

  @Column(name = "reserve_places", nullable = false)
  private int reservePlaces;

  @Column(name = "quorum_numerator", nullable = false)
  private int quorumNumerator = 1;

  @Column(name = "quorum_denominator", nullable = false)
  private int quorumDenominator = 2;

  @Column(name = "quorum_strict", nullable = false)
  private boolean quorumStrict = true;

  @Column(name = "chair")
  private String chair;

  @Column(name = "appeal_days", nullable = false)
  private int appealDays = 15;

  // Written only by the publication itself (an UPDATE), never by saving an edited round.
  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "results_published_at", insertable = false, updatable = false)
  private Instant resultsPublishedAt;

  @Column(name = "results_published_by", insertable = false, updatable = false)
  private String resultsPublishedBy;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected SelectionRound() {}

  SelectionRound(String createdBy, Instant createdAt) {
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The law's retirement ages, with this round's fixed age for a gender where it sets one. */
  public RetirementAges retirementAges() {
    RetirementAges ages = RetirementAges.laborCode2019();
    if (maleRetirementMonths != null) {
      ages = ages.withFixed(Gender.MALE, Period.ofMonths(maleRetirementMonths).normalized());
    }
    if (femaleRetirementMonths != null) {
      ages = ages.withFixed(Gender.FEMALE, Period.ofMonths(femaleRetirementMonths).normalized());
    }
    return ages;
  }

  public boolean acceptsApplications() {
    return status == RoundStatus.OPEN;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOrganiser() {
    return organiser;
  }

  public void setOrganiser(String organiser) {
    this.organiser = organiser;
  }

  public LocalDate getAppointmentDate() {
    return appointmentDate;
  }

  public void setAppointmentDate(LocalDate appointmentDate) {
    this.appointmentDate = appointmentDate;
  }

  public RoundStatus getStatus() {
    return status;
  }

  void setStatus(RoundStatus status) {
    this.status = status;
  }

  public int getCoverageFactor() {
    return coverageFactor;
  }

  public void setCoverageFactor(int coverageFactor) {
    this.coverageFactor = coverageFactor;
  }

  public int getLateMinutes() {
    return lateMinutes;
  }

  public void setLateMinutes(int lateMinutes) {
    this.lateMinutes = lateMinutes;
  }

  public Integer getMaleRetirementMonths() {
    return maleRetirementMonths;
  }

  public void setMaleRetirementMonths(Integer months) {
    this.maleRetirementMonths = months;
  }

  public Integer getFemaleRetirementMonths() {
    return femaleRetirementMonths;
  }

  public void setFemaleRetirementMonths(Integer months) {
    this.femaleRetirementMonths = months;
  }

  /** The share of a part's mark a reprimand takes away, in percent (default 25). */
  public int getReprimandPercent() {
    return reprimandPercent;
  }

  public void setReprimandPercent(int reprimandPercent) {
    this.reprimandPercent = reprimandPercent;
  }

  /** The share of a part's mark a warning takes away, in percent (default 50). */
  public int getWarningPercent() {
    return warningPercent;
  }

  public void setWarningPercent(int warningPercent) {
    this.warningPercent = warningPercent;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The tie-break chain, in order (default: professional, theory, committee). */
  public List<TieBreak> tieBreakChain() {
    return Arrays.stream(tieBreaks.split(","))
        .map(String::strip)
        .filter(x -> !x.isEmpty())
        .map(TieBreak::valueOf)
        .toList();
  }

  public void setTieBreakChain(List<TieBreak> chain) {
    this.tieBreaks = String.join(",", chain.stream().map(Enum::name).toList());
  }

  /** The share of voting members whose approval makes a shortlist final. */
  public Quorum quorum() {
    return quorumStrict
        ? new Quorum(quorumNumerator, quorumDenominator, true)
        : Quorum.atLeast(quorumNumerator, quorumDenominator);
  }

  public int getQuorumNumerator() {
    return quorumNumerator;
  }

  public void setQuorumNumerator(int quorumNumerator) {
    this.quorumNumerator = quorumNumerator;
  }

  public int getQuorumDenominator() {
    return quorumDenominator;
  }

  public void setQuorumDenominator(int quorumDenominator) {
    this.quorumDenominator = quorumDenominator;
  }

  public boolean isQuorumStrict() {
    return quorumStrict;
  }

  public void setQuorumStrict(boolean quorumStrict) {
    this.quorumStrict = quorumStrict;
  }

  public void setQuorum(Quorum quorum) {
    this.quorumNumerator = quorum.numerator();
    this.quorumDenominator = quorum.denominator();
    this.quorumStrict = quorum.strict();
  }

  public int getReservePlaces() {
    return reservePlaces;
  }

  public void setReservePlaces(int reservePlaces) {
    this.reservePlaces = reservePlaces;
  }

  public String getChair() {
    return chair;
  }

  public void setChair(String chair) {
    this.chair = chair == null || chair.isBlank() ? null : chair;
  }

  public int getAppealDays() {
    return appealDays;
  }

  public void setAppealDays(int appealDays) {
    this.appealDays = appealDays;
  }

  public Instant getResultsPublishedAt() {
    return resultsPublishedAt;
  }

  public String getResultsPublishedBy() {
    return resultsPublishedBy;
  }

  public boolean isResultsPublished() {
    return resultsPublishedAt != null;
  }
}
