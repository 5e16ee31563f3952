package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sathach.audit.AuditTrail;
import org.sathach.exam.ExamPart;
import org.sathach.exam.PartKind;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.platform.Callers;
import org.sathach.platform.Dates;
import org.sathach.ranking.PostResults;
import org.sathach.ranking.SignOffs;
import org.sathach.round.Application;
import org.sathach.round.SelectionRound;

/**
 * Appeals (phúc khảo). After a round's results are published a candidate may, within the round's
 * appeal period ({@link AppealWindow}), ask for one of their essay scripts or their presentation to
 * be re-marked; computer-marked questions are never re-marked (a wrong key goes to {@link
 * KeyReports} and a regrade). The committee assigns a re-marker who never marked it: an essay is
 * reopened through {@link EssayScripts#reopenForAppeal} and re-marked blind on the examiner's essay
 * page; a presentation is re-marked on 100 under an appeal code by an examiner off the board. The
 * committee then decides: the part mark before and after are recorded, and a final shortlist whose
 * results changed is reopened with the appeal as its reason. Everything is audited.
 */
@ApplicationScoped
@Transactional
public class Appeals {
  private static final int MAX_TEXT = 4000;
  private static final int MAX_NOTE = 2000;
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  @PersistenceContext private EntityManager em;
  @Inject private EssayScripts scripts;
  @Inject private Presentations presentations;
  @Inject private PostResults results;
  @Inject private SignOffs signOffs;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Dates dates;
  @Inject private Clock clock;

  // ---- the candidate ----------------------------------------------------------------------

  /**
   * Files the caller's appeal of one essay script ({@code scriptId}) or, with {@code scriptId}
   * null, of the presentation part {@code partId}, for their own application.
   */
  public Appeal file(long applicationId, long partId, Long scriptId, String reason) {
    Application application = ownApplication(applicationId);
    SelectionRound round = application.getRound();
    AppealWindow window =
        window(round).orElseThrow(() -> new MarkingProblem("appeal.notPublished"));
    if (!window.isOpenAt(clock.instant())) {
      throw new MarkingProblem("appeal.windowClosed", dates.formatDate(window.lastDay()));
    }
    ExamPart part = em.find(ExamPart.class, partId);
    if (part == null
        || !part.getRound().getId().equals(round.getId())
        || (part.getPost() != null
            && !part.getPost().getId().equals(application.getPost().getId()))) {
      throw new MarkingProblem("appeal.notFound");
    }
    String text = required(reason, "appeal.reasonRequired", MAX_TEXT);
    Appeal.Kind kind;
    if (part.getKind() == PartKind.PRESENTATION) {
      if (scriptId != null) {
        throw new MarkingProblem("appeal.notFound");
      }
      if (presentations.mark(partId, applicationId).isEmpty()) {
        throw new MarkingProblem("appeal.notMarked");
      }
      kind = Appeal.Kind.PRESENTATION;
    } else {
      if (scriptId == null) {
        throw new MarkingProblem("appeal.computerMarked");
      }
      EssayScript script = em.find(EssayScript.class, scriptId);
      if (script == null || script.getPartId() != partId || !ownsAttempt(script, application)) {
        throw new MarkingProblem("appeal.notFound");
      }
      if (script.getStatus() != EssayScript.Status.FINAL) {
        throw new MarkingProblem("appeal.notMarked");
      }
      kind = Appeal.Kind.ESSAY;
    }
    String subject = Appeal.subjectOf(kind, partId, applicationId, scriptId);
    if (!em.createQuery("SELECT a.id FROM Appeal a WHERE a.subject = :s", Long.class)
        .setParameter("s", subject)
        .getResultList()
        .isEmpty()) {
      throw new MarkingProblem("appeal.already");
    }
    Appeal appeal =
        new Appeal(applicationId, partId, kind, scriptId, text, actor(), clock.instant());
    em.persist(appeal);
    em.flush();
    audit.record(
        "APPEAL_FILED",
        "appeal " + appeal.getId(),
        "application "
            + applicationId
            + "; part "
            + partId
            + " "
            + part.getKind()
            + "; "
            + kind
            + (scriptId == null ? "" : " script " + scriptId),
        text);
    return appeal;
  }

