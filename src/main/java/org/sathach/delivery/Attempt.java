package org.sathach.delivery;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.sathach.exam.IssuedPaper;
import org.sathach.exam.Seat;
import org.sathach.platform.UtcInstantConverter;

/**
 * A candidate's attempt (bài thi) at one seat: checked in, started with a deadline the server
 * keeps, and submitted. The time rules live here and take the clock as an argument, so they are
 * tested without a container; the browser only ever shows the stored deadline.
 */
@Entity
@Table(name = "attempt")
@NamedQuery(name = Attempt.OF_SEAT, query = "SELECT a FROM Attempt a WHERE a.seat = :seat")
@NamedQuery(
    name = Attempt.OVERDUE,
    query =
        "SELECT a.id FROM Attempt a WHERE a.status = :inProgress AND a.deadline < :before"
            + " ORDER BY a.deadline")
public class Attempt {
  static final String OF_SEAT = "Attempt.ofSeat";
  static final String OVERDUE = "Attempt.overdue";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "seat_id", updatable = false)
  private Seat seat;

  @Column(name = "session_id", nullable = false, updatable = false)
  private long sessionId;

  @Column(nullable = false, updatable = false)
  private String candidate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AttemptStatus status = AttemptStatus.CHECKED_IN;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "checked_in_at", nullable = false, updatable = false)
  private Instant checkedInAt;

  @ManyToOne
  @JoinColumn(name = "paper_id")
  private IssuedPaper paper;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "started_at")
  private Instant startedAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "deadline")
  private Instant deadline;

  @Column(name = "accommodation_minutes", nullable = false)
  private int accommodationMinutes;

  @Column(nullable = false)
  private int reached;

  @Column(name = "linear_mode", nullable = false)
  private boolean linear;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "submitted_by")
  private SubmittedBy submittedBy;

  @Column(name = "answers_hash")
  private String answersHash;

  @Column(name = "auto_points")
  private BigDecimal autoPoints;

  @Column(name = "auto_max")
  private BigDecimal autoMax;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Admission admission = Admission.ADMITTED;

  @Column(name = "admission_by")
  private String admissionBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "admission_at")
  private Instant admissionAt;

  @Column(name = "admission_reason")
  private String admissionReason;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "paused_at")
  private Instant pausedAt;

  @Column(name = "extended_minutes", nullable = false)
  private int extendedMinutes;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "control_changed_at")
  private Instant controlChangedAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Attempt() {}

  /** A check-in; it waits for the proctor's admission when the session requires it. */
  Attempt(Seat seat, Instant checkedInAt, boolean admissionRequired) {
    this(seat, checkedInAt);
    this.admission = admissionRequired ? Admission.PENDING : Admission.ADMITTED;
  }

  Attempt(Seat seat, Instant checkedInAt) {
    this.seat = Objects.requireNonNull(seat, "seat");
    this.sessionId = seat.getSession().getId();
    this.candidate = seat.getApplication().getCandidate().getUsername();
    this.checkedInAt = Objects.requireNonNull(checkedInAt, "checkedInAt");
  }

  /**
   * Starts the attempt on its pre-generated paper. The deadline is the start plus the time limit
   * plus any accommodation, but never later than the session's window end plus the accommodation: a
   * late arrival does not get time the room no longer has.
   */
  void start(
      IssuedPaper paper,
      Instant now,
      Duration timeLimit,
      Duration accommodation,
      Instant windowEnd,
      boolean linear) {
    if (status != AttemptStatus.CHECKED_IN) {
      throw DeliveryProblem.conflict("attempt.alreadyStarted");
    }
    requireAdmitted(admission);
    this.paper = Objects.requireNonNull(paper, "paper");
    this.status = AttemptStatus.IN_PROGRESS;
    this.startedAt = now;
    this.linear = linear;
    this.deadline = deadline(now, timeLimit, accommodation, windowEnd);
  }

  /** Only an admitted candidate starts: refused ones never, pending ones not yet. */
  static void requireAdmitted(Admission admission) {
    if (admission != Admission.ADMITTED) {
      throw DeliveryProblem.refused(
          admission == Admission.REFUSED ? "start.refused" : "start.notAdmitted");
    }
  }

  /**
   * The deadline of an attempt started at {@code now}: the start plus the time limit plus any
   * accommodation, capped at the session's window end plus the accommodation. A part without a time
   * limit runs to the window end.
   */
  static Instant deadline(
      Instant now, Duration timeLimit, Duration accommodation, Instant windowEnd) {
    Instant byWindow = windowEnd.plus(accommodation);
    if (timeLimit == null) {
      return byWindow;
    }
    Instant byLimit = now.plus(timeLimit).plus(accommodation);
    return byLimit.isAfter(byWindow) ? byWindow : byLimit;
  }

  /** Whether an answer arriving at {@code now} is still taken: in progress and within grace. */
  public boolean acceptsAnswerAt(Instant now, Duration grace) {
    return status == AttemptStatus.IN_PROGRESS && !now.isAfter(deadline.plus(grace));
  }

  /** Why an answer at {@code now} is refused, as a message key; null when it is accepted. */
  String refusalAt(Instant now, Duration grace) {
    return switch (status) {
      case CHECKED_IN -> "attempt.notStarted";
      case PAUSED -> "attempt.paused";
      case SUBMITTED -> "attempt.submitted";
      case TERMINATED -> "attempt.terminated";
      case IN_PROGRESS -> now.isAfter(deadline.plus(grace)) ? "attempt.pastDeadline" : null;
    };
  }

  /** Whether the server must end the attempt: its deadline and the grace have passed. */
  public boolean isOverdueAt(Instant now, Duration grace) {
    return status == AttemptStatus.IN_PROGRESS && now.isAfter(deadline.plus(grace));
  }

  /**
   * Time left at {@code now}, never negative: zero before the start (there is no deadline yet) and
   * once over; frozen at the pause while paused.
   */
  public Duration remainingAt(Instant now) {
    if (deadline == null || status.isFinal()) {
      return Duration.ZERO;
    }
    Instant from = status == AttemptStatus.PAUSED && pausedAt != null ? pausedAt : now;
    Duration left = Duration.between(from, deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  void submit(Instant now, SubmittedBy by, String answersHash, BigDecimal points, BigDecimal max) {
    boolean proctorEnds = by == SubmittedBy.PROCTOR && status == AttemptStatus.PAUSED;
    if (status != AttemptStatus.IN_PROGRESS && !proctorEnds) {
      throw DeliveryProblem.conflict(status.isFinal() ? "attempt.submitted" : "attempt.notStarted");
    }
    this.status = by == SubmittedBy.PROCTOR ? AttemptStatus.TERMINATED : AttemptStatus.SUBMITTED;
    this.pausedAt = null;
    this.controlChangedAt = now;
    this.submittedAt = now;
    this.submittedBy = by;
    this.answersHash = answersHash;
    this.autoPoints = points;
    this.autoMax = max;
  }

  /** The proctor lets the candidate in after checking their identity. */
  void admit(String actor, Instant now, String reason) {
    decideAdmission(Admission.ADMITTED, actor, now, reason);
  }

  /** The proctor turns the candidate away (late, wrong person): they cannot start. */
  void refuse(String actor, Instant now, String reason) {
    if (status != AttemptStatus.CHECKED_IN) {
      throw DeliveryProblem.conflict("attempt.alreadyStarted");
    }
    decideAdmission(Admission.REFUSED, actor, now, reason);
  }

  private void decideAdmission(Admission decision, String actor, Instant now, String reason) {
    if (status.isFinal()) {
      throw DeliveryProblem.conflict("attempt.submitted");
    }
    this.admission = decision;
    this.admissionBy = actor;
    this.admissionAt = now;
    this.admissionReason = reason;
    this.controlChangedAt = now;
  }

  /** Stops the clock: answers are refused until {@link #resume}. */
  void pause(Instant now) {
    if (status != AttemptStatus.IN_PROGRESS) {
      throw DeliveryProblem.conflict(
          status == AttemptStatus.PAUSED ? "attempt.paused" : "attempt.notInProgress");
    }
    this.status = AttemptStatus.PAUSED;
    this.pausedAt = now;
    this.controlChangedAt = now;
  }

  /** Restarts the clock: the deadline moves by exactly the time the attempt was paused. */
  void resume(Instant now) {
    if (status != AttemptStatus.PAUSED) {
      throw DeliveryProblem.conflict("attempt.notPaused");
    }
    Duration paused = Duration.between(pausedAt, now);
    if (!paused.isNegative()) {
      this.deadline = deadline.plus(paused);
    }
    this.status = AttemptStatus.IN_PROGRESS;
    this.pausedAt = null;
    this.controlChangedAt = now;
  }

  /** Gives the candidate {@code minutes} more; a started attempt that is not over. */
  void extend(int minutes, Instant now) {
    if (minutes < 1 || minutes > 240) {
      throw DeliveryProblem.refused("attempt.extendRange");
    }
    if (status != AttemptStatus.IN_PROGRESS && status != AttemptStatus.PAUSED) {
      throw DeliveryProblem.conflict("attempt.notInProgress");
    }
    this.deadline = deadline.plus(Duration.ofMinutes(minutes));
    this.extendedMinutes += minutes;
    this.controlChangedAt = now;
  }

  public Admission getAdmission() {
    return admission;
  }

  public String getAdmissionBy() {
    return admissionBy;
  }

  public Instant getAdmissionAt() {
    return admissionAt;
  }

  public String getAdmissionReason() {
    return admissionReason;
  }

  public Instant getPausedAt() {
    return pausedAt;
  }

  public int getExtendedMinutes() {
    return extendedMinutes;
  }

  public Instant getControlChangedAt() {
    return controlChangedAt;
  }

  public Long getId() {
    return id;
  }

  public String getCandidate() {
    return candidate;
  }

  public long getSessionId() {
    return sessionId;
  }

  public Seat getSeat() {
    return seat;
  }

  public AttemptStatus getStatus() {
    return status;
  }

  public Instant getCheckedInAt() {
    return checkedInAt;
  }

  public IssuedPaper getPaper() {
    return paper;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getDeadline() {
    return deadline;
  }

  public int getAccommodationMinutes() {
    return accommodationMinutes;
  }

  void setAccommodationMinutes(int minutes) {
    this.accommodationMinutes = minutes;
  }

  /**
   * Linear navigation moves forward only: from the position reached to the next, never back and
   * never past the last question.
   */
  void advance(int from, int questionCount) {
    if (status != AttemptStatus.IN_PROGRESS) {
      throw DeliveryProblem.conflict(
          switch (status) {
            case CHECKED_IN -> "attempt.notStarted";
            case PAUSED -> "attempt.paused";
            case TERMINATED -> "attempt.terminated";
            default -> "attempt.submitted";
          });
    }
    if (from != reached || reached + 1 >= questionCount) {
      throw DeliveryProblem.conflict("attempt.linearOrder");
    }
    reached++;
  }

  public boolean isLinear() {
    return linear;
  }

  public int getReached() {
    return reached;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public SubmittedBy getSubmittedBy() {
    return submittedBy;
  }

  public String getAnswersHash() {
    return answersHash;
  }

  public BigDecimal getAutoPoints() {
    return autoPoints;
  }

  public BigDecimal getAutoMax() {
    return autoMax;
  }
}
