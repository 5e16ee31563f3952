package org.sathach.marking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How well the first and second markers of one essay question agreed, over the scripts both have
 * marked: the share of scripts within the threshold, and Cohen's kappa with quadratic weights.
 *
 * <p>Quadratic-weighted kappa is chosen over ICC(2,1) because it is the figure essay-marking
 * studies report and, with quadratic weights, it is known to equal an intraclass correlation
 * (Fleiss and Cohen, 1973). With equally spaced marks (any step: 1, 0.5 or 0.25 points) it needs no
 * table of categories: for N scripts with marks a<sub>s</sub> and b<sub>s</sub>,
 *
 * <pre>
 *   κ = 1 − N · Σ_s (a_s − b_s)² / Σ_s Σ_t (a_s − b_t)²
 *   where Σ_s Σ_t (a_s − b_t)² = N·Σa² + N·Σb² − 2·Σa·Σb
 * </pre>
 *
 * the observed squared disagreement over the squared disagreement expected if the two markers'
 * marks were paired at random. The weights are the squared differences of the marks themselves, as
 * on the whole scale from 0 to the maximum; a tool that weights by the rank of the marks that
 * happened to occur gives another figure when some marks of the scale went unused. 1 is perfect
 * agreement, 0 no better than chance, below 0 worse. Computed exactly and rounded to 4 decimals
 * half up; it is undefined ({@code null}) when every mark of both markers is the same. The share
 * within threshold is a percentage, 2 decimals.
 */
public record MarkerAgreement(
    int scripts, int withinThreshold, BigDecimal sharePercent, BigDecimal kappa) {

  /** One script's two marks. */
  public record MarkPair(BigDecimal first, BigDecimal second) {
    public MarkPair {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }
  }

  public static MarkerAgreement of(DoubleMarking rule, List<MarkPair> pairs) {
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("agreement needs at least one double-marked script");
    }
    int within = 0;
    BigDecimal sumA = BigDecimal.ZERO;
    BigDecimal sumB = BigDecimal.ZERO;
    BigDecimal sumA2 = BigDecimal.ZERO;
    BigDecimal sumB2 = BigDecimal.ZERO;
    BigDecimal observed = BigDecimal.ZERO;
    for (MarkPair p : pairs) {
      within += rule.agree(p.first(), p.second()) ? 1 : 0;
      sumA = sumA.add(p.first());
      sumB = sumB.add(p.second());
      sumA2 = sumA2.add(p.first().pow(2));
      sumB2 = sumB2.add(p.second().pow(2));
      observed = observed.add(p.first().subtract(p.second()).pow(2));
    }
    BigDecimal n = BigDecimal.valueOf(pairs.size());
    BigDecimal expected =
        n.multiply(sumA2)
            .add(n.multiply(sumB2))
            .subtract(BigDecimal.valueOf(2).multiply(sumA).multiply(sumB));
    // (expected − N · observed) / expected: one division, so the kappa is rounded once.
    BigDecimal kappa =
        expected.signum() == 0
            ? null
            : expected.subtract(n.multiply(observed)).divide(expected, 4, MarkScale.ROUNDING);
    BigDecimal share = MarkScale.scaled(BigDecimal.valueOf(within), n);
    return new MarkerAgreement(pairs.size(), within, share, kappa);
  }
}