  /** The appeal period of a round, once its results are published. */
  public Optional<AppealWindow> window(SelectionRound round) {
    return round.isResultsPublished()
        ? Optional.of(
            new AppealWindow(round.getResultsPublishedAt(), round.getAppealDays(), dates.zone()))
        : Optional.empty();
  }

  /** The caller's appeals of one of their applications, oldest first. */
  public List<Appeal> mine(long applicationId) {
    ownApplication(applicationId);
    return em.createQuery(
            "SELECT a FROM Appeal a WHERE a.applicationId = :a ORDER BY a.filedAt, a.id",
            Appeal.class)
        .setParameter("a", applicationId)
        .getResultList();
  }

  /** The essay scripts of the caller's application, by part kind then question number. */
  public List<EssayScript> myScripts(long applicationId) {
    Application application = ownApplication(applicationId);
    return em.createQuery(
            "SELECT s FROM EssayScript s WHERE s.attemptId IN (SELECT t.id FROM Attempt t"
                + " WHERE t.seat.application.id = :a) ORDER BY s.partId, s.position",
            EssayScript.class)
        .setParameter("a", application.getId())
        .getResultList();
  }

  // ---- the committee ----------------------------------------------------------------------

  /** The appeals of a round, oldest first. */
  public List<Appeal> ofRound(long roundId) {
    requireCommittee();
    return em.createQuery(
            "SELECT a FROM Appeal a WHERE a.partId IN (SELECT p.id FROM ExamPart p"
                + " WHERE p.round.id = :r) ORDER BY a.filedAt, a.id",
            Appeal.class)
        .setParameter("r", roundId)
        .getResultList();
  }

  /**
   * Assigns the re-marker of a filed appeal. An essay script is reopened for an examiner who never
   * marked it; a presentation goes to an examiner who is not on that part's board.
   */
  public Appeal assign(long appealId, String remarker) {
    requireCommittee();
    Appeal appeal = locked(appealId);
    if (appeal.getStatus() != Appeal.Status.FILED) {
      throw new MarkingProblem("appeal.notFiled");
    }
    String name = remarker == null ? "" : remarker.strip();
    requireExaminer(name);
    BigDecimal before = partMark(appeal);
    if (appeal.getKind() == Appeal.Kind.ESSAY) {
      try {
        scripts.reopenForAppeal(appeal.getScriptId(), name);
      } catch (MarkingProblem refused) {
        throw translated(refused);
      }
    } else if (boardOf(appeal.getPartId()).contains(name)
        || scoredCandidate(appeal.getPartId(), appeal.getApplicationId(), name)) {
      throw new MarkingProblem("appeal.remarkerOnBoard", name);
    }
    appeal.assign(name, before, clock.instant());
    audit.record(
        "APPEAL_ASSIGNED",
        "appeal " + appealId,
        appeal.getKind() + " re-marker " + name + "; mark before " + plain(before),
        null);
    return appeal;
  }

  /** Rejects a filed appeal, with the committee's reason. */
  public Appeal reject(long appealId, String note) {
    requireCommittee();
    Appeal appeal = locked(appealId);
    if (appeal.getStatus() != Appeal.Status.FILED) {
      throw new MarkingProblem("appeal.notFiled");
    }
    String text = required(note, "appeal.noteRequired", MAX_NOTE);
    appeal.reject(actor(), clock.instant(), text);
    audit.record("APPEAL_REJECTED", "appeal " + appealId, appeal.getKind().name(), text);
    return appeal;
  }

