package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sathach.audit.AuditTrail;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionVersion;
import org.sathach.bank.Questions;
import org.sathach.bank.format.TextHtml;
import org.sathach.delivery.PaperCache;
import org.sathach.exam.ExamPart;
import org.sathach.identity.Role;
import org.sathach.marking.QuestionMark.Voiding;
import org.sathach.platform.Callers;
import org.sathach.ranking.SignOffs;

/**
 * The committee's regrade of one question version of a computer part after the exam: its key
 * corrected from a later version of the same question, or the question voided (counted as right for
 * everyone, or removed and the part rescaled). Every submitted attempt that showed the version has
 * its stored answer points and auto-marked figures recomputed; the part's marks, the rankings and
 * the shortlists follow from the rows (see {@link PartMarks}).
 *
 * <p>A dry run does exactly what applying does, inside a transaction that is always rolled back:
 * its list of changes is the one applying would produce, and it leaves nothing behind. Applying
 * needs a reason; it stores the regrade with its changes, audits it and reopens every final
 * shortlist of the part's posts whose results changed.
 */
@ApplicationScoped
@Transactional
public class Regrades {
  private static final int REASON_MAX = 1900;
  private static final String DRY_RUN = "(dry run)";

  @PersistenceContext private EntityManager em;
  @Inject private PaperCache cache;
  @Inject private Questions questions;
  @Inject private RegradeReadings readings;
  @Inject private RegradeRows rows;
  @Inject private SignOffs signOffs;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;
  @Inject private UserTransaction transaction;

  /** What applying would change, worked out by applying it and rolling back. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public RegradeResult dryRun(
      long partId, long versionId, RegradeAction action, Long correctedVersionId) {
    requireCommittee();
    try {
      transaction.begin();
    } catch (NotSupportedException | SystemException e) {
      throw new IllegalStateException("no transaction for the dry run", e);
    }
    try {
      return run(partId, versionId, action, correctedVersionId, DRY_RUN);
    } finally {
      try {
        transaction.rollback();
      } catch (SystemException | IllegalStateException e) {
        throw new IllegalStateException("the dry run could not be rolled back", e);
      }
    }
  }

  /** Applies the regrade, records and audits it with the reason, and reopens changed shortlists. */
  public RegradeResult apply(
      long partId, long versionId, RegradeAction action, Long correctedVersionId, String reason) {
    requireCommittee();
    if (reason == null || reason.isBlank()) {
      throw new MarkingProblem("regrade.reasonRequired");
    }
    String why = reason.strip();
    if (why.length() > REASON_MAX) {
      throw new MarkingProblem("regrade.reasonTooLong", REASON_MAX);
    }
    ExamPart part = em.find(ExamPart.class, partId, LockModeType.PESSIMISTIC_WRITE);
    if (part == null) {
      throw new MarkingProblem("regrade.partNotFound");
    }
    RegradeResult result = run(partId, versionId, action, correctedVersionId, why);
    Regrade regrade =
        new Regrade(
            partId,
            versionId,
            action,
            result.correctedVersionId(),
            why,
            Callers.name(security),
            clock.instant());
    regrade.recordChanges(result.summary());
    em.persist(regrade);
    em.flush();
    for (RegradeResult.PostChanges post : result.posts()) {
      signOffs.reopenIfChanged(post.postId(), "regrade #" + regrade.getId() + ": " + why);
    }
    audit.record(
        "REGRADE_APPLIED",
        "part:" + partId,
        "regrade #"
            + regrade.getId()
            + " "
            + action
            + " version:"
            + versionId
            + (result.correctedVersionId() == null
                ? ""
                : " key from version:" + result.correctedVersionId())
            + "; "
            + result.summary(),
        why);
    return new RegradeResult(
        result.partId(),
        result.versionId(),
        result.action(),
        result.correctedVersionId(),
        result.attempts(),
        result.answersChanged(),
        result.posts(),
        regrade.getId());
  }

  /** The question versions shown in the part's submitted attempts, in paper order. */
  public List<RegradeQuestion> questions(long partId) {
    requireCommittee();
    return readings.questions(part(partId));
  }

