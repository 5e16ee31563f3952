package org.sathach.ranking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sathach.exam.PartKind.PRESENTATION;
import static org.sathach.exam.PartKind.PROFESSIONAL;
import static org.sathach.exam.PartKind.THEORY;
import static org.sathach.ranking.report.ReportFixtures.PARTS;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The charts are Chart.js configurations with the statistics' figures and localized labels. */
class ResultChartsTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final ResultStatistics STATISTICS =
      ResultStatistics.of(PARTS, ReportFixtures.lines());

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static List<BigDecimal> numbers(JsonArray array) {
    return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::bigDecimalValue).toList();
  }

  private static String title(JsonObject chart) {
    return chart
        .getJsonObject("options")
        .getJsonObject("plugins")
        .getJsonObject("title")
        .getString("text");
  }

  private static String axisTitle(JsonObject chart, String axis) {
    return chart
        .getJsonObject("options")
        .getJsonObject("scales")
        .getJsonObject(axis)
        .getJsonObject("title")
        .getString("text");
  }

  @Test
  void distributionIsABarChartWithOneDatasetPerPart() {
    var chart = parse(ResultCharts.distribution(STATISTICS, VI));

    assertThat(chart.getString("type")).isEqualTo("bar");
    var data = chart.getJsonObject("data");
    assertThat(strings(data.getJsonArray("labels")))
        .containsExactly(
            "0–<10", "10–<20", "20–<30", "30–<40", "40–<50", "50–<60", "60–<70", "70–<80", "80–<90",
            "90–100");
    var datasets = data.getJsonArray("datasets").getValuesAs(JsonObject.class);
    assertThat(datasets)
        .extracting(d -> d.getString("label"))
        .containsExactly("Lý luận chính trị", "Chuyên môn nghiệp vụ", "Thuyết trình đề án");
    assertThat(numbers(datasets.get(0).getJsonArray("data")))
        .extracting(BigDecimal::intValue)
        .containsExactly(0, 0, 0, 0, 0, 3, 1, 0, 0, 2);
    assertThat(numbers(datasets.get(1).getJsonArray("data")))
        .extracting(BigDecimal::intValue)
        .containsExactly(0, 0, 0, 0, 1, 0, 0, 2, 2, 0);
    assertThat(title(chart)).isEqualTo("Phân bố điểm theo phần thi");
    assertThat(axisTitle(chart, "x")).isEqualTo("Điểm");
    assertThat(axisTitle(chart, "y")).isEqualTo("Số thí sinh");
  }

  @Test
  void passRatesShowEachPartAndAllParts() {
    var chart = parse(ResultCharts.passRates(STATISTICS, VI));

    assertThat(chart.getString("type")).isEqualTo("bar");
    var data = chart.getJsonObject("data");
    assertThat(strings(data.getJsonArray("labels")))
        .containsExactly(
            "Lý luận chính trị",
            "Chuyên môn nghiệp vụ",
            "Thuyết trình đề án",
            "Đạt tất cả các phần");
    var dataset = data.getJsonArray("datasets").getJsonObject(0);
    assertThat(dataset.getString("label")).isEqualTo("Tỉ lệ đạt (%)");
    assertThat(numbers(dataset.getJsonArray("data")))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("100"),
            new BigDecimal("66.67"),
            new BigDecimal("100"),
            new BigDecimal("66.67"));
    assertThat(
            chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max"))
        .isEqualTo(100);
  }

  @Test
  void anUnknownRateIsNullNotZero() {
    var chart = parse(ResultCharts.passRates(ResultStatistics.of(PARTS, List.of()), VI));

    var data =
        chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
    assertThat(data).hasSize(4).containsOnly(JsonValue.NULL);
  }

  @Test
  void scatterPlotsCandidatesWithBothMarksPassedAndFailedApart() {
    var chart = parse(ResultCharts.scatter(ReportFixtures.lines(), THEORY, PROFESSIONAL, VI));

    assertThat(chart.getString("type")).isEqualTo("scatter");
    var datasets =
        chart.getJsonObject("data").getJsonArray("datasets").getValuesAs(JsonObject.class);
    assertThat(datasets).extracting(d -> d.getString("label")).containsExactly("Đạt", "Không đạt");
    // SBD005's professional part is void: no point.
    assertThat(points(datasets.get(0)))
        .containsExactly("90.00,84.50", "100.00,80.00", "50.00,75.00", "50.00,75.00");
    assertThat(points(datasets.get(1))).containsExactly("65.00,42.50");
    assertThat(axisTitle(chart, "x")).isEqualTo("Lý luận chính trị");
    assertThat(axisTitle(chart, "y")).isEqualTo("Chuyên môn nghiệp vụ");
    assertThat(title(chart)).isEqualTo("Tương quan điểm Lý luận chính trị và Chuyên môn nghiệp vụ");
  }

  @Test
  void aPartNotMarkedLeavesTheCandidateOut() {
    var chart = parse(ResultCharts.scatter(ReportFixtures.lines(), THEORY, PRESENTATION, VI));

    var failed = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1);
    assertThat(points(failed)).containsExactly("65.00,70.00");
  }

  @Test
  void labelsFollowTheLocale() {
    var distribution = parse(ResultCharts.distribution(STATISTICS, Locale.ENGLISH));
    var rates = parse(ResultCharts.passRates(STATISTICS, Locale.ENGLISH));
    var scatter =
        parse(ResultCharts.scatter(ReportFixtures.lines(), THEORY, PROFESSIONAL, Locale.ENGLISH));

    assertThat(title(distribution)).isEqualTo("Distribution of marks by part");
    assertThat(axisTitle(distribution, "y")).isEqualTo("Candidates");
    assertThat(strings(rates.getJsonObject("data").getJsonArray("labels")))
        .containsExactly(
            "Political theory", "Professional expertise", "Action-plan presentation", "All parts");
    assertThat(axisTitle(scatter, "x")).isEqualTo("Political theory");
    assertThat(
            scatter
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getString("label"))
        .isEqualTo("Pass");
  }

  private static List<String> points(JsonObject dataset) {
    return dataset.getJsonArray("data").getValuesAs(JsonObject.class).stream()
        .map(
            p ->
                p.getJsonNumber("x").bigDecimalValue()
                    + ","
                    + p.getJsonNumber("y").bigDecimalValue())
        .toList();
  }
}
