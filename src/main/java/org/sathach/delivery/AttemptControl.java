package org.sathach.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.sathach.platform.Callers;

/**
 * What the proctoring feature may do to attempts: admit or refuse, pause, resume, extend, and end
 * one by a suspension. Each locks the attempt's row, so a candidate's save and a proctor's action
 * never cross. Who may act, and the audit with its reason, are the caller's business (the
 * proctoring boundary); the time rules are the {@link Attempt}'s.
 */
@ApplicationScoped
@Transactional
public class AttemptControl {
  @PersistenceContext private EntityManager em;
  @Inject private Attempts attempts;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  public Attempt attempt(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (attempt == null) {
      throw DeliveryProblem.notFound();
    }
    return attempt;
  }

  /** Every attempt of a session, oldest check-in first. */
  public List<Attempt> ofSession(long sessionId) {
    return em.createQuery(
            "SELECT a FROM Attempt a WHERE a.sessionId = :s ORDER BY a.checkedInAt", Attempt.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  public Attempt admit(long attemptId, String reason) {
    Attempt attempt = attempt(attemptId);
    attempt.admit(actor(), clock.instant(), reason);
    return attempt;
  }

  public Attempt refuse(long attemptId, String reason) {
    Attempt attempt = attempt(attemptId);
    attempt.refuse(actor(), clock.instant(), reason);
    return attempt;
  }

  public Attempt pause(long attemptId) {
    Attempt attempt = attempt(attemptId);
    attempt.pause(clock.instant());
    return attempt;
  }

  public Attempt resume(long attemptId) {
    Attempt attempt = attempt(attemptId);
    attempt.resume(clock.instant());
    return attempt;
  }

  public Attempt extend(long attemptId, int minutes) {
    Attempt attempt = attempt(attemptId);
    attempt.extend(minutes, clock.instant());
    return attempt;
  }

  /**
   * Ends an attempt in progress or paused at once (suspension): its answers are kept and hashed.
   */
  public Attempt terminate(long attemptId) {
    Attempt attempt = attempt(attemptId);
    if (attempt.getStatus() == AttemptStatus.IN_PROGRESS
        || attempt.getStatus() == AttemptStatus.PAUSED) {
      attempts.finish(attempt, SubmittedBy.PROCTOR);
    } else if (!attempt.getStatus().isFinal()) {
      attempt.refuse(actor(), clock.instant(), "suspended before the start");
    }
    return attempt;
  }

  private String actor() {
    return Callers.name(security);
  }
}
