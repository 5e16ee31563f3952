package org.sathach.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sathach.ranking.RankingFixtures.POST;
import static org.sathach.ranking.RankingFixtures.marks;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sathach.exam.PartKind;

class PostRulesTest {

  @Test
  void theTotalIsTheWeightedMeanOfThePartMarks() {
    // (70 + 80 + 2 × 90) / (1 + 1 + 2) = 330 / 4 = 82.50.
    Standing standing = POST.judge(marks("TS-01", "70", "80", "90"));
    assertThat(standing.total()).isEqualByComparingTo("82.50");
    assertThat(standing.passed()).isTrue();
  }

  @Test
  void theTotalIsRoundedHalfUpToTwoDecimals() {
    // Equal weights: (70.33 + 80.00 + 65.00) / 3 = 215.33 / 3 = 71.776… → 71.78.
    PostRules equal =
        PostRules.of(
            List.of(
                PartRule.of(PartKind.THEORY),
                PartRule.of(PartKind.PROFESSIONAL),
                PartRule.of(PartKind.PRESENTATION)));
    assertThat(equal.judge(marks("TS-01", "70.33", "80.00", "65.00")).total())
        .isEqualByComparingTo("71.78");
  }

  @Test
  void aFractionalWeightKeepsTheScaleAtAHundred() {
    // Professional ×1.5: (61 + 1.5 × 70 + 80) / 3.5 = 246 / 3.5 = 70.2857… → 70.29.
    PostRules rules =
        PostRules.of(
            List.of(
                PartRule.of(PartKind.THEORY),
                new PartRule(
                    PartKind.PROFESSIONAL, PartRule.DEFAULT_PASS_MARK, new BigDecimal("1.5")),
                PartRule.of(PartKind.PRESENTATION)));
    assertThat(rules.judge(marks("TS-01", "61", "70", "80")).total()).isEqualByComparingTo("70.29");
  }

  @Test
  void exactlyThePassMarkPasses() {
    assertThat(POST.judge(marks("TS-01", "50.00", "50", "50")).passed()).isTrue();
  }

  @Test
  void onePartBelowItsPassMarkFailsWhateverTheTotal() {
    // Total (49.99 + 100 + 200) / 4 = 87.4975 → 87.50, yet the theory fails.
    Standing standing = POST.judge(marks("TS-01", "49.99", "100", "100"));
    assertThat(standing.passed()).isFalse();
    assertThat(standing.total()).isEqualByComparingTo("87.50");
    assertThat(standing.reasons())
        .containsExactly(
            new FailReason(
                PartKind.THEORY,
                FailReason.Kind.BELOW_PASS_MARK,
                new BigDecimal("49.99"),
                PartRule.DEFAULT_PASS_MARK));
  }

  @Test
  void aVoidOrMissingPartFailsAndLeavesNoTotal() {
    Standing suspended = POST.judge(marks("TS-01", "90", "void", "90"));
    assertThat(suspended.passed()).isFalse();
    assertThat(suspended.total()).isNull();
    assertThat(suspended.reasons())
        .extracting(FailReason::kind)
        .containsExactly(FailReason.Kind.VOID);
    Standing absent = POST.judge(marks("TS-02", "90", "90", null));
    assertThat(absent.reasons())
        .extracting(FailReason::part, FailReason::kind)
        .containsExactly(tuple(PartKind.PRESENTATION, FailReason.Kind.NOT_MARKED));
    assertThat(absent.total()).isNull();
  }

  @Test
  void aPartMayHaveItsOwnPassMark() {
    PostRules rules =
        PostRules.of(
            List.of(
                PartRule.of(PartKind.THEORY),
                new PartRule(PartKind.PROFESSIONAL, new BigDecimal("60"), BigDecimal.ONE)));
    assertThat(rules.judge(marks("TS-01", "55", "59.99", null)).passed()).isFalse();
    assertThat(rules.judge(marks("TS-01", "55", "60", null)).passed()).isTrue();
  }

  @Test
  void aChainThatCannotWorkIsRefused() {
    List<PartRule> parts =
        List.of(PartRule.of(PartKind.THEORY), PartRule.of(PartKind.PROFESSIONAL));
    assertThatThrownBy(
            () -> new PostRules(parts, List.of(TieBreak.COMMITTEE, TieBreak.HIGHER_THEORY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("last");
    assertThatThrownBy(() -> new PostRules(parts, List.of(TieBreak.HIGHER_PRESENTATION)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new PostRules(parts, List.of(TieBreak.HIGHER_THEORY, TieBreak.HIGHER_THEORY)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> PostRules.of(List.of(PartRule.of(PartKind.THEORY), PartRule.of(PartKind.THEORY))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
