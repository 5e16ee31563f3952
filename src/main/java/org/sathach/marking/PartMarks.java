package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;
import org.sathach.delivery.Attempt;
import org.sathach.delivery.AttemptStatus;
import org.sathach.delivery.PaperCache;
import org.sathach.exam.ExamPart;
import org.sathach.exam.ExamSession;
import org.sathach.exam.Paper;
import org.sathach.exam.PaperItem;
import org.sathach.exam.PartKind;
import org.sathach.exam.Seat;
import org.sathach.marking.QuestionMark.Voiding;
import org.sathach.proctoring.Sanction;
import org.sathach.proctoring.SanctionPolicy;
import org.sathach.proctoring.ViolationRecord;
import org.sathach.round.SelectionRound;

/**
 * Each candidate's mark in a computer part, worked out from what is stored: the points of the
 * objective answers (set at submit by the part's marking rules, or by a regrade), the final marks
 * of the essay scripts (a blank essay earns 0), over the paper's points, on 100, with the part's
 * voided questions counted as right or left out of both (see {@link PaperPoints}); then the
 * heaviest sanction of the attempt's violation records. Nothing is cached: the figure always
 * follows the rows, so a regrade or an appeal shows at once.
 */
@ApplicationScoped
@Transactional
public class PartMarks {
  @PersistenceContext private EntityManager em;
  @Inject private PaperCache cache;
  @Inject private EssayScripts scripts;
  @Inject private Clock clock;

  /** The outcome of every seated candidate of a computer part, by application id. */
  public Map<Long, PartOutcome> ofPart(ExamPart part) {
    Map<Long, PartOutcome> outcomes = new HashMap<>();
    List<Seat> seats =
        em.createQuery("SELECT s FROM Seat s WHERE s.part = :p", Seat.class)
            .setParameter("p", part)
            .getResultList();
    Map<Long, Attempt> attempts = new HashMap<>();
    for (Attempt a :
        em.createQuery("SELECT a FROM Attempt a WHERE a.seat.part = :p", Attempt.class)
            .setParameter("p", part)
            .getResultList()) {
      attempts.put(a.getSeat().getId(), a);
    }
    SanctionPolicy policy = policy(part.getRound());
    Map<Long, Voiding> voids = voidsOf(part.getId());
    for (Seat seat : seats) {
      Attempt attempt = attempts.get(seat.getId());
      outcomes.put(
          seat.getApplication().getId(), outcome(part.getKind(), seat, attempt, policy, voids));
    }
    return outcomes;
  }

  /** The part's voided question versions and how each is voided (see {@link Regrades}). */
  private Map<Long, Voiding> voidsOf(long partId) {
    Map<Long, Voiding> voids = new HashMap<>();
    for (Object row :
        em.createNativeQuery("SELECT version_id, mode FROM question_void WHERE part_id = ?")
            .setParameter(1, partId)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      voids.put(((Number) columns[0]).longValue(), RegradeAction.voidingOf(columns[1].toString()));
    }
    return voids;
  }

  private PartOutcome outcome(
      PartKind kind, Seat seat, Attempt attempt, SanctionPolicy policy, Map<Long, Voiding> voids) {
    if (attempt == null || attempt.getStatus() != AttemptStatus.SUBMITTED) {
      ExamSession session = seat.getSession();
      boolean over = session.isSealed() || clock.instant().isAfter(session.endsAt());
      return attempt == null && over ? PartOutcome.absent(kind) : PartOutcome.pending(kind);
    }
    Paper paper = cache.paper(attempt.getPaper().getId());
    Map<Integer, EssayScript> essays = scripts.scriptsOf(attempt.getId());
    Map<Integer, BigDecimal> stored = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT a.position, a.points FROM Answer a WHERE a.attemptId = :a"
                    + " AND a.points IS NOT NULL",
                Object[].class)
            .setParameter("a", attempt.getId())
            .getResultList()) {
      stored.put(((Number) row[0]).intValue(), (BigDecimal) row[1]);
    }
    List<PaperPoints.Line> lines = new ArrayList<>();
    BigDecimal essayPoints = BigDecimal.ZERO;
    for (int i = 0; i < paper.items().size(); i++) {
      PaperItem item = paper.items().get(i);
      QuestionData q = cache.version(item.versionId());
      boolean essay = q.type() == QuestionType.ESSAY;
      if (essay) {
        EssayScript script = essays.get(i);
        if (script != null) {
          if (script.getStatus() != EssayScript.Status.FINAL) {
            return PartOutcome.pending(kind);
          }
          essayPoints = essayPoints.add(script.getFinalPoints());
        }
      }
      lines.add(
          new PaperPoints.Line(
              item.points(), !essay, essay ? null : stored.get(i), voids.get(item.versionId())));
    }
    // Negative marking takes away what was earned in the objective questions, never more (as at
    // submit); a regrade's voided questions count as the part's question_void rows say.
    PaperPoints points = PaperPoints.of(lines);
    BigDecimal raw = points.objectiveRaw().add(essayPoints);
    BigDecimal available = points.available();
    BigDecimal mark = MarkScale.scaled(raw, available);
    List<Sanction> sanctions = new ArrayList<>();
    for (ViolationRecord v :
        em.createQuery(
                "SELECT v FROM ViolationRecord v WHERE v.attemptId = :a", ViolationRecord.class)
            .setParameter("a", attempt.getId())
            .getResultList()) {
      sanctions.add(v.getSanction());
    }
    return new PartOutcome(
        kind,
        PartOutcome.State.MARKED,
        raw,
        available,
        SanctionedMark.of(kind, mark, sanctions, policy));
  }

  /** A presentation's outcome from the board's mark ({@code null} while sheets are missing). */
  public static PartOutcome presentation(BigDecimal boardMark) {
    if (boardMark == null) {
      return PartOutcome.pending(PartKind.PRESENTATION);
    }
    return new PartOutcome(
        PartKind.PRESENTATION,
        PartOutcome.State.MARKED,
        boardMark,
        MarkScale.MAX,
        SanctionedMark.of(PartKind.PRESENTATION, boardMark, List.of(), SanctionPolicy.DEFAULT));
  }

  private static SanctionPolicy policy(SelectionRound round) {
    return new SanctionPolicy(round.getReprimandPercent(), round.getWarningPercent());
  }
}
