package org.sathach.proctoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sathach.audit.AuditTrail;
import org.sathach.delivery.Attempt;
import org.sathach.delivery.AttemptControl;
import org.sathach.delivery.AttemptStatus;
import org.sathach.exam.ExamSession;
import org.sathach.exam.Sessions;
import org.sathach.identity.Role;
import org.sathach.platform.Callers;
import org.sathach.platform.UtcInstantConverter;
import org.sathach.round.SelectionRound;

/**
 * The boundary of proctoring: the live board of a session and the proctor's actions on it — admit
 * or refuse, pause and resume, extend, incidents, sanctions with their violation records, and
 * closing with the seal. Only a proctor of the session acts (the committee reads); every action is
 * audited with its reason; a sealed session refuses everything until a recorded reopening.
 */
@ApplicationScoped
@Transactional
public class Proctoring {
  private static final UtcInstantConverter TIME = new UtcInstantConverter();

  @PersistenceContext private EntityManager em;
  @Inject private Sessions sessions;
  @Inject private AttemptControl control;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  /** The session, if the caller may read its board: one of its proctors, or the committee. */
  public ExamSession readable(long sessionId) {
    ExamSession session = sessions.session(sessionId);
    if (!session.isProctoredBy(actor())
        && !Callers.isSystem(security)
        && !security.isCallerInRole(Role.COMMITTEE.name())) {
      throw new ProctoringProblem("proctoring.notYourSession");
    }
    return session;
  }

  /** The session, if the caller is one of its proctors and it is not sealed. */
  private ExamSession actionable(long sessionId) {
    ExamSession session = sessions.session(sessionId);
    if (!session.isProctoredBy(actor()) && !Callers.isSystem(security)) {
      throw new ProctoringProblem("proctoring.notYourSession");
    }
    if (session.isSealed()) {
      throw new ProctoringProblem("proctoring.sealed");
    }
    return session;
  }

  private Attempt attemptIn(long sessionId, long attemptId) {
    Attempt attempt = control.attempt(attemptId);
    if (attempt.getSessionId() != sessionId) {
      throw new ProctoringProblem("proctoring.notInSession");
    }
    return attempt;
  }

