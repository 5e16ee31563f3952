package org.sathach.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A post (chức danh) a round fills, with its eligibility criteria. The criteria start from the
 * defaults of the post's level (advanced political theory for a department, intermediate for a
 * division) and the committee adjusts them to its regulation.
 */
@Entity
@Table(name = "post")
@NamedQuery(
    name = Post.OF_ROUND,
    query = "SELECT p FROM Post p WHERE p.round = :round ORDER BY p.id")
public class Post {
  static final String OF_ROUND = "Post.ofRound";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private SelectionRound round;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "post_level", nullable = false)
  private PostLevel level;

  @Column(nullable = false)
  private String sector;

  @Column(nullable = false)
  private int vacancies = 1;

  @Enumerated(EnumType.STRING)
  @Column(name = "min_theory", nullable = false)
  private PoliticalTheoryLevel minTheory;

  @Enumerated(EnumType.STRING)
  @Column(name = "min_state_management", nullable = false)
  private StateManagementLevel minStateManagement;

  @Enumerated(EnumType.STRING)
  @Column(name = "min_degree", nullable = false)
  private Degree minDegree = Degree.BACHELOR;

  @Column(name = "min_years_below", nullable = false)
  private int minYearsBelow;

  @Enumerated(EnumType.STRING)
  @Column(name = "min_rating", nullable = false)
  private PerformanceRating minRating = PerformanceRating.GOOD;

  @Column(name = "rated_years", nullable = false)
  private int ratedYears = EligibilityCriteria.DEFAULT_RATED_YEARS;

  @Column(name = "no_discipline", nullable = false)
  private boolean noDiscipline = true;

  @Column(name = "term_years", nullable = false)
  private int termYears = EligibilityCriteria.DEFAULT_TERM_YEARS;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Post() {}

  /** A post of {@code level} with that level's usual criteria. */
  public Post(SelectionRound round, PostLevel level) {
    this.round = Objects.requireNonNull(round, "round");
    this.level = Objects.requireNonNull(level, "level");
    boolean department = level == PostLevel.DEPARTMENT;
    this.minTheory = department ? PoliticalTheoryLevel.ADVANCED : PoliticalTheoryLevel.INTERMEDIATE;
    this.minStateManagement =
        department ? StateManagementLevel.MAIN_OFFICER : StateManagementLevel.OFFICER;
    this.minYearsBelow = 2;
  }

  /** The criteria as the eligibility rules read them, with the round's retirement ages. */
  public EligibilityCriteria criteria() {
    return new EligibilityCriteria(
        minTheory,
        minStateManagement,
        minDegree,
        minYearsBelow,
        minRating,
        ratedYears,
        noDiscipline,
        termYears,
        round.retirementAges());
  }

  public Long getId() {
    return id;
  }

  public SelectionRound getRound() {
    return round;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public PostLevel getLevel() {
    return level;
  }

  public void setLevel(PostLevel level) {
    this.level = level;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public int getVacancies() {
    return vacancies;
  }

  public void setVacancies(int vacancies) {
    this.vacancies = vacancies;
  }

  public PoliticalTheoryLevel getMinTheory() {
    return minTheory;
  }

  public void setMinTheory(PoliticalTheoryLevel minTheory) {
    this.minTheory = minTheory;
  }

  public StateManagementLevel getMinStateManagement() {
    return minStateManagement;
  }

  public void setMinStateManagement(StateManagementLevel minStateManagement) {
    this.minStateManagement = minStateManagement;
  }

  public Degree getMinDegree() {
    return minDegree;
  }

  public void setMinDegree(Degree minDegree) {
    this.minDegree = minDegree;
  }

  public int getMinYearsBelow() {
    return minYearsBelow;
  }

  public void setMinYearsBelow(int minYearsBelow) {
    this.minYearsBelow = minYearsBelow;
  }

  public PerformanceRating getMinRating() {
    return minRating;
  }

  public void setMinRating(PerformanceRating minRating) {
    this.minRating = minRating;
  }

  public int getRatedYears() {
    return ratedYears;
  }

  public void setRatedYears(int ratedYears) {
    this.ratedYears = ratedYears;
  }

  public boolean isNoDiscipline() {
    return noDiscipline;
  }

  public void setNoDiscipline(boolean noDiscipline) {
    this.noDiscipline = noDiscipline;
  }

  public int getTermYears() {
    return termYears;
  }

  public void setTermYears(int termYears) {
    this.termYears = termYears;
  }
}
