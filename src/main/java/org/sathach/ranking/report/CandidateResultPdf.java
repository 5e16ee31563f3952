package org.sathach.ranking.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sathach.platform.PdfFonts;

/**
 * Renders a {@link CandidateResult} as the candidate's result slip (phiếu báo kết quả), A4
 * portrait: who and for which post, a row per part with its pass mark, weight and the candidate's
 * mark, the total, the rank as "3 / 7" among the ranked candidates, pass or fail with the reasons,
 * and the board's signature line.
 */
public final class CandidateResultPdf {
  private static final float SIZE = 10;

  private CandidateResultPdf() {}

  public static byte[] write(CandidateResult c, Locale locale, ZoneId zone) {
    Objects.requireNonNull(c, "result");
    Objects.requireNonNull(zone, "zone");
    var text = new ReportText(locale);
    var out = new ByteArrayOutputStream();
    var margin = PdfLayout.MARGIN;
    var document = new Document(PageSize.A4, margin, margin, margin, margin);
    PdfWriter.getInstance(document, out);
    PdfLayout.describe(document, text.text("slip.title") + " – " + c.candidateNumber());
    document.open();
    document.add(PdfLayout.nationalHeader(c.organiser(), text));
    document.add(PdfLayout.title(text.text("slip.title")));
    var details = new ArrayList<String[]>();
    details.add(new String[] {text.text("ranking.round"), c.roundName()});
    details.add(new String[] {text.text("ranking.post"), c.postTitle()});
    details.add(new String[] {text.text("col.candidateNumber"), c.candidateNumber()});
    details.add(new String[] {text.text("col.fullName"), c.fullName()});
    document.add(PdfLayout.details(details, SIZE));
    document.add(marks(c, text));
    var outcome = new ArrayList<String[]>();
    outcome.add(new String[] {text.text("col.total"), text.totalCell(c.total())});
    var rank =
        c.rank() == null
            ? text.text("slip.notRanked")
            : text.text("slip.rankOf", c.rank().toString(), String.valueOf(c.rankedCount()));
    outcome.add(new String[] {text.text("slip.rank"), rank});
    outcome.add(new String[] {text.text("col.result"), text.result(c.passed())});
    var summary = PdfLayout.details(outcome, SIZE + 1);
    summary.setSpacingBefore(10);
    document.add(summary);
    if (!c.reasons().isEmpty()) {
      document.add(PdfLayout.heading(text.text("slip.reasons")));
      for (var reason : c.reasons()) {
        document.add(PdfLayout.line("– " + text.failReason(reason), SIZE));
      }
    }
    if (c.publishedAt() != null) {
      var published =
          PdfLayout.line(
              text.text("slip.publishedAt") + ": " + text.time(c.publishedAt(), zone), SIZE - 1);
      published.setSpacingBefore(8);
      document.add(published);
    }
    var signer = text.text("slip.signer") + "\n" + text.text("slip.chair");
    var signatures =
        PdfLayout.signatures(null, List.<String[]>of(new String[] {signer, ""}), 1, text);
    // One block on the right half, where the chair signs on a Vietnamese administrative paper.
    signatures.setWidthPercentage(50);
    signatures.setHorizontalAlignment(Element.ALIGN_RIGHT);
    document.add(signatures);
    document.close();
    return out.toByteArray();
  }

  private static PdfPTable marks(CandidateResult c, ReportText text) {
    var table = new PdfPTable(new float[] {46, 18, 14, 22});
    table.setWidthPercentage(100);
    for (var key : List.of("slip.part", "slip.passMark", "slip.weight", "slip.mark")) {
      table.addCell(PdfLayout.headerCell(text.text(key), SIZE));
    }
    var font = PdfFonts.regular(SIZE);
    for (var part : c.parts()) {
      table.addCell(PdfLayout.cell(text.part(part.kind()), font, Element.ALIGN_LEFT));
      table.addCell(PdfLayout.cell(text.mark(part.passMark()), font, Element.ALIGN_RIGHT));
      table.addCell(PdfLayout.cell(text.weight(part.weight()), font, Element.ALIGN_RIGHT));
      String mark;
      if (c.voided().contains(part.kind())) {
        mark = text.text("mark.void");
      } else {
        mark = text.totalCell(c.marks().get(part.kind()));
      }
      table.addCell(PdfLayout.cell(mark, PdfFonts.bold(SIZE), Element.ALIGN_RIGHT));
    }
    return table;
  }
}
