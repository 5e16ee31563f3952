package org.sathach.ranking.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sathach.exam.PartKind;

/**
 * The committee's results charts as Chart.js 4 configurations ({@code type}, {@code data}, {@code
 * options}) in JSON, for the {@code value} attribute of PrimeFaces' {@code <p:chart>}, which takes
 * the configuration as a string. Labels, titles and axis titles are in the page's language; the
 * figures come from {@link ResultStatistics} or the ranking's lines, so the charts show the very
 * numbers of the reports.
 */
public final class ResultCharts {
  private static final Map<PartKind, String> COLOURS =
      Map.of(
          PartKind.THEORY, "#1E88E5",
          PartKind.PROFESSIONAL, "#43A047",
          PartKind.PRESENTATION, "#FB8C00");
  private static final String OVERALL_COLOUR = "#6D4C41";
  private static final String PASSED_COLOUR = "#2E7D32";
  private static final String FAILED_COLOUR = "#C62828";
  private static final int BIN_WIDTH = 10;

  private ResultCharts() {}

  /** A bar chart of the marks in 10-point bins, one dataset per part. */
  public static String distribution(ResultStatistics statistics, Locale locale) {
    var text = new ReportText(locale);
    var labels = Json.createArrayBuilder();
    for (var bin = 0; bin < ResultStatistics.BINS; bin++) {
      var last = bin == ResultStatistics.BINS - 1;
      labels.add(
          text.text(last ? "chart.lastBin" : "chart.bin", bin * BIN_WIDTH, (bin + 1) * BIN_WIDTH));
    }
    var datasets = Json.createArrayBuilder();
    for (var part : statistics.parts()) {
      var data = Json.createArrayBuilder();
      part.bins().forEach(data::add);
      datasets.add(dataset(text.part(part.kind()), data, COLOURS.get(part.kind())));
    }
    var options =
        options(text.text("chart.distribution"))
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add("x", axis(text.text("chart.mark")))
                    .add(
                        "y",
                        axis(text.text("chart.candidates"))
                            .add("beginAtZero", true)
                            .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    return chart(
        "bar", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets), options);
  }

  /** A bar chart of the pass rate (%) of each part and of all parts together. */
  public static String passRates(ResultStatistics statistics, Locale locale) {
    var text = new ReportText(locale);
    var labels = Json.createArrayBuilder();
    var data = Json.createArrayBuilder();
    var colours = Json.createArrayBuilder();
    for (var part : statistics.parts()) {
      labels.add(text.part(part.kind()));
      addRate(data, part.passRate());
      colours.add(COLOURS.get(part.kind()));
    }
    labels.add(text.text("chart.overall"));
    addRate(data, statistics.passRate());
    colours.add(OVERALL_COLOUR);
    var dataset =
        Json.createObjectBuilder()
            .add("label", text.text("chart.passRate"))
            .add("data", data)
            .add("backgroundColor", colours);
    var y =
        axis(text.text("chart.passRate")).add("beginAtZero", true).add("min", 0).add("max", 100);
    var options =
        options(text.text("chart.passRates")).add("scales", Json.createObjectBuilder().add("y", y));
    return chart(
        "bar",
        Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder().add(dataset)),
        options);
  }

  /**
   * A scatter of the candidates who have a mark in both parts (none void), one point per candidate
   * at (mark in {@code x}, mark in {@code y}), passed and failed candidates apart.
   */
  public static String scatter(
      List<RankingReport.Line> lines, PartKind x, PartKind y, Locale locale) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    var text = new ReportText(locale);
    var passed = Json.createArrayBuilder();
    var failed = Json.createArrayBuilder();
    for (var line : lines) {
      var a = line.marks().get(x);
      var b = line.marks().get(y);
      if (a == null || b == null || line.voided().contains(x) || line.voided().contains(y)) {
        continue;
      }
      var point = Json.createObjectBuilder().add("x", a).add("y", b);
      (line.passed() ? passed : failed).add(point);
    }
    var datasets =
        Json.createArrayBuilder()
            .add(dataset(text.result(true), passed, PASSED_COLOUR))
            .add(dataset(text.result(false), failed, FAILED_COLOUR));
    var scales =
        Json.createObjectBuilder()
            .add("x", axis(text.part(x)).add("min", 0).add("max", 100))
            .add("y", axis(text.part(y)).add("min", 0).add("max", 100));
    var options =
        options(text.text("chart.scatter", text.part(x), text.part(y))).add("scales", scales);
    return chart("scatter", Json.createObjectBuilder().add("datasets", datasets), options);
  }

  private static void addRate(JsonArrayBuilder data, BigDecimal rate) {
    if (rate == null) {
      data.addNull();
    } else {
      data.add(rate);
    }
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static JsonObjectBuilder axis(String title) {
    return Json.createObjectBuilder()
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }

  private static JsonObjectBuilder options(String title) {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add(
            "plugins",
            Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title)));
  }

  private static String chart(String type, JsonObjectBuilder data, JsonObjectBuilder options) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", data)
        .add("options", options)
        .build()
        .toString();
  }
}
