package org.sathach.ranking.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sathach.platform.PdfFonts;

/**
 * Renders a {@link RankingReport} as the committee's ranking on A4 landscape: national header,
 * title, the round and the post, the criteria it was judged by, one row per candidate (rank,
 * candidate number, name, a mark per part, weighted total, pass or fail, place on the shortlist and
 * notes), and a signature block for every committee member.
 *
 * <p>A {@link RankingReport.Status#PROVISIONAL} ranking carries a red "DỰ THẢO" / "DRAFT" under the
 * title and across every page, so a printed draft cannot pass for the final list. Marks print with
 * 2 decimals in the locale's convention; a part not marked yet prints "—", a void part as void.
 */
public final class RankingPdf {
  private static final float TABLE_SIZE = 8.5f;
  private static final Color DRAFT_RED = new Color(0xC6, 0x28, 0x28);
  private static final float RANK = 34;
  private static final float NUMBER = 58;
  private static final float NAME = 118;
  private static final float MARK = 56;
  private static final float RESULT = 52;
  private static final float PLACEMENT = 92;

  private RankingPdf() {}

  public static byte[] write(RankingReport r, Locale locale, ZoneId zone) {
    Objects.requireNonNull(r, "report");
    Objects.requireNonNull(zone, "zone");
    var text = new ReportText(locale);
    var out = new ByteArrayOutputStream();
    var page = PageSize.A4.rotate();
    var m = PdfLayout.MARGIN;
    var document = new Document(page, m, m, m, m);
    var writer = PdfWriter.getInstance(document, out);
    var draft = r.status() == RankingReport.Status.PROVISIONAL;
    if (draft) {
      writer.setPageEvent(new DraftMark(text.text("status.draftMark")));
    }
    PdfLayout.describe(document, text.text("ranking.title") + " – " + r.postTitle());
    document.setFooter(PdfLayout.footer(text));
    document.open();
    document.add(PdfLayout.nationalHeader(r.organiser(), text));
    document.add(PdfLayout.title(text.text("ranking.title")));
    if (draft) {
      var red = PdfFonts.bold(16);
      red.setColor(DRAFT_RED);
      var mark = new Paragraph(text.text("status.draftMark"), red);
      mark.setAlignment(Element.ALIGN_CENTER);
      document.add(mark);
    }
    document.add(PdfLayout.details(text.rankingDetails(r, zone), 9.5f));
    criteria(document, r, text);
    var table = table(r, text, page.getWidth() - 2 * m);
    table.setSpacingBefore(8);
    document.add(table);
    var signers = r.signatories().stream().map(name -> new String[] {"", name}).toList();
    document.add(PdfLayout.signatures(text.text("signatures.title"), signers, 4, text));
    document.close();
    return out.toByteArray();
  }

  private static void criteria(Document document, RankingReport r, ReportText text) {
    document.add(PdfLayout.heading(text.text("ranking.criteria")));
    for (var line : text.criteria(r)) {
      document.add(PdfLayout.line("– " + line, 9));
    }
  }

  /** The header row repeats on every page, so page 2 still names its columns. */
  private static PdfPTable table(RankingReport r, ReportText text, float width) {
    var widths = new ArrayList<Float>(List.of(RANK, NUMBER, NAME));
    r.parts().forEach(p -> widths.add(MARK));
    widths.addAll(List.of(MARK, RESULT, PLACEMENT));
    var used = widths.stream().reduce(0f, Float::sum);
    widths.add(Math.max(90, width - used));
    var array = new float[widths.size()];
    for (var i = 0; i < array.length; i++) {
      array[i] = widths.get(i);
    }
    var table = new PdfPTable(array);
    table.setWidthPercentage(100);
    table.setHeaderRows(r.lines().isEmpty() ? 0 : 1);
    text.columns(r.parts()).forEach(c -> table.addCell(PdfLayout.headerCell(c, TABLE_SIZE)));
    var regular = PdfFonts.regular(TABLE_SIZE);
    var bold = PdfFonts.bold(TABLE_SIZE);
    for (var line : r.lines()) {
      var rank = line.rank() == null ? "" : line.rank().toString();
      table.addCell(PdfLayout.cell(rank, bold, Element.ALIGN_CENTER));
      table.addCell(PdfLayout.cell(line.candidateNumber(), regular, Element.ALIGN_CENTER));
      table.addCell(PdfLayout.cell(line.fullName(), regular, Element.ALIGN_LEFT));
      for (var part : r.parts()) {
        table.addCell(
            PdfLayout.cell(text.markCell(line, part.kind()), regular, Element.ALIGN_RIGHT));
      }
      table.addCell(PdfLayout.cell(text.totalCell(line.total()), bold, Element.ALIGN_RIGHT));
      table.addCell(PdfLayout.cell(text.result(line.passed()), regular, Element.ALIGN_CENTER));
      table.addCell(
          PdfLayout.cell(text.placement(line.placement()), regular, Element.ALIGN_CENTER));
      table.addCell(
          PdfLayout.cell(String.join("\n", text.notes(line)), regular, Element.ALIGN_LEFT));
    }
    return table;
  }

  /** The draft mark across each page, light enough to read the table through it. */
  private static final class DraftMark extends PdfPageEventHelper {
    private final String mark;

    DraftMark(String mark) {
      this.mark = mark;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      var canvas = writer.getDirectContentUnder();
      canvas.saveState();
      var state = new PdfGState();
      state.setFillOpacity(0.15f);
      canvas.setGState(state);
      var font = PdfFonts.bold(110);
      font.setColor(DRAFT_RED);
      var size = document.getPageSize();
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_CENTER,
          new Phrase(mark, font),
          size.getWidth() / 2,
          size.getHeight() / 2,
          25);
      canvas.restoreState();
    }
  }
}