  /** The later versions of the question of {@code versionId}, oldest first. */
  public List<QuestionVersion> laterVersions(long versionId) {
    requireCommittee();
    QuestionVersion version = version(versionId);
    return questions.versionsOf(version.getQuestion().getId()).stream()
        .filter(v -> v.getVersionNo() > version.getVersionNo())
        .toList();
  }

  /** The part's applied regrades, latest first. */
  public List<Regrade> history(long partId) {
    requireCommittee();
    return em.createQuery(
            "SELECT r FROM Regrade r WHERE r.partId = :p ORDER BY r.appliedAt DESC, r.id DESC",
            Regrade.class)
        .setParameter("p", partId)
        .getResultList();
  }

  public ExamPart part(long partId) {
    requireCommittee();
    ExamPart part = em.find(ExamPart.class, partId);
    if (part == null) {
      throw new MarkingProblem("regrade.partNotFound");
    }
    return part;
  }

  /** Changes the rows in the current transaction and reports what changed. */
  private RegradeResult run(
      long partId, long versionId, RegradeAction action, Long correctedVersionId, String reason) {
    ExamPart part = part(partId);
    if (!part.getKind().isComputerBased()) {
      throw new MarkingProblem("regrade.notComputer");
    }
    if (action == null) {
      throw new MarkingProblem("regrade.actionRequired");
    }
    QuestionVersion shownVersion = version(versionId);
    QuestionData shown = cache.version(versionId);
    if (shown.type() == org.sathach.bank.QuestionType.ESSAY) {
      throw new MarkingProblem("regrade.essay");
    }
    Map<Long, Voiding> voids = readings.voidsOf(partId);
    if (voids.containsKey(versionId)) {
      throw new MarkingProblem("regrade.alreadyVoided");
    }
    QuestionData key = shown;
    Long corrected = null;
    if (action == RegradeAction.KEY_CORRECTED) {
      if (correctedVersionId == null) {
        throw new MarkingProblem("regrade.correctedRequired");
      }
      QuestionVersion later = version(correctedVersionId);
      if (!later.getQuestion().getId().equals(shownVersion.getQuestion().getId())
          || later.getVersionNo() <= shownVersion.getVersionNo()) {
        throw new MarkingProblem("regrade.notLater");
      }
      key = cache.version(correctedVersionId);
      if (!KeyCorrection.comparable(shown, key)) {
        throw new MarkingProblem("regrade.notComparable");
      }
      corrected = correctedVersionId;
    }
    List<Long> postIds = readings.postIdsOf(part);
    Map<Long, List<RegradeLine>> before = new LinkedHashMap<>();
    for (long postId : postIds) {
      before.put(postId, readings.lines(postId, part.getKind()));
    }
    RegradeRows.Counts counts =
        rows.rewrite(
            part, versionId, shown, key, action.voiding(), voids, reason, Callers.name(security));
    int attempts = counts.attempts();
    int answersChanged = counts.answersChanged();
    if (attempts == 0) {
      throw new MarkingProblem("regrade.notInPart");
    }
    em.flush();
    List<RegradeResult.PostChanges> posts = new ArrayList<>();
    for (long postId : postIds) {
      posts.add(
          new RegradeResult.PostChanges(
              postId,
              readings.postTitle(postId),
              RegradeChange.between(before.get(postId), readings.lines(postId, part.getKind()))));
    }
    return new RegradeResult(
        partId, versionId, action, corrected, attempts, answersChanged, posts, null);
  }

  private QuestionVersion version(long versionId) {
    QuestionVersion version = em.find(QuestionVersion.class, versionId);
    if (version == null) {
      throw new MarkingProblem("regrade.versionNotFound");
    }
    return version;
  }

  private void requireCommittee() {
    if (!Callers.isSystem(security) && !security.isCallerInRole(Role.COMMITTEE.name())) {
      throw new MarkingProblem("regrade.committeeOnly");
    }
  }

  /** A stem as one short line of plain text, for the page's list. */
  static String excerpt(String html) {
    String text = TextHtml.toPlainText(html).replaceAll("\\s+", " ").strip();
    return text.length() <= 90 ? text : text.substring(0, 89) + "…";
  }
}