  /**
   * Decides an appeal whose re-mark is in: records the part mark after it and reopens the post's
   * final shortlist if its results changed. Refused while the re-mark is pending.
   */
  public Appeal decide(long appealId, String note) {
    requireCommittee();
    Appeal appeal = locked(appealId);
    if (appeal.getStatus() != Appeal.Status.REMARKING || !remarkIn(appeal)) {
      throw new MarkingProblem("appeal.remarkPending");
    }
    String text = note == null || note.isBlank() ? null : clip(note.strip(), MAX_NOTE);
    BigDecimal after =
        appeal.getKind() == Appeal.Kind.PRESENTATION ? appeal.getMarkAfter() : partMark(appeal);
    appeal.decide(after, actor(), clock.instant(), text);
    em.flush();
    Application application = em.find(Application.class, appeal.getApplicationId());
    String summary =
        "appeal #"
            + appealId
            + " ("
            + appeal.getKind()
            + "): mark "
            + plain(appeal.getMarkBefore())
            + " → "
            + plain(after);
    audit.record("APPEAL_DECIDED", "appeal " + appealId, summary, text);
    signOffs.reopenIfChanged(application.getPost().getId(), summary);
    return appeal;
  }

  /** Whether the re-mark of an appeal being re-marked is in. */
  public boolean remarkIn(Appeal appeal) {
    if (appeal.getStatus() != Appeal.Status.REMARKING) {
      return false;
    }
    if (appeal.getKind() == Appeal.Kind.PRESENTATION) {
      return appeal.getMarkAfter() != null;
    }
    EssayScript script = em.find(EssayScript.class, appeal.getScriptId());
    em.refresh(script);
    return script.getStatus() == EssayScript.Status.FINAL;
  }

  /**
   * Decided presentation appeals' marks on 100 by application id: the ranking uses them instead of
   * the board's mark.
   */
  public Map<Long, BigDecimal> presentationOverrides(long partId) {
    Map<Long, BigDecimal> overrides = new HashMap<>();
    for (Appeal a :
        em.createQuery(
                "SELECT a FROM Appeal a WHERE a.partId = :p AND a.kind = :k AND a.status = :s",
                Appeal.class)
            .setParameter("p", partId)
            .setParameter("k", Appeal.Kind.PRESENTATION)
            .setParameter("s", Appeal.Status.DECIDED)
            .getResultList()) {
      overrides.put(a.getApplicationId(), a.getMarkAfter());
    }
    return overrides;
  }

  // ---- the presentation re-marker ---------------------------------------------------------

  /** What a presentation re-marker sees: the appeal code and the round, never names or marks. */
  public record PresentationRemark(long appealId, String code, String roundName, BigDecimal mark) {
    public boolean isDone() {
      return mark != null;
    }
  }

  /** The caller's presentation re-marks, oldest first. */
  public List<PresentationRemark> myRemarks() {
    requireExaminerCaller();
    return em
        .createQuery(
            "SELECT a FROM Appeal a WHERE a.remarker = :me AND a.kind = :k ORDER BY a.assignedAt",
            Appeal.class)
        .setParameter("me", actor())
        .setParameter("k", Appeal.Kind.PRESENTATION)
        .getResultList()
        .stream()
        .map(
            a ->
                new PresentationRemark(
                    a.getId(),
                    a.getCode(),
                    em.find(ExamPart.class, a.getPartId()).getRound().getName(),
                    a.getMarkAfter()))
        .toList();
  }

  /** The re-marker's mark of a presentation on 100 (2 decimals); given once. */
  public PresentationRemark remarkPresentation(long appealId, BigDecimal mark) {
    requireExaminerCaller();
    Appeal appeal = em.find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
    if (appeal == null
        || appeal.getKind() != Appeal.Kind.PRESENTATION
        || !actor().equals(appeal.getRemarker())) {
      throw new MarkingProblem("appeal.notYours");
    }
    if (appeal.getStatus() != Appeal.Status.REMARKING || appeal.getMarkAfter() != null) {
      throw new MarkingProblem("appeal.alreadyRemarked");
    }
    if (mark == null || mark.signum() < 0 || mark.compareTo(HUNDRED) > 0) {
      throw new MarkingProblem("appeal.markRange");
    }
    if (mark.stripTrailingZeros().scale() > 2) {
      throw new MarkingProblem("appeal.markDecimals");
    }
    appeal.remarked(mark.setScale(2), clock.instant());
    audit.record(
        "APPEAL_REMARKED",
        "appeal " + appealId,
        "presentation re-mark " + mark.toPlainString(),
        null);
    return new PresentationRemark(appealId, appeal.getCode(), "", appeal.getMarkAfter());
  }

