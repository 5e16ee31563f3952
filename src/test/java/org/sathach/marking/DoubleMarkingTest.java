package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sathach.marking.EssayMark.Outcome;

/** An essay question worth 10 points: the default threshold is 10 % of 10 = 1 point. */
class DoubleMarkingTest {
  private static final DoubleMarking TEN = DoubleMarking.of(BigDecimal.TEN);

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void theDefaultThresholdIsATenthOfTheMaximum() {
    assertThat(TEN.threshold()).isEqualByComparingTo("1");
    assertThat(DoubleMarking.of(d("20")).threshold()).isEqualByComparingTo("2");
  }

  @Test
  void marksWithinTheThresholdGiveTheirMean() {
    // 6 and 7 differ by 1, not more than 1: (6 + 7) / 2 = 6.50.
    EssayMark mark = TEN.resolve(d("6"), d("7"), null);
    assertThat(mark.outcome()).isEqualTo(Outcome.AGREED);
    assertThat(mark.mark()).isEqualByComparingTo("6.50");
    assertThat(mark.isFinal()).isTrue();
  }

  @Test
  void theMeanIsRoundedHalfUpToTwoDecimals() {
    // (6.25 + 6.5) / 2 = 6.375 → 6.38.
    assertThat(TEN.resolve(d("6.25"), d("6.5"), null).mark()).isEqualByComparingTo("6.38");
  }

  @Test
  void marksFurtherApartThanTheThresholdWaitForAThirdMark() {
    // 6 and 7.25 differ by 1.25 > 1.
    EssayMark mark = TEN.resolve(d("6"), d("7.25"), null);
    assertThat(mark.outcome()).isEqualTo(Outcome.NEEDS_THIRD_MARK);
    assertThat(mark.mark()).isNull();
    assertThat(mark.isFinal()).isFalse();
  }

  @Test
  void theThirdMarkIsFinalEvenOutsideTheFirstTwo() {
    // 4 and 8 disagree; the head of the board gives 8.5, which stands as it is.
    EssayMark mark = TEN.resolve(d("4"), d("8"), d("8.5"));
    assertThat(mark.outcome()).isEqualTo(Outcome.DECIDED_BY_THIRD_MARK);
    assertThat(mark.mark()).isEqualByComparingTo("8.50");
  }

  @Test
  void aThirdMarkIsRefusedWhenTheFirstTwoAgree() {
    assertThatThrownBy(() -> TEN.resolve(d("6"), d("6.5"), d("9")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRoundMaySetItsOwnThreshold() {
    // Threshold 0.5 on 10 points: 6 and 6.75 differ by 0.75 > 0.5.
    DoubleMarking tight = new DoubleMarking(BigDecimal.TEN, d("0.5"));
    assertThat(tight.agree(d("6"), d("6.75"))).isFalse();
    assertThat(tight.agree(d("6"), d("6.5"))).isTrue();
  }

  @Test
  void aMarkOutsideZeroToTheMaximumIsRefused() {
    assertThatThrownBy(() -> TEN.resolve(d("10.5"), d("10"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TEN.resolve(d("-1"), d("0"), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
