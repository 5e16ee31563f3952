package org.sathach.ranking;

import java.math.BigDecimal;
import java.util.Objects;
import org.sathach.exam.PartKind;

/** A part's pass mark (out of 100, default 50) and its weight in the total (default 1). */
public record PartRule(PartKind kind, BigDecimal passMark, BigDecimal weight) {
  public static final BigDecimal DEFAULT_PASS_MARK = BigDecimal.valueOf(50);

  public PartRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(passMark, "passMark");
    Objects.requireNonNull(weight, "weight");
    if (passMark.signum() < 0 || passMark.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("a pass mark is between 0 and 100: " + passMark);
    }
    if (weight.signum() <= 0) {
      throw new IllegalArgumentException("a part's weight is more than 0: " + weight);
    }
  }

  /** Pass mark 50, weight 1. */
  public static PartRule of(PartKind kind) {
    return new PartRule(kind, DEFAULT_PASS_MARK, BigDecimal.ONE);
  }
}