  private static String required(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new ProctoringProblem("proctoring.reasonRequired");
    }
    return reason.strip();
  }

  /** The board: every seat of the session with its attempt's state, read in one query. */
  public SessionBoard board(long sessionId) {
    ExamSession session = readable(sessionId);
    return new SessionBoard(
        session,
        BoardQuery.rows(em, sessionId, clock.instant()),
        BoardQuery.sessionIncidents(em, sessionId));
  }

  public Attempt admit(long sessionId, long attemptId, String note) {
    actionable(sessionId);
    attemptIn(sessionId, attemptId);
    Attempt attempt = control.admit(attemptId, note);
    audit.record("CANDIDATE_ADMITTED", target(attempt), "identity checked", note);
    return attempt;
  }

  public Attempt refuse(long sessionId, long attemptId, String reason) {
    String why = required(reason);
    actionable(sessionId);
    attemptIn(sessionId, attemptId);
    Attempt attempt = control.refuse(attemptId, why);
    audit.record("CANDIDATE_REFUSED", target(attempt), null, why);
    return attempt;
  }

  public Attempt pause(long sessionId, long attemptId, String reason) {
    String why = required(reason);
    actionable(sessionId);
    attemptIn(sessionId, attemptId);
    Attempt attempt = control.pause(attemptId);
    audit.record("ATTEMPT_PAUSED", target(attempt), null, why);
    return attempt;
  }

  public Attempt resume(long sessionId, long attemptId, String reason) {
    actionable(sessionId);
    attemptIn(sessionId, attemptId);
    Attempt attempt = control.resume(attemptId);
    audit.record("ATTEMPT_RESUMED", target(attempt), "deadline " + attempt.getDeadline(), reason);
    return attempt;
  }

  public Attempt extend(long sessionId, long attemptId, int minutes, String reason) {
    String why = required(reason);
    actionable(sessionId);
    attemptIn(sessionId, attemptId);
    Attempt attempt = control.extend(attemptId, minutes);
    audit.record(
        "ATTEMPT_EXTENDED",
        target(attempt),
        "+" + minutes + " min, deadline " + attempt.getDeadline(),
        why);
    return attempt;
  }

  /** Pauses every attempt in progress; no attempt starts until the session resumes. */
  public int pauseSession(long sessionId, String reason) {
    String why = required(reason);
    ExamSession session = actionable(sessionId);
    em.lock(session, LockModeType.PESSIMISTIC_WRITE);
    int paused = 0;
    for (Attempt attempt : control.ofSession(sessionId)) {
      if (attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
        control.pause(attempt.getId());
        paused++;
      }
    }
    session.markPaused(clock.instant());
    audit.record("SESSION_PAUSED", Sessions.targetOf(session), paused + " attempts", why);
    return paused;
  }

  /** Resumes every paused attempt; each deadline moves by the time it was paused. */
  public int resumeSession(long sessionId, String reason) {
    ExamSession session = actionable(sessionId);
    em.lock(session, LockModeType.PESSIMISTIC_WRITE);
    int resumed = 0;
    for (Attempt attempt : control.ofSession(sessionId)) {
      if (attempt.getStatus() == AttemptStatus.PAUSED) {
        control.resume(attempt.getId());
        resumed++;
      }
    }
    session.markPaused(null);
    audit.record("SESSION_RESUMED", Sessions.targetOf(session), resumed + " attempts", reason);
    return resumed;
  }

  public int extendSession(long sessionId, int minutes, String reason) {
    String why = required(reason);
    ExamSession session = actionable(sessionId);
    int extended = 0;
    for (Attempt attempt : control.ofSession(sessionId)) {
      if (attempt.getStatus() == AttemptStatus.IN_PROGRESS
          || attempt.getStatus() == AttemptStatus.PAUSED) {
        control.extend(attempt.getId(), minutes);
        extended++;
      }
    }
    audit.record(
        "SESSION_EXTENDED",
        Sessions.targetOf(session),
        "+" + minutes + " min for " + extended + " attempts",
        why);
    return extended;
  }

  public Incident incident(long sessionId, Long attemptId, IncidentCategory category, String note) {
    actionable(sessionId);
    if (attemptId != null) {
      attemptIn(sessionId, attemptId);
    }
    if (category == null) {
      throw new ProctoringProblem("proctoring.categoryRequired");
    }
    String why = required(note);
    Incident incident = new Incident(sessionId, attemptId, category, why, actor(), clock.instant());
    em.persist(incident);
    em.flush();
    audit.record(
        "INCIDENT_RECORDED",
        attemptId == null ? "session:" + sessionId : "attempt:" + attemptId,
        category.name(),
        why);
    return incident;
  }

  /**
   * Records a sanction with its violation record; the deduction comes from the round's policy. A
   * suspension ends the attempt at once.
   */
  public ViolationRecord sanction(long sessionId, long attemptId, Sanction sanction, String facts) {
    ExamSession session = actionable(sessionId);
    Attempt attempt = attemptIn(sessionId, attemptId);
    if (sanction == null) {
      throw new ProctoringProblem("proctoring.sanctionRequired");
    }
    SelectionRound round = session.getPart().getRound();
    int percent =
        new SanctionPolicy(round.getReprimandPercent(), round.getWarningPercent())
            .deductionPercent(sanction);
    String why = required(facts);
    ViolationRecord record =
        new ViolationRecord(attemptId, sessionId, sanction, percent, why, actor(), clock.instant());
    em.persist(record);
    if (sanction.endsAttempt()) {
      control.terminate(attempt.getId());
    }
    em.flush();
    audit.record(
        "SANCTION_RECORDED",
        target(attempt),
        sanction + " -" + percent + "% record:" + record.getId(),
        why);
    return record;
  }

  public ViolationRecord violationRecord(long id) {
    ViolationRecord record = em.find(ViolationRecord.class, id);
    if (record == null) {
      throw new ProctoringProblem("proctoring.notFound");
    }
    readable(record.getSessionId());
    return record;
  }

  /** The violation records of an attempt, for marking. */
  public List<ViolationRecord> violationsOf(long attemptId) {
    return em.createNamedQuery(ViolationRecord.OF_ATTEMPT, ViolationRecord.class)
        .setParameter("a", attemptId)
        .getResultList();
  }

  public List<Incident> incidents(long sessionId) {
    readable(sessionId);
    return em.createNamedQuery(Incident.OF_SESSION, Incident.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  /**
   * Closes and seals the session when no attempt is in progress or paused and no checked-in
   * candidate is still waiting to start (each is refused with a reason first, so that no attempt
   * can start in a sealed session): the SHA-256 over every attempt's submitted answers (see {@link
   * SealHash}) is recorded and shown.
   */
  public String seal(long sessionId) {
    ExamSession session = actionable(sessionId);
    em.lock(session, LockModeType.PESSIMISTIC_WRITE);
    SessionBoard board =
        new SessionBoard(session, BoardQuery.rows(em, sessionId, clock.instant()), 0);
    if (!board.allFinished()) {
      throw new ProctoringProblem("proctoring.notFinished");
    }
    if (board.anyWaitingToStart()) {
      throw new ProctoringProblem("proctoring.waitingToStart");
    }
    String hash = SealHash.of(sealEntries(sessionId));
    session.seal(hash, actor(), clock.instant());
    audit.record("SESSION_SEALED", Sessions.targetOf(session), "sha256=" + hash, null);
    return hash;
  }

  /** Lifts the seal with a recorded reason (proctor of the session or committee). */
  public void reopen(long sessionId, String reason) {
    ExamSession session = readable(sessionId);
    if (!session.isSealed()) {
      return;
    }
    String was = session.getSealHash();
    session.reopen();
    audit.record(
        "SESSION_REOPENED", Sessions.targetOf(session), "was sha256=" + was, required(reason));
  }

  /** Recomputes the seal from the database as it is now: equal to the recorded one if untouched. */
  public String currentSealHash(long sessionId) {
    readable(sessionId);
    return SealHash.of(sealEntries(sessionId));
  }

  /**
   * The seal's lines, each ended attempt's answers hashed from its answer rows as they are now (not
   * the hash recorded at submission, which a changed row would leave as it was).
   */
  List<SealHash.Entry> sealEntries(long sessionId) {
    return StoredAttempt.ofSession(em, sessionId).stream().map(StoredAttempt::sealEntry).toList();
  }

  /** Time left of an attempt as the board shows it: frozen while paused. */
  static long secondsLeft(Object deadline, Object pausedAt, Instant now) {
    if (deadline == null) {
      return 0;
    }
    Instant end = TIME.convertToEntityAttribute(deadline);
    Instant from = pausedAt == null ? now : TIME.convertToEntityAttribute(pausedAt);
    return Math.max(0, Duration.between(from, end).getSeconds());
  }

  private String actor() {
    return Callers.name(security);
  }

  static String target(Attempt attempt) {
    return "attempt:" + attempt.getId();
  }
}
