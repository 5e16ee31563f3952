package org.sathach.proctoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SanctionPolicyTest {
  private static final BigDecimal MARK = new BigDecimal("80.00");

  @Test
  void theDefaultsAreAQuarterHalfAndAll() {
    SanctionPolicy policy = SanctionPolicy.DEFAULT;
    assertThat(policy.apply(MARK, List.of(Sanction.REPRIMAND))).isEqualByComparingTo("60.00");
    assertThat(policy.apply(MARK, List.of(Sanction.WARNING))).isEqualByComparingTo("40.00");
    assertThat(policy.apply(MARK, List.of(Sanction.SUSPENSION))).isEqualByComparingTo("0");
    assertThat(policy.apply(MARK, List.of())).isEqualByComparingTo("80.00");
  }

  @Test
  void theHeaviestSanctionAppliesAndTheyDoNotAddUp() {
    assertThat(
            SanctionPolicy.DEFAULT.apply(
                MARK, List.of(Sanction.REPRIMAND, Sanction.WARNING, Sanction.REPRIMAND)))
        .isEqualByComparingTo("40.00");
  }

  @Test
  void aRoundMaySetItsOwnFiguresRoundedToTwoDecimals() {
    SanctionPolicy policy = new SanctionPolicy(10, 30);
    assertThat(policy.apply(new BigDecimal("66.67"), List.of(Sanction.REPRIMAND)))
        .isEqualByComparingTo("60.00");
    assertThat(policy.apply(new BigDecimal("66.67"), List.of(Sanction.WARNING)))
        .isEqualByComparingTo("46.67");
    assertThat(policy.deductionPercent(Sanction.SUSPENSION)).isEqualTo(100);
  }

  @Test
  void aDeductionOutsideZeroToAHundredIsRefused() {
    assertThatThrownBy(() -> new SanctionPolicy(-1, 50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SanctionPolicy(25, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlySuspensionEndsTheAttempt() {
    assertThat(Sanction.SUSPENSION.endsAttempt()).isTrue();
    assertThat(Sanction.WARNING.endsAttempt()).isFalse();
    assertThat(Sanction.REPRIMAND.endsAttempt()).isFalse();
  }
}
