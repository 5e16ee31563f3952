package org.sathach.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sathach.audit.AuditTrail;
import org.sathach.bank.QuestionData;
import org.sathach.exam.ExamPart;
import org.sathach.exam.ExamSession;
import org.sathach.exam.IssuedPaper;
import org.sathach.exam.Navigation;
import org.sathach.exam.Paper;
import org.sathach.exam.PaperItem;
import org.sathach.exam.Seat;
import org.sathach.exam.Sessions;
import org.sathach.platform.Callers;
import org.sathach.platform.UtcInstantConverter;

/**
 * The boundary of exam delivery: check-in with the session's access code, start (which only marks
 * the pre-generated attempt started and stores its deadline), saving answers one at a time,
 * submitting (by the candidate, the page at its deadline, or the server's job), and the focus
 * events the proctor sees. A candidate reaches only their own attempts; anyone else's is "not
 * found". The server's clock is the only clock.
 */
@ApplicationScoped
@Transactional
public class Attempts {
  private static final UtcInstantConverter TIME = new UtcInstantConverter();

  @PersistenceContext private EntityManager em;
  @Inject private Sessions sessions;
  @Inject private PaperCache cache;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "sathach.delivery.graceSeconds", defaultValue = "30")
  long graceSeconds;

  @Inject
  @ConfigProperty(name = "sathach.delivery.checkInMinutesBefore", defaultValue = "60")
  long checkInMinutesBefore;

  /** The caller's seats with their attempts, soonest first. */
  public List<MyExam> mine() {
    List<MyExam> exams = new ArrayList<>();
    for (Seat seat : sessions.seatsOf(caller())) {
      exams.add(new MyExam(seat, attemptOf(seat)));
    }
    return exams;
  }

  private Attempt attemptOf(Seat seat) {
    return em.createNamedQuery(Attempt.OF_SEAT, Attempt.class)
        .setParameter("seat", seat)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Checks the caller in to their seat with the access code the proctor read out: from {@code
   * checkInMinutesBefore} before the start until the late cut-off. Checking in again returns the
   * same attempt.
   */
  public Attempt checkIn(long seatId, String accessCode) {
    Seat seat = sessions.seat(seatId);
    if (!seat.getApplication().getCandidate().getUsername().equals(caller())) {
      throw DeliveryProblem.notFound();
    }
    Attempt existing = attemptOf(seat);
    if (existing != null) {
      return existing;
    }
    ExamSession session = seat.getSession();
    Instant now = clock.instant();
    if (now.isBefore(session.getStartsAt().minus(Duration.ofMinutes(checkInMinutesBefore)))) {
      throw DeliveryProblem.refused("checkIn.tooEarly", checkInMinutesBefore);
    }
    if (!session.admitsArrivalAt(now)) {
      throw DeliveryProblem.refused("checkIn.tooLate", session.getLateMinutes());
    }
    if (accessCode == null || !session.getAccessCode().equalsIgnoreCase(accessCode.strip())) {
      audit.record("CHECK_IN_REFUSED", "seat:" + seat.getId(), "wrong access code", null);
      throw DeliveryProblem.refused("checkIn.wrongCode");
    }
    Attempt attempt = new Attempt(seat, now, session.isAdmissionRequired());
    em.persist(attempt);
    em.flush();
    audit.record("CHECKED_IN", target(attempt), "seat:" + seat.getId(), null);
    return attempt;
  }

  /**
   * Starts a checked-in attempt on its paper of the drawn set: refused before the session opens,
   * before the proctor has drawn the set, or when no paper was generated (a start never builds
   * one).
   */
  public Attempt start(long attemptId) {
    Attempt attempt = own(attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (attempt.getStatus() != AttemptStatus.CHECKED_IN) {
      return attempt;
    }
    ExamSession session = attempt.getSeat().getSession();
    Instant now = clock.instant();
    if (!session.isOpenAt(now)) {
      throw DeliveryProblem.refused("start.notOpen");
    }
    if (session.getPausedAt() != null) {
      throw DeliveryProblem.refused("start.sessionPaused");
    }
    if (session.getDrawnSet() == null) {
      throw DeliveryProblem.refused("start.notDrawn");
    }
    IssuedPaper paper =
        sessions
            .paperOf(attempt.getSeat(), session.getDrawnSet())
            .orElseThrow(() -> DeliveryProblem.refused("start.noPaper"));
    ExamPart part = session.getPart();
    attempt.start(
        paper,
        now,
        Duration.ofMinutes(part.getTimeLimitMinutes()),
        Duration.ofMinutes(attempt.getAccommodationMinutes()),
        session.endsAt(),
        part.getNavigation() == Navigation.LINEAR);
    audit.record(
        "ATTEMPT_STARTED",
        target(attempt),
        "paper:" + paper.getId() + " " + paper.getPaperSet() + " deadline " + attempt.getDeadline(),
        null);
    return attempt;
  }

  /** The caller's own attempt; anyone else's does not exist for them. */
  public Attempt view(long attemptId) {
    return own(attemptId, LockModeType.NONE);
  }

  /** The questions of a started attempt as the candidate sees them: no keys. */
  public List<CandidateQuestion> questions(Attempt attempt) {
    if (attempt.getStatus() == AttemptStatus.CHECKED_IN || attempt.getPaper() == null) {
      return List.of();
    }
    Paper paper = cache.paper(attempt.getPaper().getId());
    long seed = attempt.getPaper().getSeed();
    List<CandidateQuestion> shown = new ArrayList<>();
    for (int i = 0; i < paper.items().size(); i++) {
      PaperItem item = paper.items().get(i);
      shown.add(CandidateQuestion.of(i, item, cache.version(item.versionId()), seed));
    }
    return shown;
  }

  /** The acknowledged answers by position. */
  public Map<Integer, Answer> answers(long attemptId) {
    own(attemptId, LockModeType.NONE);
    return answersOf(attemptId);
  }

  private Map<Integer, Answer> answersOf(long attemptId) {
    return em
        .createNamedQuery(Answer.OF_ATTEMPT, Answer.class)
        .setParameter("attempt", attemptId)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Answer::getPosition, Function.identity()));
  }

  /**
   * Saves one answer: the attempt's row is locked (so a save and a submit never cross), the caller
   * must own it, it must be in progress and within its deadline plus grace, and the response must
   * fit the question. A stale revision is acknowledged with the newer one the server holds.
   *
   * @param response the response JSON, or null to clear the answer
   */
  public Ack save(long attemptId, int position, String response, boolean flagged, long revision) {
    if (revision < 0) {
      throw DeliveryProblem.refused("answer.invalid");
    }
    Object[] row = lockedRow(attemptId);
    Instant now = clock.instant();
    String refusal = refusal(row, now);
    if (refusal != null) {
      throw DeliveryProblem.conflict(refusal);
    }
    Paper paper = cache.paper(((Number) row[3]).longValue());
    if (position < 0 || position >= paper.items().size()) {
      throw DeliveryProblem.refused("answer.invalid");
    }
    if (Boolean.TRUE.equals(asBoolean(row[5])) && position != ((Number) row[4]).intValue()) {
      throw DeliveryProblem.conflict("attempt.linearOrder");
    }
    PaperItem item = paper.items().get(position);
    if (response != null) {
      QuestionData q = cache.version(item.versionId());
      Responses.check(response, CandidateQuestion.of(position, item, q, 0));
    }
    Answer answer = em.find(Answer.class, new Answer.Key(attemptId, position));
    if (answer == null) {
      answer = new Answer(attemptId, position, item.versionId());
      answer.apply(response, flagged, revision, now);
      em.persist(answer);
    } else {
      answer.apply(response, flagged, revision, now);
    }
    return new Ack(position, answer.getRevision(), answer.getSavedAt());
  }

  /** status, deadline, candidate, paper_id of the attempt, locked for this transaction. */
  private Object[] lockedRow(long attemptId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT status, deadline, candidate, paper_id, reached, linear_mode FROM attempt"
                    + " WHERE id = ? FOR UPDATE")
            .setParameter(1, attemptId)
            .getResultList();
    if (rows.isEmpty()) {
      throw DeliveryProblem.notFound();
    }
    Object[] row = (Object[]) rows.get(0);
    if (!caller().equals(row[2])) {
      throw DeliveryProblem.notFound();
    }
    return row;
  }

  private String refusal(Object[] row, Instant now) {
    AttemptStatus status = AttemptStatus.valueOf(row[0].toString());
    return switch (status) {
      case CHECKED_IN -> "attempt.notStarted";
      case PAUSED -> "attempt.paused";
      case SUBMITTED -> "attempt.submitted";
      case TERMINATED -> "attempt.terminated";
      case IN_PROGRESS ->
          now.isAfter(TIME.convertToEntityAttribute(row[1]).plusSeconds(graceSeconds))
              ? "attempt.pastDeadline"
              : null;
    };
  }

  private static Boolean asBoolean(Object value) {
    return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
  }

  /** Linear navigation: the candidate leaves {@code from} for the next question, for good. */
  public Attempt advance(long attemptId, int from) {
    Attempt attempt = own(attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (!attempt.isLinear()) {
      return attempt;
    }
    String refusal = attempt.refusalAt(clock.instant(), grace());
    if (refusal != null) {
      throw DeliveryProblem.conflict(refusal);
    }
    attempt.advance(from, cache.paper(attempt.getPaper().getId()).items().size());
    return attempt;
  }

  /**
   * The server's time and the attempt's deadline, for the page's countdown. Pages ask often, so
   * this reads the one row it needs.
   */
  public AttemptClock clock(long attemptId) {
    Object[] row = ownRow(attemptId);
    return new AttemptClock(
        clock.instant(),
        TIME.convertToEntityAttribute(row[1]),
        AttemptStatus.valueOf(row[0].toString()));
  }

  /** status, deadline, candidate of the caller's attempt, without a lock. */
  private Object[] ownRow(long attemptId) {
    List<?> rows =
        em.createNativeQuery("SELECT status, deadline, candidate FROM attempt WHERE id = ?")
            .setParameter(1, attemptId)
            .getResultList();
    if (rows.isEmpty() || !caller().equals(((Object[]) rows.get(0))[2])) {
      throw DeliveryProblem.notFound();
    }
    return (Object[]) rows.get(0);
  }

  /** The candidate submits, or their page does at the deadline. */
  public Attempt submit(long attemptId, SubmittedBy by) {
    Attempt attempt = own(attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (attempt.getStatus().isFinal()) {
      return attempt;
    }
    if (attempt.getStatus() == AttemptStatus.PAUSED) {
      throw DeliveryProblem.conflict("attempt.paused");
    }
    if (by == SubmittedBy.DEADLINE
        && clock.instant().isBefore(attempt.getDeadline().minusSeconds(graceSeconds))) {
      throw DeliveryProblem.conflict("attempt.notYetDeadline");
    }
    finish(attempt, by);
    return attempt;
  }

  /** The ids of attempts whose deadline and grace have passed, oldest first. */
  public List<Long> overdue(int max) {
    return em.createNamedQuery(Attempt.OVERDUE, Long.class)
        .setParameter("inProgress", AttemptStatus.IN_PROGRESS)
        .setParameter("before", clock.instant().minusSeconds(graceSeconds))
        .setMaxResults(max)
        .getResultList();
  }

  /** The server ends an overdue attempt (no browser needed). Does nothing if it is not overdue. */
  public boolean submitOverdue(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (attempt == null
        || !attempt.isOverdueAt(clock.instant(), Duration.ofSeconds(graceSeconds))) {
      return false;
    }
    finish(attempt, SubmittedBy.SERVER);
    return true;
  }

  /** Marks and closes the attempt, recording the fingerprint of its answers. */
  void finish(Attempt attempt, SubmittedBy by) {
    Paper paper = cache.paper(attempt.getPaper().getId());
    long seed = attempt.getPaper().getSeed();
    Map<Integer, Answer> answers = answersOf(attempt.getId());
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    StringBuilder hashed = new StringBuilder();
    for (int i = 0; i < paper.items().size(); i++) {
      PaperItem item = paper.items().get(i);
      QuestionData q = cache.version(item.versionId());
      Answer answer = answers.get(i);
      JsonObject response =
          answer == null || answer.getResponse() == null
              ? null
              : Responses.check(answer.getResponse(), CandidateQuestion.of(i, item, q, seed));
      BigDecimal earned = AutoMarker.mark(q, item, i, seed, response);
      if (earned != null) {
        points = points.add(earned);
        max = max.add(item.points());
        if (answer != null) {
          answer.mark(earned);
        }
      }
      hashed
          .append(i)
          .append(':')
          .append(item.versionId())
          .append(':')
          .append(response == null ? "" : answer.getResponse())
          .append('\n');
    }
    String hash = sha256(hashed.toString());
    attempt.submit(clock.instant(), by, hash, points, max);
    audit.record(
        "ATTEMPT_SUBMITTED",
        target(attempt),
        by + " answers sha256=" + hash + " auto " + points + "/" + max,
        null);
  }

  /** Records a focus or visibility change of the caller's attempt in progress. */
  public void recordEvent(long attemptId, AttemptEvent.Kind kind) {
    Object[] row = ownRow(attemptId);
    if (AttemptStatus.IN_PROGRESS.name().equals(row[0].toString())) {
      em.persist(new AttemptEvent(attemptId, kind, clock.instant()));
    }
  }

  /** The focus events of an attempt, oldest first. */
  public List<AttemptEvent> events(long attemptId) {
    return em.createQuery(
            "SELECT e FROM AttemptEvent e WHERE e.attemptId = :a ORDER BY e.occurredAt",
            AttemptEvent.class)
        .setParameter("a", attemptId)
        .getResultList();
  }

  public Duration grace() {
    return Duration.ofSeconds(graceSeconds);
  }

  private Attempt own(long attemptId, LockModeType lock) {
    Attempt attempt = em.find(Attempt.class, attemptId, lock);
    if (attempt == null || !attempt.getCandidate().equals(caller())) {
      throw DeliveryProblem.notFound();
    }
    return attempt;
  }

  private String caller() {
    return Callers.name(security);
  }

  static String target(Attempt attempt) {
    return "attempt:" + attempt.getId();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
