package org.sathach.marking;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import org.sathach.exam.PartKind;
import org.sathach.proctoring.Sanction;
import org.sathach.proctoring.SanctionPolicy;

/**
 * A part's mark after the sanctions of its violation records, with the line that explains it
 * ("80.00 − 25 % (reprimand) = 60.00").
 *
 * <p>The round's {@link SanctionPolicy} sets the deductions (by default a reprimand 25 %, a warning
 * 50 %); only the heaviest sanction of the part applies (the largest deduction; of equal ones the
 * later in the law's order), and the result is rounded to 2 decimals, half up. A suspension voids
 * the part: its mark becomes 0 and the part is marked void, so the candidate is out of the ranking
 * for the post, not merely low in it.
 */
public record SanctionedMark(
    BigDecimal before, Sanction applied, int deductionPercent, PartMark result) {

  public static SanctionedMark of(
      PartKind kind, BigDecimal mark, Collection<Sanction> sanctions, SanctionPolicy policy) {
    Objects.requireNonNull(mark, "mark");
    Sanction heaviest =
        sanctions.stream()
            .max(Comparator.comparingInt(policy::deductionPercent).thenComparing(Sanction::ordinal))
            .orElse(null);
    if (heaviest == null) {
      return new SanctionedMark(mark, null, 0, new PartMark(kind, mark, false));
    }
    BigDecimal after = policy.apply(mark, sanctions);
    boolean voided = heaviest == Sanction.SUSPENSION;
    return new SanctionedMark(
        mark, heaviest, policy.deductionPercent(heaviest), new PartMark(kind, after, voided));
  }
}
