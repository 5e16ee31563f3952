package org.sathach.marking;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks a presentation part's setup and a board member's sheet must pass before anything is
 * stored. The criteria's maxima total exactly {@link MarkScale#MAX} so that a sheet's total reads
 * as a mark on 100; the board has {@value #MIN_MEMBERS} to {@value #MAX_MEMBERS} members (5 or 7 is
 * the norm) so that a trimmed mean always keeps at least one sheet; every figure has at most
 * {@value MarkScale#SCALE} decimals, the precision of the columns and of published marks.
 */
public final class PresentationRules {
  public static final int MIN_MEMBERS = 3;
  public static final int MAX_MEMBERS = 9;
  public static final int MAX_CRITERIA = 20;
  static final int MAX_NAME = 300;

  private PresentationRules() {}

  /** A criterion from an editor's row (1-based for the message), refused when incomplete. */
  public static PresentationCriterion criterion(String name, BigDecimal maxPoints, int row) {
    if (name == null || name.isBlank() || maxPoints == null || maxPoints.signum() <= 0) {
      throw new MarkingProblem("presentation.criteria.incomplete", row);
    }
    return new PresentationCriterion(name.strip(), maxPoints);
  }

  /** Refuses criteria that are empty, too many, named twice, too precise or not totalling 100. */
  public static void checkCriteria(List<PresentationCriterion> criteria) {
    if (criteria.isEmpty()) {
      throw new MarkingProblem("presentation.criteria.empty");
    }
    if (criteria.size() > MAX_CRITERIA) {
      throw new MarkingProblem("presentation.criteria.tooMany", MAX_CRITERIA);
    }
    Set<String> names = new HashSet<>();
    for (PresentationCriterion c : criteria) {
      if (c.name().length() > MAX_NAME) {
        throw new MarkingProblem("presentation.criteria.nameTooLong", MAX_NAME);
      }
      if (!names.add(c.name().strip().toLowerCase(Locale.ROOT))) {
        throw new MarkingProblem("presentation.criteria.duplicate", c.name());
      }
      if (!hasAtMostTwoDecimals(c.maxPoints())) {
        throw new MarkingProblem("presentation.criteria.decimals", c.name());
      }
    }
    BigDecimal total = ScoringSheet.maxTotal(criteria);
    if (total.compareTo(MarkScale.MAX) != 0) {
      throw new MarkingProblem("presentation.criteria.total", total.toPlainString());
    }
  }

  public static void checkBoardSize(int members) {
    if (members < MIN_MEMBERS || members > MAX_MEMBERS) {
      throw new MarkingProblem("presentation.board.size", MIN_MEMBERS, MAX_MEMBERS);
    }
  }

  /**
   * Refuses a sheet that misses a criterion, scores one the part lacks, or gives a score below 0,
   * above the criterion's maximum or with more than 2 decimals.
   */
  public static void checkScores(
      Map<Long, PresentationCriterion> criteria, Map<Long, BigDecimal> scores) {
    if (criteria.isEmpty()) {
      throw new MarkingProblem("presentation.sheet.noCriteria");
    }
    for (Long id : scores.keySet()) {
      if (!criteria.containsKey(id)) {
        throw new MarkingProblem("presentation.sheet.unknownCriterion");
      }
    }
    for (Map.Entry<Long, PresentationCriterion> entry : criteria.entrySet()) {
      PresentationCriterion c = entry.getValue();
      BigDecimal score = scores.get(entry.getKey());
      if (score == null) {
        throw new MarkingProblem("presentation.sheet.missingScore", c.name());
      }
      if (score.signum() < 0 || score.compareTo(c.maxPoints()) > 0) {
        throw new MarkingProblem(
            "presentation.sheet.outOfRange", c.name(), c.maxPoints().toPlainString());
      }
      if (!hasAtMostTwoDecimals(score)) {
        throw new MarkingProblem("presentation.sheet.decimals", c.name());
      }
    }
  }

  static boolean hasAtMostTwoDecimals(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= MarkScale.SCALE;
  }
}
