package org.sathach.exam;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sathach.marking.DoubleMarking;
import org.sathach.marking.MarkScale;
import org.sathach.marking.MarkingMode;
import org.sathach.marking.MarkingRules;
import org.sathach.platform.UtcInstantConverter;
import org.sathach.round.Post;
import org.sathach.round.SelectionRound;

/**
 * One part of a round's examination (phần thi) and its rules: pass mark, weight, and for a computer
 * part the time limit, navigation, shuffling, whether the score shows on submit, and the blueprint.
 * Publishing freezes the blueprint, records the bank snapshot and the secret seed papers derive
 * from.
 */
@Entity
@Table(name = "exam_part")
@NamedQuery(
    name = ExamPart.OF_ROUND,
    query = "SELECT p FROM ExamPart p WHERE p.round = :round ORDER BY p.kind, p.id")
public class ExamPart {
  static final String OF_ROUND = "ExamPart.ofRound";

  /** Every part is marked out of 100; a blueprint's points are scaled to it. */
  public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private SelectionRound round;

  @ManyToOne
  @JoinColumn(name = "post_id", updatable = false)
  private Post post;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private PartKind kind;

  @Column(name = "pass_mark", nullable = false)
  private BigDecimal passMark = BigDecimal.valueOf(50);

  @Column(nullable = false)
  private BigDecimal weight = BigDecimal.ONE;

  @Column(name = "time_limit_minutes")
  private Integer timeLimitMinutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Navigation navigation = Navigation.FREE;

  @Column(name = "shuffle_questions", nullable = false)
  private boolean shuffleQuestions = true;

  @Column(name = "shuffle_options", nullable = false)
  private boolean shuffleOptions = true;

  @Column(name = "show_score", nullable = false)
  private boolean showScore = true;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PartStatus status = PartStatus.DRAFT;

  @Column(name = "seed")
  private Long seed;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "marking_mode", nullable = false)
  private MarkingMode markingMode = MarkingMode.ALL_OR_NOTHING;

  @Column(name = "negative_fraction", nullable = false)
  private BigDecimal negativeFraction = BigDecimal.ZERO;

  @Column(name = "essay_threshold_percent", nullable = false)
  private int essayThresholdPercent = 10;

  @Column(name = "head_marker")
  private String headMarker;

  @OneToMany(mappedBy = "part", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<BlueprintEntry> entries = new ArrayList<>();

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected ExamPart() {}

  ExamPart(SelectionRound round, Post post, PartKind kind) {
    this.round = Objects.requireNonNull(round, "round");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.post = post;
    if (kind == PartKind.PROFESSIONAL && post == null) {
      throw new IllegalArgumentException("a professional part belongs to a post");
    }
    this.timeLimitMinutes = kind.isComputerBased() ? 60 : null;
  }

  /** The blueprint as the paper rules read it. */
  public Blueprint blueprint() {
    return new Blueprint(entries.stream().map(BlueprintEntry::row).toList());
  }

  public boolean isPublished() {
    return status == PartStatus.PUBLISHED;
  }

  void publish(long seed, String actor, Instant at) {
    this.status = PartStatus.PUBLISHED;
    this.seed = seed;
    this.publishedBy = actor;
    this.publishedAt = at;
  }

  /** Replaces the blueprint's rows, in the given order. */
  void replaceEntries(List<BlueprintEntry> rows) {
    entries.clear();
    for (int i = 0; i < rows.size(); i++) {
      BlueprintEntry entry = rows.get(i);
      entry.attach(this, i);
      entries.add(entry);
    }
  }

  /** How this part's objective answers earn points (partial credit, negative marking). */
  public MarkingRules markingRules() {
    return new MarkingRules(markingMode, negativeFraction);
  }

  /** The rule that sends two essay marks too far apart to the head marker. */
  public DoubleMarking doubleMarking(BigDecimal maxPoints) {
    return new DoubleMarking(
        maxPoints,
        maxPoints
            .multiply(BigDecimal.valueOf(essayThresholdPercent))
            .divide(BigDecimal.valueOf(100), MarkScale.POINTS_SCALE, MarkScale.ROUNDING));
  }

  public MarkingMode getMarkingMode() {
    return markingMode;
  }

  public void setMarkingMode(MarkingMode markingMode) {
    this.markingMode = Objects.requireNonNull(markingMode, "markingMode");
  }

  public BigDecimal getNegativeFraction() {
    return negativeFraction;
  }

  public void setNegativeFraction(BigDecimal negativeFraction) {
    this.negativeFraction = negativeFraction == null ? BigDecimal.ZERO : negativeFraction;
  }

  public int getEssayThresholdPercent() {
    return essayThresholdPercent;
  }

  public void setEssayThresholdPercent(int essayThresholdPercent) {
    this.essayThresholdPercent = essayThresholdPercent;
  }

  public String getHeadMarker() {
    return headMarker;
  }

  public void setHeadMarker(String headMarker) {
    this.headMarker = headMarker == null || headMarker.isBlank() ? null : headMarker;
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

  public PartKind getKind() {
    return kind;
  }

  public BigDecimal getPassMark() {
    return passMark;
  }

  public void setPassMark(BigDecimal passMark) {
    this.passMark = passMark;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public void setWeight(BigDecimal weight) {
    this.weight = weight;
  }

  public Integer getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public void setTimeLimitMinutes(Integer timeLimitMinutes) {
    this.timeLimitMinutes = timeLimitMinutes;
  }

  public Navigation getNavigation() {
    return navigation;
  }

  public void setNavigation(Navigation navigation) {
    this.navigation = navigation;
  }

  public boolean isShuffleQuestions() {
    return shuffleQuestions;
  }

  public void setShuffleQuestions(boolean shuffleQuestions) {
    this.shuffleQuestions = shuffleQuestions;
  }

  public boolean isShuffleOptions() {
    return shuffleOptions;
  }

  public void setShuffleOptions(boolean shuffleOptions) {
    this.shuffleOptions = shuffleOptions;
  }

  public boolean isShowScore() {
    return showScore;
  }

  public void setShowScore(boolean showScore) {
    this.showScore = showScore;
  }

  public PartStatus getStatus() {
    return status;
  }

  /** The secret seed; only the committee's pages and the verifier read it. */
  public Long getSeed() {
    return seed;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public List<BlueprintEntry> getEntries() {
    return entries;
  }
}