  // ---- internals --------------------------------------------------------------------------

  /** The candidate's mark on 100 in the appealed part, as the ranking counts it now. */
  private BigDecimal partMark(Appeal appeal) {
    ExamPart part = em.find(ExamPart.class, appeal.getPartId());
    Application application = em.find(Application.class, appeal.getApplicationId());
    return results.of(application.getPost().getId()).entries().stream()
        .filter(e -> e.application().getId().equals(application.getId()))
        .findFirst()
        .map(e -> e.mark(part.getKind()))
        .orElse(null);
  }

  private boolean ownsAttempt(EssayScript script, Application application) {
    return !em.createQuery(
            "SELECT t.id FROM Attempt t WHERE t.id = :t AND t.seat.application.id = :a", Long.class)
        .setParameter("t", script.getAttemptId())
        .setParameter("a", application.getId())
        .getResultList()
        .isEmpty();
  }

  /** The usernames of a presentation part's board. */
  private List<String> boardOf(long partId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "SELECT u.username FROM presentation_member m JOIN app_user u ON u.id = m.user_id"
                    + " WHERE m.part_id = ?")
            .setParameter(1, partId)
            .getResultList();
    return rows.stream().map(Object::toString).toList();
  }

  /** Whether the examiner submitted a scoring sheet for the candidate (even if since removed). */
  private boolean scoredCandidate(long partId, long applicationId, String username) {
    return !em.createNativeQuery(
            "SELECT s.id FROM presentation_sheet s JOIN app_user u ON u.id = s.member_id"
                + " WHERE s.part_id = ? AND s.application_id = ? AND u.username = ?")
        .setParameter(1, partId)
        .setParameter(2, applicationId)
        .setParameter(3, username)
        .getResultList()
        .isEmpty();
  }

  /** EssayScripts' refusals, in the appeal's words. */
  private static MarkingProblem translated(MarkingProblem refused) {
    return switch (refused.messageKey()) {
      case "marking.remarkerMarkedBefore" -> new MarkingProblem("appeal.remarkerMarkedBefore");
      case "marking.alreadyAppealed" -> new MarkingProblem("appeal.already");
      case "marking.notFinal" -> new MarkingProblem("appeal.notMarked");
      case "marking.notExaminer" ->
          new MarkingProblem("appeal.remarkerNotExaminer", refused.args());
      default -> refused;
    };
  }

  private Application ownApplication(long applicationId) {
    Application application = em.find(Application.class, applicationId);
    if (application == null
        || Callers.isSystem(security)
        || !application.getCandidate().getUsername().equals(actor())) {
      throw new MarkingProblem("appeal.notFound");
    }
    return application;
  }

  private Appeal locked(long appealId) {
    Appeal appeal = em.find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
    if (appeal == null) {
      throw new MarkingProblem("appeal.notFound");
    }
    return appeal;
  }

  private void requireExaminer(String username) {
    List<User> found =
        em.createQuery("SELECT u FROM User u WHERE u.username = :n", User.class)
            .setParameter("n", username)
            .getResultList();
    if (found.isEmpty() || !found.get(0).hasRole(Role.EXAMINER) || !found.get(0).isEnabled()) {
      throw new MarkingProblem("appeal.remarkerNotExaminer", username);
    }
  }

  private void requireExaminerCaller() {
    if (!security.isCallerInRole(Role.EXAMINER.name())) {
      throw new MarkingProblem("appeal.examinersOnly");
    }
  }

  private void requireCommittee() {
    if (!security.isCallerInRole(Role.COMMITTEE.name()) && !Callers.isSystem(security)) {
      throw new MarkingProblem("appeal.committeeOnly");
    }
  }

  private static String required(String text, String key, int max) {
    if (text == null || text.isBlank()) {
      throw new MarkingProblem(key);
    }
    if (text.strip().length() > max) {
      throw new MarkingProblem("appeal.tooLong", max);
    }
    return text.strip();
  }

  private static String clip(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }

  private static String plain(BigDecimal mark) {
    return mark == null ? "—" : mark.toPlainString();
  }

  private String actor() {
    return Callers.name(security);
  }
}
