package org.sathach.delivery;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sathach.audit.AuditTrail;
import org.sathach.bank.QuestionData;
import org.sathach.exam.ExamPart;
import org.sathach.exam.ExamSession;
import org.sathach.exam.Navigation;
import org.sathach.exam.Paper;
import org.sathach.exam.PaperItem;
import org.sathach.exam.Seat;
import org.sathach.exam.Sessions;
import org.sathach.identity.SecurityConfiguration.SessionLogin;
import org.sathach.marking.EssayScripts;
import org.sathach.marking.MarkingRules;
import org.sathach.marking.ObjectiveMark;
import org.sathach.marking.QuestionMark;
import org.sathach.platform.Callers;
import org.sathach.platform.Database;
import org.sathach.platform.Sql;
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
  @Inject private EssayScripts scripts;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private HttpServletRequest request;

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource dataSource;

  @Resource private TransactionSynchronizationRegistry transactions;

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
    if (session.isSealed()) {
      throw DeliveryProblem.refused("checkIn.sealed");
    }
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
   * while it is paused, before the proctor has drawn the set, or when no paper was generated (a
   * start never builds one). Starting again does nothing.
   *
   * <p>This is the start storm's path (a whole room presses Start within seconds), so it reads and
   * writes the few columns it needs: the attempt's row, locked; the session and part, unlocked (a
   * lock there would queue the room behind one row); one update. The attempt's row keeps when it
   * started, on which paper and until when; the chained audit trail is left to the people who act
   * on attempts (proctors, the server's job), since a lock on its head would queue the room too.
   */
  public void start(long attemptId) {
    try (Connection db = connection()) {
      Object[] row = lockedRow(db, attemptId);
      if (!AttemptStatus.CHECKED_IN.name().equals(row[0].toString())) {
        return;
      }
      Object[] session =
          Sql.rows(
                  db,
                  "SELECT s.starts_at, s.window_minutes, s.paused_at, s.drawn_set,"
                      + " p.time_limit_minutes, p.navigation, (SELECT pa.id FROM paper pa"
                      + " WHERE pa.seat_id = ? AND pa.paper_set = s.drawn_set), s.sealed_at"
                      + " FROM exam_session s JOIN exam_part p ON p.id = s.part_id"
                      + " WHERE s.id = ?",
                  ((Number) row[7]).longValue(),
                  ((Number) row[8]).longValue())
              .get(0);
      Instant now = clock.instant();
      Instant startsAt = TIME.convertToEntityAttribute(session[0]);
      if (session[7] != null) {
        throw DeliveryProblem.refused("start.sealed");
      }
      if (!ExamSession.isOpenAt(startsAt, now)) {
        throw DeliveryProblem.refused("start.notOpen");
      }
      if (session[2] != null) {
        throw DeliveryProblem.refused("start.sessionPaused");
      }
      if (session[3] == null) {
        throw DeliveryProblem.refused("start.notDrawn");
      }
      if (session[6] == null) {
        throw DeliveryProblem.refused("start.noPaper");
      }
      Attempt.requireAdmitted(Admission.valueOf(row[6].toString()));
      Instant deadline =
          Attempt.deadline(
              now,
              session[4] == null ? null : Duration.ofMinutes(((Number) session[4]).longValue()),
              Duration.ofMinutes(((Number) row[9]).longValue()),
              ExamSession.endsAt(startsAt, ((Number) session[1]).intValue()));
      Sql.update(
          db,
          "UPDATE attempt SET status = ?, paper_id = ?, started_at = ?, deadline = ?,"
              + " linear_mode = ?, row_version = row_version + 1 WHERE id = ?",
          AttemptStatus.IN_PROGRESS.name(),
          ((Number) session[6]).longValue(),
          TIME.convertToDatabaseColumn(now),
          TIME.convertToDatabaseColumn(deadline),
          Navigation.LINEAR.name().equals(session[5].toString()),
          attemptId);
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
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
  @Transactional(Transactional.TxType.SUPPORTS)
  public Ack save(long attemptId, int position, String response, boolean flagged, long revision) {
    if (revision < 0) {
      throw DeliveryProblem.refused("answer.invalid");
    }
    try (Connection db = connection()) {
      if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
        return save(db, attemptId, position, response, flagged, revision);
      }
      // The exam page's autosave: one local transaction on the connection itself. A container
      // transaction around a handful of statements cost more than the statements (begin, enlist,
      // commit, delist), at a thousand saves a second.
      db.setAutoCommit(false);
      try {
        Ack ack = save(db, attemptId, position, response, flagged, revision);
        db.commit();
        return ack;
      } catch (RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  private Ack save(
      Connection db,
      long attemptId,
      int position,
      String response,
      boolean flagged,
      long revision) {
    Object[] row = lockedRow(db, attemptId);
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
    // The attempt's lock is held: no other save of this attempt runs until this one commits, so
    // the statements below cannot race with each other. Most saves change an answer the candidate
    // gave before: one update. A first answer: the update finds no row, the insert adds it.
    Object savedAt = TIME.convertToDatabaseColumn(now);
    int updated =
        Sql.update(
            db,
            "UPDATE answer SET response = ?, flagged = ?, revision = ?, saved_at = ?"
                + " WHERE attempt_id = ? AND position = ? AND revision < ?",
            response,
            flagged,
            revision,
            savedAt,
            attemptId,
            position,
            revision);
    if (updated == 0
        && !Sql.insertIfAbsent(
            db,
            "INSERT INTO answer (attempt_id, position, version_id, response, flagged, revision,"
                + " saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            attemptId,
            position,
            item.versionId(),
            response,
            flagged,
            revision,
            savedAt)) {
      // The row is there with this revision or a newer one: a repeat or a late, older save. The
      // server keeps what it has and says so.
      List<Object[]> held =
          Sql.rows(
              db,
              "SELECT revision, saved_at FROM answer WHERE attempt_id = ? AND position = ?",
              attemptId,
              position);
      if (held.isEmpty()) {
        throw new PersistenceException("answer " + attemptId + "/" + position + " refused");
      }
      Object[] current = held.get(0);
      return new Ack(
          position, ((Number) current[0]).longValue(), TIME.convertToEntityAttribute(current[1]));
    }
    return new Ack(position, revision, TIME.convertToEntityAttribute(savedAt));
  }

  /**
   * status, deadline, candidate, paper_id, reached, linear_mode, admission, seat_id, session_id,
   * accommodation_minutes of the caller's attempt, locked for this transaction.
   */
  private Object[] lockedRow(Connection db, long attemptId) {
    List<Object[]> rows =
        Sql.rows(
            db,
            "SELECT status, deadline, candidate, paper_id, reached, linear_mode, admission,"
                + " seat_id, session_id, accommodation_minutes FROM attempt"
                + " WHERE id = ? FOR UPDATE",
            attemptId);
    if (rows.isEmpty()) {
      throw DeliveryProblem.notFound();
    }
    Object[] row = rows.get(0);
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

  /**
   * Marks and closes the attempt, recording the fingerprint of its answers: each objective answer
   * earns its points under the part's marking rules, and each essay answered goes to blind double
   * marking under an anonymous script code.
   */
  void finish(Attempt attempt, SubmittedBy by) {
    Paper paper = cache.paper(attempt.getPaper().getId());
    long seed = attempt.getPaper().getSeed();
    ExamPart part = attempt.getSeat().getPart();
    MarkingRules rules = part.markingRules();
    Map<Integer, Answer> answers = answersOf(attempt.getId());
    List<QuestionMark> lines = new ArrayList<>();
    List<Long> versionIds = new ArrayList<>();
    Map<Integer, String> responses = new HashMap<>();
    for (int i = 0; i < paper.items().size(); i++) {
      PaperItem item = paper.items().get(i);
      QuestionData q = cache.version(item.versionId());
      Answer answer = answers.get(i);
      JsonObject response =
          answer == null || answer.getResponse() == null
              ? null
              : Responses.check(answer.getResponse(), CandidateQuestion.of(i, item, q, seed));
      QuestionMark line = AutoMarker.mark(rules, q, item, i, seed, response);
      if (line != null) {
        lines.add(line);
        if (answer != null) {
          answer.mark(line.awarded());
        }
      } else if (response != null && !response.getString("text", "").isBlank()) {
        scripts.open(part, attempt.getId(), i, item.versionId(), item.points());
      }
      versionIds.add(item.versionId());
      if (response != null) {
        responses.put(i, answer.getResponse());
      }
    }
    ObjectiveMark objective = ObjectiveMark.of(lines);
    String hash = AnswersHash.of(versionIds, responses);
    attempt.submit(clock.instant(), by, hash, objective.raw(), objective.available());
    audit.record(
        "ATTEMPT_SUBMITTED",
        target(attempt),
        by
            + " answers sha256="
            + hash
            + " auto "
            + objective.raw()
            + "/"
            + objective.available()
            + " "
            + rules.mode(),
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

  /** The connection of the caller's transaction (the pool hands the same one out within it). */
  private Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /**
   * The caller's name. On the hot paths it comes from the servlet request, which already holds it;
   * Jakarta Security's context builds it again on each call, which costs more than a save.
   */
  private String caller() {
    try {
      Principal principal = request.getUserPrincipal();
      if (principal != null) {
        return principal.getName();
      }
      // The exam page's endpoints are not handed to the container as logins (see
      // SecurityConfiguration.SESSION_ONLY_PATHS): their caller is the session's.
      SessionLogin login = SessionLogin.of(request);
      if (login != null) {
        return login.name();
      }
    } catch (ContextNotActiveException noRequest) {
      // The container's own work (a timer): there is no request to ask.
    }
    return Callers.name(security);
  }

  static String target(Attempt attempt) {
    return "attempt:" + attempt.getId();
  }
}
