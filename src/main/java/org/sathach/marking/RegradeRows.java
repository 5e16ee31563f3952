package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;
import org.sathach.delivery.PaperCache;
import org.sathach.exam.ExamPart;
import org.sathach.exam.Paper;
import org.sathach.exam.PaperItem;
import org.sathach.marking.QuestionMark.Voiding;
import org.sathach.platform.UtcInstantConverter;

/**
 * The rows a regrade writes, in the caller's transaction: the voiding (if any), the points of every
 * stored answer to the version, and each touched attempt's auto-marked figures, recomputed from its
 * rows as submit computes them. Checks are {@link Regrades}'s; this class only writes.
 */
@ApplicationScoped
public class RegradeRows {
  /** Decimals of the stored points columns ({@code answer.points}, {@code attempt.auto_*}). */
  private static final int POINTS_DECIMALS = 3;

  private static final UtcInstantConverter TIME = new UtcInstantConverter();

  @PersistenceContext private EntityManager em;
  @Inject private PaperCache cache;
  @Inject private RegradeReadings readings;
  @Inject private Clock clock;

  /** How many submitted attempts showed the version, and how many stored answers changed. */
  record Counts(int attempts, int answersChanged) {}

  /**
   * Voids the version (when {@code voiding} is set, adding it to {@code voids}) or marks its
   * answers with {@code key}, and updates every submitted attempt that showed it.
   */
  Counts rewrite(
      ExamPart part,
      long versionId,
      QuestionData shown,
      QuestionData key,
      Voiding voiding,
      Map<Long, Voiding> voids,
      String reason,
      String actor) {
    long partId = part.getId();
    if (voiding != null) {
      em.createNativeQuery(
              "INSERT INTO question_void (part_id, version_id, mode, reason, voided_by, voided_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")
          .setParameter(1, partId)
          .setParameter(2, versionId)
          .setParameter(3, RegradeAction.storedMode(voiding))
          .setParameter(4, reason)
          .setParameter(5, actor)
          .setParameter(6, TIME.convertToDatabaseColumn(clock.instant()))
          .executeUpdate();
      voids.put(versionId, voiding);
    }
    MarkingRules rules = part.markingRules();
    int attempts = 0;
    int answersChanged = 0;
    for (Object row : readings.submittedAttempts(partId)) {
      Object[] columns = (Object[]) row;
      long attemptId = ((Number) columns[0]).longValue();
      Paper paper = cache.paper(((Number) columns[1]).longValue());
      long seed = ((Number) columns[2]).longValue();
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < paper.items().size(); i++) {
        if (paper.items().get(i).versionId() == versionId) {
          positions.add(i);
        }
      }
      if (positions.isEmpty()) {
        continue;
      }
      attempts++;
      Map<Integer, String> responses = new HashMap<>();
      Map<Integer, BigDecimal> stored = new HashMap<>();
      readings.answers(attemptId, responses, stored);
      for (int position : positions) {
        PaperItem item = paper.items().get(position);
        BigDecimal points =
            voiding != null
                ? QuestionMark.voided(item.points(), voiding).awarded()
                : KeyCorrection.points(
                    rules, shown, key, item, position, seed, responses.get(position));
        points = points.setScale(POINTS_DECIMALS, RoundingMode.HALF_UP);
        BigDecimal was = stored.get(position);
        boolean hasRow = responses.containsKey(position);
        if (hasRow && (was == null || was.compareTo(points) != 0)) {
          em.createNativeQuery("UPDATE answer SET points = ? WHERE attempt_id = ? AND position = ?")
              .setParameter(1, points)
              .setParameter(2, attemptId)
              .setParameter(3, position)
              .executeUpdate();
          stored.put(position, points);
          answersChanged++;
        }
      }
      updateAutoFigures(attemptId, paper, stored, voids);
    }
    return new Counts(attempts, answersChanged);
  }

  /** The attempt's auto-marked points and maximum, as submit stores them, from the rows. */
  private void updateAutoFigures(
      long attemptId, Paper paper, Map<Integer, BigDecimal> stored, Map<Long, Voiding> voids) {
    List<PaperPoints.Line> lines = new ArrayList<>();
    for (int i = 0; i < paper.items().size(); i++) {
      PaperItem item = paper.items().get(i);
      boolean objective = cache.version(item.versionId()).type() != QuestionType.ESSAY;
      lines.add(
          new PaperPoints.Line(
              item.points(), objective, stored.get(i), voids.get(item.versionId())));
    }
    PaperPoints points = PaperPoints.of(lines);
    if (points.available().signum() <= 0) {
      throw new MarkingProblem("regrade.nothingLeft");
    }
    em.createNativeQuery(
            "UPDATE attempt SET auto_points = ?, auto_max = ?, row_version = row_version + 1"
                + " WHERE id = ?")
        .setParameter(1, points.objectiveRaw().setScale(POINTS_DECIMALS, RoundingMode.HALF_UP))
        .setParameter(
            2, points.objectiveAvailable().setScale(POINTS_DECIMALS, RoundingMode.HALF_UP))
        .setParameter(3, attemptId)
        .executeUpdate();
  }
}
