package org.sathach.marking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The rule of blind double marking for one essay question worth {@code max} points.
 *
 * <p>Two examiners mark the answer independently. When their marks differ by <em>no more</em> than
 * the threshold (by default 10 % of the maximum: 1 point on a 10-point question, so 6 and 7 agree,
 * 6 and 7.25 do not), the mark is their mean, to 2 decimals half up. Otherwise a third marker, the
 * head of the marking board, marks the answer and that mark is final: it is neither averaged with
 * the others nor bound to lie between them. A third mark is refused when the first two agree, so
 * that it can never silently change or fail to change a mark.
 */
public record DoubleMarking(BigDecimal max, BigDecimal threshold) {
  /** The default threshold: 10 % of the question's maximum. */
  public static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.10");

  public DoubleMarking {
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(threshold, "threshold");
    if (max.signum() <= 0 || threshold.signum() < 0) {
      throw new IllegalArgumentException("the maximum is positive and the threshold not negative");
    }
  }

  /** Double marking with the default threshold, 10 % of {@code max}. */
  public static DoubleMarking of(BigDecimal max) {
    return new DoubleMarking(max, max.multiply(DEFAULT_SHARE));
  }

  /** Whether two marks differ by no more than the threshold. */
  public boolean agree(BigDecimal first, BigDecimal second) {
    return check(first).subtract(check(second)).abs().compareTo(threshold) <= 0;
  }

  /** The outcome of two marks and the third, which may be {@code null} while not yet in. */
  public EssayMark resolve(BigDecimal first, BigDecimal second, BigDecimal third) {
    if (agree(first, second)) {
      if (third != null) {
        throw new IllegalArgumentException("the two marks agree: no third mark is asked for");
      }
      BigDecimal mean = MarkScale.mark(first.add(second), BigDecimal.valueOf(2));
      return new EssayMark(EssayMark.Outcome.AGREED, mean);
    }
    if (third == null) {
      return new EssayMark(EssayMark.Outcome.NEEDS_THIRD_MARK, null);
    }
    return new EssayMark(
        EssayMark.Outcome.DECIDED_BY_THIRD_MARK,
        check(third).setScale(MarkScale.SCALE, MarkScale.ROUNDING));
  }

  private BigDecimal check(BigDecimal mark) {
    Objects.requireNonNull(mark, "mark");
    if (mark.signum() < 0 || mark.compareTo(max) > 0) {
      throw new IllegalArgumentException("a mark is between 0 and " + max + ": " + mark);
    }
    return mark;
  }
}
