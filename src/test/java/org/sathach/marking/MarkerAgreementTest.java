package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sathach.marking.MarkerAgreement.MarkPair;

/** Essays worth 10 points, threshold 1. */
class MarkerAgreementTest {
  private static final DoubleMarking TEN = DoubleMarking.of(BigDecimal.TEN);

  private static MarkPair pair(String first, String second) {
    return new MarkPair(new BigDecimal(first), new BigDecimal(second));
  }

  @Test
  void fourScriptsByHand() {
    // a = 6, 8, 4, 9; b = 7, 8, 6, 8; N = 4.
    // Within threshold: differences 1, 0, 2, 1 → 3 of 4 = 75.00 %.
    // Observed Σ(a − b)² = 1 + 0 + 4 + 1 = 6.
    // Σa = 27, Σb = 29, Σa² = 36 + 64 + 16 + 81 = 197, Σb² = 49 + 64 + 36 + 64 = 213.
    // Expected Σ_s Σ_t (a_s − b_t)² = 4·197 + 4·213 − 2·27·29 = 788 + 852 − 1566 = 74.
    // κ = (74 − 4·6) / 74 = 50 / 74 = 0.67567… → 0.6757 (the same as the textbook table of
    // observed and expected counts with weights (i − j)² over the scale 0..10).
    MarkerAgreement agreement =
        MarkerAgreement.of(
            TEN, List.of(pair("6", "7"), pair("8", "8"), pair("4", "6"), pair("9", "8")));
    assertThat(agreement.scripts()).isEqualTo(4);
    assertThat(agreement.withinThreshold()).isEqualTo(3);
    assertThat(agreement.sharePercent()).isEqualByComparingTo("75.00");
    assertThat(agreement.kappa()).isEqualByComparingTo("0.6757");
  }

  @Test
  void identicalMarksAgreePerfectly() {
    MarkerAgreement agreement =
        MarkerAgreement.of(TEN, List.of(pair("5", "5"), pair("7.5", "7.5"), pair("9", "9")));
    assertThat(agreement.kappa()).isEqualByComparingTo("1");
    assertThat(agreement.sharePercent()).isEqualByComparingTo("100.00");
  }

  @Test
  void oppositeMarksDisagreeAsBadlyAsPossible() {
    // a = 1, 3; b = 3, 1. Observed 4 + 4 = 8; Σa = Σb = 4, Σa² = Σb² = 10;
    // expected 2·10 + 2·10 − 2·4·4 = 8; κ = (8 − 2·8) / 8 = −1.
    MarkerAgreement agreement = MarkerAgreement.of(TEN, List.of(pair("1", "3"), pair("3", "1")));
    assertThat(agreement.kappa()).isEqualByComparingTo("-1");
    assertThat(agreement.withinThreshold()).isZero();
  }

  @Test
  void halfPointMarksNeedNoCategories() {
    // a = 6.5, 7; b = 6, 7.5. Observed 0.25 + 0.25 = 0.5; Σa = 13.5, Σb = 13.5,
    // Σa² = 42.25 + 49 = 91.25, Σb² = 36 + 56.25 = 92.25;
    // expected 2·91.25 + 2·92.25 − 2·13.5·13.5 = 182.5 + 184.5 − 364.5 = 2.5;
    // κ = (2.5 − 2·0.5) / 2.5 = 0.6.
    MarkerAgreement agreement =
        MarkerAgreement.of(TEN, List.of(pair("6.5", "6"), pair("7", "7.5")));
    assertThat(agreement.kappa()).isEqualByComparingTo("0.6");
  }

  @Test
  void kappaIsUndefinedWhenEveryMarkIsTheSame() {
    assertThat(MarkerAgreement.of(TEN, List.of(pair("6", "6"), pair("6", "6"))).kappa()).isNull();
  }

  @Test
  void agreementNeedsAScript() {
    assertThatThrownBy(() -> MarkerAgreement.of(TEN, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
