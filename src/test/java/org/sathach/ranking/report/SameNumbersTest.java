package org.sathach.ranking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sathach.exam.PartKind.PRESENTATION;
import static org.sathach.exam.PartKind.PROFESSIONAL;
import static org.sathach.exam.PartKind.THEORY;
import static org.sathach.ranking.report.ReportFixtures.HANOI;
import static org.sathach.ranking.report.ReportFixtures.bd;
import static org.sathach.ranking.report.ReportFixtures.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sathach.exam.PartKind;
import org.sathach.ranking.report.RankingReport.Status;

/**
 * Issue 7: the PDF and the Excel workbook show the same numbers. Every candidate's part marks,
 * total and rank, read back from each file, equal the report's lines.
 */
class SameNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en"})
  void thePdfAndTheWorkbookShowTheReportsNumbers(String language) {
    var locale = Locale.forLanguageTag(language);
    var report = report(Status.FINAL);
    var parts = report.parts().stream().map(RankingReport.PartColumn::kind).toList();
    var numbers = report.lines().stream().map(RankingReport.Line::candidateNumber).toList();
    var expected = ReportReading.expected(report);

    var fromPdf =
        ReportReading.pdfFigures(
            ReportReading.pdfText(RankingPdf.write(report, locale, HANOI)), numbers, parts, locale);
    var fromExcel = ReportReading.excelFigures(RankingExcel.write(report, locale, HANOI), parts);

    assertThat(fromPdf).isEqualTo(expected);
    assertThat(fromExcel).isEqualTo(expected);
  }

  /** The comparison above is not vacuous: the report's figures are those worked out by hand. */
  @org.junit.jupiter.api.Test
  void theExpectedFiguresAreTheFixturesByHand() {
    var expected = ReportReading.expected(report(Status.FINAL));

    assertThat(expected).hasSize(6);
    assertThat(expected.get(2))
        .isEqualTo(
            new ReportReading.Row(
                "SBD006",
                3,
                Map.of(THEORY, bd("50.00"), PROFESSIONAL, bd("75.00"), PRESENTATION, bd("72.50")),
                bd("67.50")));
    assertThat(expected.get(5))
        .isEqualTo(
            new ReportReading.Row(
                "SBD005", null, Map.<PartKind, java.math.BigDecimal>of(THEORY, bd("55.00")), null));
    assertThat(expected.stream().map(ReportReading.Row::rank).toList())
        .isEqualTo(java.util.Arrays.asList(1, 2, 3, 4, null, null));
    assertThat(List.of(expected.get(4).total())).containsExactly(bd("61.88"));
  }
}
