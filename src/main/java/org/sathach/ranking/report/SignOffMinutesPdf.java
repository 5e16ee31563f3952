package org.sathach.ranking.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sathach.platform.PdfFonts;
import org.sathach.ranking.SignOff;

/**
 * Renders {@link SignOffMinutes} as the committee's minutes (biên bản) of the sign-off on a post's
 * shortlist, A4 portrait: the shortlist with totals, each member's vote with comment and time, the
 * recusals, the count against the quorum and the outcome, the frozen shortlist's hash, the
 * reopenings, and signature lines for the secretary and the chair.
 */
public final class SignOffMinutesPdf {
  private static final float SIZE = 9.5f;

  private SignOffMinutesPdf() {}

  public static byte[] write(SignOffMinutes m, Locale locale, ZoneId zone) {
    Objects.requireNonNull(m, "minutes");
    Objects.requireNonNull(zone, "zone");
    var text = new ReportText(locale);
    var out = new ByteArrayOutputStream();
    var margin = PdfLayout.MARGIN;
    var document = new Document(PageSize.A4, margin, margin, margin, margin);
    PdfWriter.getInstance(document, out);
    PdfLayout.describe(document, text.text("minutes.title") + " – " + m.postTitle());
    document.setFooter(PdfLayout.footer(text));
    document.open();
    document.add(PdfLayout.nationalHeader(m.organiser(), text));
    document.add(PdfLayout.title(text.text("minutes.title")));
    document.add(
        PdfLayout.details(
            List.of(
                new String[] {text.text("ranking.round"), m.roundName()},
                new String[] {text.text("ranking.post"), m.postTitle()}),
            SIZE));
    document.add(PdfLayout.heading(text.text("minutes.shortlist")));
    if (m.shortlist().isEmpty()) {
      document.add(PdfLayout.line(text.text("minutes.shortlistEmpty"), SIZE));
    } else {
      document.add(shortlist(m.shortlist(), text));
    }
    document.add(PdfLayout.heading(text.text("minutes.votes")));
    if (m.votes().isEmpty()) {
      document.add(PdfLayout.line(text.text("minutes.noVotes"), SIZE));
    } else {
      document.add(votes(m.votes(), text, zone));
    }
    document.add(PdfLayout.heading(text.text("minutes.recusals")));
    if (m.recusals().isEmpty()) {
      document.add(PdfLayout.line(text.text("minutes.none"), SIZE));
    }
    for (var recusal : m.recusals()) {
      var note = recusal.note() == null ? "" : recusal.note();
      document.add(
          PdfLayout.line(
              "– "
                  + text.text(
                      "minutes.recusal", recusal.memberName(), recusal.candidateNumber(), note),
              SIZE));
    }
    document.add(PdfLayout.heading(text.text("minutes.count")));
    var silent = Math.max(0, m.voters() - m.approvals() - m.objections());
    document.add(
        PdfLayout.line(
            text.text(
                "minutes.tally", m.voters(), m.needed(), m.approvals(), m.objections(), silent),
            SIZE));
    var finalizedAt = text.time(m.finalizedAt(), zone);
    document.add(
        PdfLayout.line(text.text("minutes.outcome." + m.status().name(), finalizedAt), SIZE));
    if (m.status() == SignOff.Status.FINAL && m.snapshotHash() != null) {
      document.add(PdfLayout.line(text.text("minutes.snapshotHash", m.snapshotHash()), 8));
    }
    document.add(PdfLayout.heading(text.text("minutes.reopenings")));
    if (m.reopenings().isEmpty()) {
      document.add(PdfLayout.line(text.text("minutes.none"), SIZE));
    }
    for (var reopening : m.reopenings()) {
      var at = text.time(reopening.at(), zone);
      document.add(
          PdfLayout.line(
              "– " + text.text("minutes.reopening", reopening.byName(), at, reopening.reason()),
              SIZE));
    }
    document.add(
        PdfLayout.signatures(
            null,
            List.of(
                new String[] {text.text("minutes.secretary"), ""},
                new String[] {text.text("minutes.chair"), ""}),
            2,
            text));
    document.close();
    return out.toByteArray();
  }

  private static PdfPTable shortlist(List<RankingReport.Line> lines, ReportText text) {
    var table = new PdfPTable(new float[] {10, 18, 36, 14, 22});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (var key : List.of("col.rank", "col.candidateNumber", "col.fullName", "col.total")) {
      table.addCell(PdfLayout.headerCell(text.text(key), SIZE));
    }
    table.addCell(PdfLayout.headerCell(text.text("col.placement"), SIZE));
    var font = PdfFonts.regular(SIZE);
    for (var line : lines) {
      var rank = line.rank() == null ? "" : line.rank().toString();
      table.addCell(PdfLayout.cell(rank, font, Element.ALIGN_CENTER));
      table.addCell(PdfLayout.cell(line.candidateNumber(), font, Element.ALIGN_CENTER));
      table.addCell(PdfLayout.cell(line.fullName(), font, Element.ALIGN_LEFT));
      table.addCell(PdfLayout.cell(text.totalCell(line.total()), font, Element.ALIGN_RIGHT));
      table.addCell(PdfLayout.cell(text.placement(line.placement()), font, Element.ALIGN_CENTER));
    }
    return table;
  }

  private static PdfPTable votes(
      List<SignOffMinutes.VoteLine> votes, ReportText text, ZoneId zone) {
    var table = new PdfPTable(new float[] {26, 18, 36, 20});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (var key : List.of("minutes.member", "minutes.stance", "minutes.comment", "minutes.at")) {
      table.addCell(PdfLayout.headerCell(text.text(key), SIZE));
    }
    var font = PdfFonts.regular(SIZE);
    for (var vote : votes) {
      table.addCell(PdfLayout.cell(vote.memberName(), font, Element.ALIGN_LEFT));
      table.addCell(
          PdfLayout.cell(text.text("stance." + vote.stance().name()), font, Element.ALIGN_CENTER));
      table.addCell(PdfLayout.cell(vote.comment(), font, Element.ALIGN_LEFT));
      table.addCell(PdfLayout.cell(text.time(vote.at(), zone), font, Element.ALIGN_CENTER));
    }
    return table;
  }
}
