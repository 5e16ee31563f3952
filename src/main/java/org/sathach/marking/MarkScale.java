package org.sathach.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The scale and the rounding every mark follows, so that a mark re-computed on paper comes out the
 * same to the last digit.
 *
 * <ul>
 *   <li>A part is marked out of {@link #MAX} = 100 points.
 *   <li>Published marks (a part's mark, an essay's or a board's mark, a weighted total) have {@link
 *       #SCALE} = 2 decimals, rounded half up (0.005 goes up), as Vietnamese exam marking does.
 *   <li>The points of one objective question have {@link #POINTS_SCALE} = 4 decimals, half up, so
 *       that a third or a sixth of a question's points is written out without visible loss; the
 *       part's raw total is the exact sum of those lines.
 *   <li>Each published figure is rounded once, at the end of its own computation, from exact
 *       inputs; a figure built on other published figures (a total from part marks) uses them as
 *       published, so the printed numbers explain each other.
 * </ul>
 */
public final class MarkScale {
  /** Every part is marked out of 100. */
  public static final BigDecimal MAX = BigDecimal.valueOf(100);

  /** Decimals of a published mark. */
  public static final int SCALE = 2;

  /** Decimals of one objective question's points. */
  public static final int POINTS_SCALE = 4;

  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private MarkScale() {}

  /** {@code numerator / denominator} as a published mark: 2 decimals, half up. */
  public static BigDecimal mark(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, SCALE, ROUNDING);
  }

  /** {@code part / whole} on the 100-point scale: {@code part × 100 / whole}, 2 decimals. */
  public static BigDecimal scaled(BigDecimal part, BigDecimal whole) {
    if (whole.signum() <= 0) {
      throw new IllegalArgumentException("nothing to scale against: the maximum is " + whole);
    }
    return mark(part.multiply(MAX), whole);
  }
}
