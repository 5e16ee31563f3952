package org.sathach.proctoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * How much of a part's mark each sanction takes away, as a percentage: by default a reprimand 25 %,
 * a warning 50 %, and a suspension voids the result (100 %). A round's regulation may set other
 * figures. Several sanctions in one part do not add up: the heaviest one applies, as a later,
 * heavier sanction replaces an earlier one in the room.
 */
public record SanctionPolicy(int reprimandPercent, int warningPercent) {
  public static final SanctionPolicy DEFAULT = new SanctionPolicy(25, 50);

  public SanctionPolicy {
    if (reprimandPercent < 0
        || reprimandPercent > 100
        || warningPercent < 0
        || warningPercent > 100) {
      throw new IllegalArgumentException("deductions are percentages between 0 and 100");
    }
  }

  /** The percentage a sanction deducts; a suspension deducts everything. */
  public int deductionPercent(Sanction sanction) {
    return switch (Objects.requireNonNull(sanction, "sanction")) {
      case REPRIMAND -> reprimandPercent;
      case WARNING -> warningPercent;
      case SUSPENSION -> 100;
    };
  }

  /**
   * The mark after the heaviest of the sanctions, to two decimals, half up; the mark itself when
   * there is none.
   */
  public BigDecimal apply(BigDecimal mark, Collection<Sanction> sanctions) {
    Objects.requireNonNull(mark, "mark");
    int percent = sanctions.stream().mapToInt(this::deductionPercent).max().orElse(0);
    return mark.multiply(BigDecimal.valueOf(100L - percent))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }
}
