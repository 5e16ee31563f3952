package org.sathach.ranking.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.sathach.exam.PartKind;
import org.sathach.ranking.FailReason;
import org.sathach.ranking.TieBreak;

/**
 * The words and numbers of the reports in one language, from {@code
 * org/sathach/ranking/report/report*.properties}: every generator prints a mark, a reason or a
 * tie-break step through here, so the PDF, the workbook and the charts say the same thing the same
 * way. Marks have 2 decimals, half up, with the locale's decimal separator ("87,25" in Vietnamese,
 * "87.25" in English); a locale without its own bundle gets the English texts.
 */
final class ReportText {
  private static final String BUNDLE = "org.sathach.ranking.report.report";

  private final ResourceBundle bundle;
  private final Locale locale;
  private final DecimalFormat marks;
  private final DecimalFormat weights;

  ReportText(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    var symbols = DecimalFormatSymbols.getInstance(locale);
    this.marks = new DecimalFormat("0.00", symbols);
    this.marks.setRoundingMode(RoundingMode.HALF_UP);
    this.weights = new DecimalFormat("0.##", symbols);
    this.weights.setRoundingMode(RoundingMode.HALF_UP);
  }

  Locale locale() {
    return locale;
  }

  /** The text of {@code key} with its {n} placeholders filled in. */
  String text(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /** A mark or total: "87,25" / "87.25". */
  String mark(BigDecimal mark) {
    return marks.format(mark);
  }

  /** A weight without needless decimals: "2", "1,5". */
  String weight(BigDecimal weight) {
    return weights.format(weight);
  }

  String time(Instant at, ZoneId zone) {
    if (at == null) {
      return "";
    }
    var pattern = DateTimeFormatter.ofPattern(bundle.getString("format.dateTime"), locale);
    // The offset makes the time unambiguous wherever the paper is read.
    var offset = DateTimeFormatter.ofPattern("xxx", locale);
    var local = at.atZone(zone);
    return pattern.format(local) + " (GMT" + offset.format(local) + ")";
  }

  String part(PartKind kind) {
    return text("part." + kind.name());
  }

  String shortPart(PartKind kind) {
    return text("part.short." + kind.name());
  }

  String tieBreak(TieBreak step) {
    return text("tieBreak." + step.name());
  }

  /** The chain in words: "1. điểm Chuyên môn nghiệp vụ cao hơn; 2. …". */
  String tieBreaks(List<TieBreak> chain) {
    if (chain.isEmpty()) {
      return text("ranking.noTieBreak");
    }
    var steps = new ArrayList<String>();
    for (var i = 0; i < chain.size(); i++) {
      steps.add((i + 1) + ". " + tieBreak(chain.get(i)));
    }
    return String.join("; ", steps);
  }

  /** "Chuyên môn: 42,50 < 50,00", "Thuyết trình: chưa có điểm". */
  String failReason(FailReason reason) {
    var part = shortPart(reason.part());
    var key = "fail." + reason.kind().name();
    if (reason.kind() == FailReason.Kind.BELOW_PASS_MARK) {
      return text(key, part, mark(reason.mark()), mark(reason.passMark()));
    }
    return text(key, part);
  }

  String placement(RankingReport.Placement placement) {
    return text("placement." + placement.name());
  }

  String result(boolean passed) {
    return text(passed ? "result.passed" : "result.failed");
  }

  /** A part's cell: the mark, "Bị hủy" when void, "—" when not marked yet. */
  String markCell(RankingReport.Line line, PartKind kind) {
    if (line.voided().contains(kind)) {
      return text("mark.void");
    }
    var mark = line.marks().get(kind);
    return mark == null ? text("mark.notMarked") : mark(mark);
  }

  String totalCell(BigDecimal total) {
    return total == null ? text("mark.notMarked") : mark(total);
  }

  /** The notes of a line, one per element: how a tie was decided, then why a candidate failed. */
  List<String> notes(RankingReport.Line line) {
    var notes = new ArrayList<String>();
    if (line.decidedBy() != null) {
      notes.add(text("note.decidedBy", tieBreak(line.decidedBy())));
    }
    if (line.committeeReason() != null && !line.committeeReason().isBlank()) {
      notes.add(text("note.committeeReason", line.committeeReason()));
    }
    if (line.unbrokenTie()) {
      notes.add(text("note.unbrokenTie"));
    }
    line.reasons().forEach(reason -> notes.add(failReason(reason)));
    return notes;
  }

  /**
   * The lines under the title of the ranking, the same in the PDF and the workbook: round, post,
   * places, status, time, and, once final, the frozen shortlist's hash.
   */
  List<String[]> rankingDetails(RankingReport r, ZoneId zone) {
    var details = new ArrayList<String[]>();
    details.add(new String[] {text("ranking.round"), r.roundName()});
    var post = r.postUnit() == null ? r.postTitle() : r.postTitle() + " – " + r.postUnit();
    details.add(new String[] {text("ranking.post"), post});
    details.add(
        new String[] {
          text("ranking.shortlist"), text("ranking.places", r.vacancies(), r.reserve())
        });
    details.add(new String[] {text("ranking.status"), text("status." + r.status().name())});
    details.add(new String[] {text("ranking.generatedAt"), time(r.generatedAt(), zone)});
    if (r.snapshotHash() != null) {
      details.add(new String[] {text("ranking.snapshotHash"), r.snapshotHash()});
    }
    return details;
  }

  /** The criteria: each part's pass mark and weight, the pass rule, the tie-break chain. */
  List<String> criteria(RankingReport r) {
    var criteria = new ArrayList<String>();
    for (var part : r.parts()) {
      criteria.add(
          text(
              "ranking.partRule", part(part.kind()), mark(part.passMark()), weight(part.weight())));
    }
    criteria.add(text("ranking.passRule"));
    criteria.add(text("ranking.tieBreaks") + ": " + tieBreaks(r.tieBreaks()));
    return criteria;
  }

  /** The table's column headers: rank, number, name, one per part, total, result, list, notes. */
  List<String> columns(List<RankingReport.PartColumn> parts) {
    var columns = new ArrayList<String>();
    columns.add(text("col.rank"));
    columns.add(text("col.candidateNumber"));
    columns.add(text("col.fullName"));
    parts.forEach(p -> columns.add(shortPart(p.kind())));
    columns.add(text("col.total"));
    columns.add(text("col.result"));
    columns.add(text("col.placement"));
    columns.add(text("col.notes"));
    return columns;
  }
}
