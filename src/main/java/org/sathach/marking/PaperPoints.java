package org.sathach.marking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.sathach.marking.QuestionMark.Voiding;

/**
 * The points of one submitted paper as they stand, from the stored points of its objective answers
 * and the part's voided questions: what the part's mark and the attempt's auto-marked figures are
 * made of. A question voided and counted as right earns its full points whatever was stored (even
 * with no answer row); one voided and removed counts in neither the points nor any maximum. The
 * objective points are floored at 0, as at submit: negative marking never takes more than the part
 * earned.
 *
 * @param objectiveRaw the objective points, floored at 0
 * @param objectiveAvailable the points of the objective questions that still count
 * @param available the points of every question that still counts, essays included
 */
public record PaperPoints(
    BigDecimal objectiveRaw, BigDecimal objectiveAvailable, BigDecimal available) {

  /**
   * One question of the paper.
   *
   * @param points what the question is worth on this paper
   * @param objective computer-marked (not an essay)
   * @param stored the stored points of its answer, {@code null} when there is none
   * @param voiding how the question is voided in the part, {@code null} when it is not
   */
  public record Line(BigDecimal points, boolean objective, BigDecimal stored, Voiding voiding) {
    public Line {
      Objects.requireNonNull(points, "points");
    }
  }

  public static PaperPoints of(List<Line> lines) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal objectiveAvailable = BigDecimal.ZERO;
    BigDecimal available = BigDecimal.ZERO;
    for (Line line : lines) {
      if (line.voiding() == Voiding.REMOVE) {
        continue;
      }
      available = available.add(line.points());
      if (line.objective()) {
        objectiveAvailable = objectiveAvailable.add(line.points());
        if (line.voiding() == Voiding.COUNT_AS_RIGHT) {
          sum = sum.add(line.points());
        } else if (line.stored() != null) {
          sum = sum.add(line.stored());
        }
      }
    }
    return new PaperPoints(sum.signum() < 0 ? BigDecimal.ZERO : sum, objectiveAvailable, available);
  }
}
