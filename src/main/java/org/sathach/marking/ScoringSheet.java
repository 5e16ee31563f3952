package org.sathach.marking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One board member's scoring sheet (phiếu chấm) for one candidate's presentation: a score for each
 * of the round's criteria, by criterion name.
 */
public record ScoringSheet(String member, Map<String, BigDecimal> scores) {
  public ScoringSheet {
    if (member == null || member.isBlank()) {
      throw new IllegalArgumentException("a scoring sheet names its board member");
    }
    scores = Map.copyOf(scores);
  }

  /**
   * The sheet's total, the exact sum of its scores, after checking that it scores every criterion,
   * and nothing else, between 0 and the criterion's maximum.
   */
  public BigDecimal total(List<PresentationCriterion> criteria) {
    BigDecimal total = BigDecimal.ZERO;
    for (PresentationCriterion c : criteria) {
      BigDecimal score = scores.get(c.name());
      if (score == null) {
        throw new IllegalArgumentException(member + "'s sheet does not score " + c.name());
      }
      if (score.signum() < 0 || score.compareTo(c.maxPoints()) > 0) {
        throw new IllegalArgumentException(
            member + " scored " + c.name() + " " + score + ", outside 0 to " + c.maxPoints());
      }
      total = total.add(score);
    }
    if (scores.size() != criteria.size()) {
      throw new IllegalArgumentException(member + "'s sheet scores criteria the round lacks");
    }
    return total;
  }

  /** The most a sheet can total: the sum of the criteria's maxima. */
  public static BigDecimal maxTotal(List<PresentationCriterion> criteria) {
    return criteria.stream()
        .map(PresentationCriterion::maxPoints)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
