package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.sathach.audit.AuditTrail;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;
import org.sathach.delivery.Attempt;
import org.sathach.delivery.AttemptStatus;
import org.sathach.delivery.PaperCache;
import org.sathach.exam.Paper;
import org.sathach.identity.Role;
import org.sathach.platform.Callers;

/**
 * Candidates' reports of a suspected wrong key in a computer-marked question of their own submitted
 * attempt, and the bank editors' handling of them. A report changes no mark: a wrong key is fixed
 * in the bank and applied by a full, audited regrade. Both sides are audited.
 */
@ApplicationScoped
@Transactional
public class KeyReports {
  private static final int MAX_TEXT = 4000;

  @PersistenceContext private EntityManager em;
  @Inject private PaperCache cache;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  /** A computer-marked question of the caller's submitted attempt, with whether it was reported. */
  public record Question(long attemptId, int position, boolean reported) {
    public int getNumber() {
      return position + 1;
    }
  }

  /** Reports the key of question {@code position} (0-based) of the caller's submitted attempt. */
  public KeyReport report(long attemptId, int position, String text) {
    Attempt attempt = ownSubmitted(attemptId);
    Paper paper = cache.paper(attempt.getPaper().getId());
    if (position < 0 || position >= paper.items().size()) {
      throw new MarkingProblem("appeal.key.notFound");
    }
    long versionId = paper.items().get(position).versionId();
    if (cache.version(versionId).type() == QuestionType.ESSAY) {
      throw new MarkingProblem("appeal.key.notComputerMarked");
    }
    if (text == null || text.isBlank()) {
      throw new MarkingProblem("appeal.key.textRequired");
    }
    if (text.strip().length() > MAX_TEXT) {
      throw new MarkingProblem("appeal.tooLong", MAX_TEXT);
    }
    if (reported(attemptId, position)) {
      throw new MarkingProblem("appeal.key.already");
    }
    KeyReport report =
        new KeyReport(attemptId, position, versionId, text.strip(), actor(), clock.instant());
    em.persist(report);
    em.flush();
    audit.record(
        "KEY_REPORTED",
        "key-report " + report.getId(),
        "attempt " + attemptId + " question " + (position + 1) + " version " + versionId,
        text.strip());
    return report;
  }

  /** The computer-marked questions of the caller's submitted attempt, in paper order. */
  public List<Question> questions(long attemptId) {
    Attempt attempt = ownSubmitted(attemptId);
    Paper paper = cache.paper(attempt.getPaper().getId());
    List<Question> list = new ArrayList<>();
    for (int i = 0; i < paper.items().size(); i++) {
      QuestionData q = cache.version(paper.items().get(i).versionId());
      if (q.type() != QuestionType.ESSAY) {
        list.add(new Question(attemptId, i, reported(attemptId, i)));
      }
    }
    return list;
  }

  /** The caller's submitted attempts of an application, for the results page. */
  public List<Attempt> mySubmitted(long applicationId) {
    return em.createQuery(
            "SELECT t FROM Attempt t WHERE t.seat.application.id = :a AND t.status = :s"
                + " AND t.candidate = :me ORDER BY t.submittedAt",
            Attempt.class)
        .setParameter("a", applicationId)
        .setParameter("s", AttemptStatus.SUBMITTED)
        .setParameter("me", actor())
        .getResultList();
  }

  /** Reports for the bank editors: open ones first, then the latest closed. */
  public List<KeyReport> forEditors(boolean openOnly) {
    requireEditor();
    var query =
        em.createQuery(
            "SELECT r FROM KeyReport r"
                + (openOnly ? " WHERE r.status = :open" : "")
                + " ORDER BY r.status DESC, r.filedAt",
            KeyReport.class);
    if (openOnly) {
      query.setParameter("open", KeyReport.Status.OPEN);
    }
    return query.setMaxResults(500).getResultList();
  }

  /** The stem of the reported question version, for the editor's list. */
  public String stemOf(KeyReport report) {
    return cache.version(report.getVersionId()).stem();
  }

  /** A bank editor closes a report with a note of what was found and done. */
  public KeyReport close(long reportId, String note) {
    requireEditor();
    KeyReport report = em.find(KeyReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
    if (report == null) {
      throw new MarkingProblem("appeal.key.notFound");
    }
    if (report.getStatus() == KeyReport.Status.CLOSED) {
      throw new MarkingProblem("appeal.key.closed");
    }
    if (note == null || note.isBlank()) {
      throw new MarkingProblem("appeal.noteRequired");
    }
    String text = note.strip().length() > 2000 ? note.strip().substring(0, 2000) : note.strip();
    report.close(actor(), clock.instant(), text);
    audit.record(
        "KEY_REPORT_CLOSED", "key-report " + reportId, "version " + report.getVersionId(), text);
    return report;
  }

  private boolean reported(long attemptId, int position) {
    return !em.createQuery(
            "SELECT r.id FROM KeyReport r WHERE r.attemptId = :a AND r.position = :p", Long.class)
        .setParameter("a", attemptId)
        .setParameter("p", position)
        .getResultList()
        .isEmpty();
  }

  private Attempt ownSubmitted(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt == null
        || Callers.isSystem(security)
        || !actor().equals(attempt.getCandidate())
        || attempt.getStatus() != AttemptStatus.SUBMITTED) {
      throw new MarkingProblem("appeal.key.notFound");
    }
    return attempt;
  }

  private void requireEditor() {
    if (!security.isCallerInRole(Role.BANK_EDITOR.name()) && !Callers.isSystem(security)) {
      throw new MarkingProblem("appeal.key.editorsOnly");
    }
  }

  private String actor() {
    return Callers.name(security);
  }
}
