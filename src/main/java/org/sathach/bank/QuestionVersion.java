package org.sathach.bank;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.sathach.platform.UtcInstantConverter;

/**
 * One version of a question: its content, frozen once it leaves DRAFT, and its place in the review
 * workflow. The workflow rules live here (four eyes included) so they can be tested without a
 * container; {@link Questions} persists and audits the transitions.
 */
@Entity
@Table(name = "question_version")
public class QuestionVersion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_id", updatable = false)
  private Question question;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int versionNo;

  @Column(nullable = false)
  private boolean latest;

  @ManyToOne(optional = false)
  @JoinColumn(name = "topic_id")
  private Topic topic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QuestionStatus status = QuestionStatus.DRAFT;

  @Enumerated(EnumType.STRING)
  @Column(name = "qtype", nullable = false)
  private QuestionType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Difficulty difficulty;

  @Column(nullable = false, precision = 7, scale = 2)
  private BigDecimal points;

  private String tags;

  @Column(nullable = false)
  private String stem;

  @Column(name = "stem_search", nullable = false)
  private String stemSearch;

  @Column(name = "stem_hash", nullable = false)
  private String stemHash;

  private String explanation;

  @Column(nullable = false)
  private String content;

  @Column(nullable = false, updatable = false)
  private String author;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  private String reviewer;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "status_reason")
  private String statusReason;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected QuestionVersion() {}

  QuestionVersion(Question question, int versionNo, String author, Instant createdAt) {
    this.question = Objects.requireNonNull(question);
    this.versionNo = versionNo;
    this.author = Objects.requireNonNull(author);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.latest = true;
  }

  /** Sets the content; allowed only while the version is a DRAFT that was never approved. */
  void fill(Topic topic, QuestionData data, String contentJson) {
    if (!editableInPlace()) {
      throw new BankProblem("bank.versionFrozen");
    }
    this.topic = topic;
    this.type = data.type();
    this.difficulty = data.difficulty();
    this.points = data.points();
    this.tags = data.tags().isEmpty() ? null : String.join("; ", data.tags());
    this.stem = data.stem();
    String normalized = StemText.normalize(data.stem());
    this.stemSearch = normalized.length() > 2000 ? normalized.substring(0, 2000) : normalized;
    this.stemHash = StemText.hash(normalized);
    this.explanation = data.explanation();
    this.content = contentJson;
  }

  /** DRAFT → IN_REVIEW. */
  public void submit() {
    require(QuestionStatus.DRAFT);
    status = QuestionStatus.IN_REVIEW;
    statusReason = null;
  }

  /** IN_REVIEW → APPROVED by someone other than the author (four eyes). */
  public void approve(String reviewerName, Instant at) {
    require(QuestionStatus.IN_REVIEW);
    if (author.equals(reviewerName)) {
      throw new BankProblem("bank.ownQuestion");
    }
    status = QuestionStatus.APPROVED;
    reviewer = reviewerName;
    reviewedAt = at;
    statusReason = null;
  }

  /** Approval without review, for the initial load of a bank by an administrator. */
  void approveOnImport(String importer, Instant at) {
    require(QuestionStatus.DRAFT);
    status = QuestionStatus.APPROVED;
    reviewer = importer;
    reviewedAt = at;
    statusReason = "initial load";
  }

  /** Any state but DRAFT → DRAFT, with a reason (sent back by a reviewer, or reopened). */
  public void backToDraft(String reason) {
    if (status == QuestionStatus.DRAFT) {
      throw new BankProblem("bank.wrongStatus", status);
    }
    requireReason(reason);
    status = QuestionStatus.DRAFT;
    statusReason = reason.strip();
  }

  /** APPROVED → RETIRED, with a reason; the version stays readable forever. */
  public void retire(String reason) {
    require(QuestionStatus.APPROVED);
    requireReason(reason);
    status = QuestionStatus.RETIRED;
    statusReason = reason.strip();
  }

  /** Retired because a newer version of the same question was approved. */
  void supersede(int newerVersion) {
    if (status == QuestionStatus.APPROVED) {
      status = QuestionStatus.RETIRED;
      statusReason = "superseded by version " + newerVersion;
    }
  }

  /**
   * Only a DRAFT that was never approved may be changed in place: an approved version may already
   * be in a paper, so even after it is reopened as a draft an edit becomes a new version.
   */
  public boolean editableInPlace() {
    return status == QuestionStatus.DRAFT && reviewedAt == null;
  }

  /**
   * Whether this editor may change the version in place: only its author, so that whoever approves
   * it later is never someone who wrote part of it (four eyes). Anyone else's edit is a new
   * version.
   */
  public boolean editableInPlaceBy(String editor) {
    return editableInPlace() && author.equals(editor);
  }

  void notLatest() {
    latest = false;
  }

  private void require(QuestionStatus expected) {
    if (status != expected) {
      throw new BankProblem("bank.wrongStatus", status);
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BankProblem("bank.reasonRequired");
    }
  }

  public Long getId() {
    return id;
  }

  public Question getQuestion() {
    return question;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public boolean isLatest() {
    return latest;
  }

  public Topic getTopic() {
    return topic;
  }

  public QuestionStatus getStatus() {
    return status;
  }

  public QuestionType getType() {
    return type;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public String getTags() {
    return tags;
  }

  public String getStem() {
    return stem;
  }

  public String getStemSearch() {
    return stemSearch;
  }

  public String getStemHash() {
    return stemHash;
  }

  public String getExplanation() {
    return explanation;
  }

  public String getContent() {
    return content;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getReviewer() {
    return reviewer;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getStatusReason() {
    return statusReason;
  }
}
