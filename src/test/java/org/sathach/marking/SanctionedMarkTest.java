package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sathach.exam.PartKind;
import org.sathach.proctoring.Sanction;
import org.sathach.proctoring.SanctionPolicy;

class SanctionedMarkTest {
  private static final BigDecimal MARK = new BigDecimal("72.50");

  private static SanctionedMark apply(SanctionPolicy policy, Sanction... sanctions) {
    return SanctionedMark.of(PartKind.THEORY, MARK, List.of(sanctions), policy);
  }

  @Test
  void noSanctionLeavesTheMark() {
    SanctionedMark mark = apply(SanctionPolicy.DEFAULT);
    assertThat(mark.result().mark()).isEqualByComparingTo("72.50");
    assertThat(mark.applied()).isNull();
    assertThat(mark.result().voided()).isFalse();
  }

  @Test
  void aReprimandTakesAQuarter() {
    // 72.50 × 75 / 100 = 54.375 → 54.38.
    SanctionedMark mark = apply(SanctionPolicy.DEFAULT, Sanction.REPRIMAND);
    assertThat(mark.result().mark()).isEqualByComparingTo("54.38");
    assertThat(mark.deductionPercent()).isEqualTo(25);
    assertThat(mark.before()).isEqualByComparingTo("72.50");
  }

  @Test
  void aWarningTakesHalf() {
    // 72.50 × 50 / 100 = 36.25.
    assertThat(apply(SanctionPolicy.DEFAULT, Sanction.WARNING).result().mark())
        .isEqualByComparingTo("36.25");
  }

  @Test
  void theHeaviestSanctionAppliesAlone() {
    SanctionedMark mark = apply(SanctionPolicy.DEFAULT, Sanction.REPRIMAND, Sanction.WARNING);
    assertThat(mark.applied()).isEqualTo(Sanction.WARNING);
    assertThat(mark.result().mark()).isEqualByComparingTo("36.25");
  }

  @Test
  void aSuspensionVoidsThePart() {
    SanctionedMark mark = apply(SanctionPolicy.DEFAULT, Sanction.REPRIMAND, Sanction.SUSPENSION);
    assertThat(mark.applied()).isEqualTo(Sanction.SUSPENSION);
    assertThat(mark.result().voided()).isTrue();
    assertThat(mark.result().mark()).isEqualByComparingTo("0");
  }

  @Test
  void aRoundsOwnFiguresAreUsed() {
    // Reprimand 10 %: 72.50 × 90 / 100 = 65.25.
    SanctionedMark mark = apply(new SanctionPolicy(10, 30), Sanction.REPRIMAND);
    assertThat(mark.result().mark()).isEqualByComparingTo("65.25");
    assertThat(mark.deductionPercent()).isEqualTo(10);
  }
}
