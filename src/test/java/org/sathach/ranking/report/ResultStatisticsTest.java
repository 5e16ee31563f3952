package org.sathach.ranking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sathach.exam.PartKind.PRESENTATION;
import static org.sathach.exam.PartKind.PROFESSIONAL;
import static org.sathach.exam.PartKind.THEORY;
import static org.sathach.ranking.report.ReportFixtures.PARTS;
import static org.sathach.ranking.report.ReportFixtures.bd;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statistics of the fixture, by hand. Theory: 90, 100, 50, 50, 65, 55. Professional: 84.50, 80,
 * 75, 75, 42.50 and one void. Presentation: 85.25, 82.50, 72.50, 72.50, 70 and one not marked.
 */
class ResultStatisticsTest {
  private static final ResultStatistics STATISTICS =
      ResultStatistics.of(PARTS, ReportFixtures.lines());

  @Test
  void binsAreTenPointsWideAndTheLastHoldsOneHundred() {
    assertThat(ResultStatistics.bin(bd("0.00"))).isZero();
    assertThat(ResultStatistics.bin(bd("9.99"))).isZero();
    assertThat(ResultStatistics.bin(bd("10.00"))).isEqualTo(1);
    assertThat(ResultStatistics.bin(bd("49.99"))).isEqualTo(4);
    assertThat(ResultStatistics.bin(bd("50.00"))).isEqualTo(5);
    assertThat(ResultStatistics.bin(bd("99.99"))).isEqualTo(9);
    assertThat(ResultStatistics.bin(bd("100.00"))).isEqualTo(9);
  }

  @Test
  void theoryMarksOfFiftyAndOneHundredFallInTheirBinsAndPass() {
    var theory = STATISTICS.parts().get(0);

    assertThat(theory.kind()).isEqualTo(THEORY);
    // 50, 50, 55 in 50–<60; 65 in 60–<70; 90 and 100 in 90–100.
    assertThat(theory.bins()).containsExactly(0, 0, 0, 0, 0, 3, 1, 0, 0, 2);
    assertThat(theory.marked()).isEqualTo(6);
    assertThat(theory.voided()).isZero();
    assertThat(theory.passes()).isEqualTo(6);
    assertThat(theory.passRate()).isEqualByComparingTo("100");
  }

  @Test
  void aVoidPartCountsAsSatAndNotPassed() {
    var professional = STATISTICS.parts().get(1);

    assertThat(professional.kind()).isEqualTo(PROFESSIONAL);
    // 42.50 in 40–<50; 75, 75 in 70–<80; 80, 84.50 in 80–<90.
    assertThat(professional.bins()).containsExactly(0, 0, 0, 0, 1, 0, 0, 2, 2, 0);
    assertThat(professional.marked()).isEqualTo(5);
    assertThat(professional.voided()).isEqualTo(1);
    assertThat(professional.passes()).isEqualTo(4);
    // 4 of 6 = 66.666… → 66.67.
    assertThat(professional.passRate()).isEqualTo(bd("66.67"));
  }

  @Test
  void aPartNotMarkedYetDoesNotCount() {
    var presentation = STATISTICS.parts().get(2);

    assertThat(presentation.kind()).isEqualTo(PRESENTATION);
    assertThat(presentation.bins()).containsExactly(0, 0, 0, 0, 0, 0, 0, 3, 2, 0);
    assertThat(presentation.marked()).isEqualTo(5);
    assertThat(presentation.passes()).isEqualTo(5);
    assertThat(presentation.passRate()).isEqualTo(bd("100.00"));
  }

  @Test
  void overallPassRateCountsThoseWhoPassedEveryPart() {
    assertThat(STATISTICS.candidates()).isEqualTo(6);
    assertThat(STATISTICS.passedAll()).isEqualTo(4);
    assertThat(STATISTICS.passRate()).isEqualTo(bd("66.67"));
  }

  @Test
  void withNoCandidatesTheRatesAreUnknown() {
    var empty = ResultStatistics.of(PARTS, List.of());

    assertThat(empty.passRate()).isNull();
    assertThat(empty.parts()).allSatisfy(p -> assertThat(p.passRate()).isNull());
    assertThat(empty.parts().get(0).bins()).containsOnly(0).hasSize(10);
  }
}
