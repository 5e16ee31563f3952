package org.sathach.ranking.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import org.sathach.platform.PdfFonts;

/**
 * The pieces the report PDFs share, so that the ranking, the minutes and a candidate's slip look
 * like papers of one board: the national header, a centred title, label–value lines, table cells
 * and signature blocks. Every text is set in the embedded DejaVu fonts of {@link PdfFonts}, which
 * have the Vietnamese letters.
 */
final class PdfLayout {
  static final float MARGIN = 36;
  static final Color HEADER_SHADE = new Color(0xE8, 0xE8, 0xE8);
  private static final float SIGNING_SPACE = 56;

  private PdfLayout() {}

  /** The organiser and the board on the left, nation and motto on the right. */
  static PdfPTable nationalHeader(String organiser, ReportText text) {
    var header = new PdfPTable(new float[] {45, 55});
    header.setWidthPercentage(100);
    var left = new Paragraph(organiser == null ? "" : organiser, PdfFonts.bold(10));
    left.add(new Chunk("\n" + text.text("board"), PdfFonts.bold(10)));
    header.addCell(plainCell(left, Element.ALIGN_CENTER));
    var nation = new Paragraph(text.text("nation"), PdfFonts.bold(10));
    nation.add(new Chunk("\n" + text.text("motto"), PdfFonts.bold(10)));
    header.addCell(plainCell(nation, Element.ALIGN_CENTER));
    return header;
  }

  static Paragraph title(String title) {
    var paragraph = new Paragraph(title, PdfFonts.bold(14));
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingBefore(14);
    paragraph.setSpacingAfter(6);
    return paragraph;
  }

  /** A section heading of the minutes. */
  static Paragraph heading(String heading) {
    var paragraph = new Paragraph(heading, PdfFonts.bold(11));
    paragraph.setSpacingBefore(10);
    paragraph.setSpacingAfter(4);
    return paragraph;
  }

  /** One line of running text. */
  static Paragraph line(String text, float size) {
    return new Paragraph(size * 1.45f, text, PdfFonts.regular(size));
  }

  /** "Label: value" lines, the label bold. */
  static Paragraph details(List<String[]> details, float size) {
    // The paragraph's own font also sets its spacing, so it must be DejaVu rather than the default.
    var paragraph = new Paragraph(size * 1.5f, "", PdfFonts.regular(size));
    for (var detail : details) {
      var lineBreak = paragraph.isEmpty() ? "" : "\n";
      paragraph.add(new Chunk(lineBreak + detail[0] + ": ", PdfFonts.bold(size)));
      paragraph.add(new Chunk(detail[1], PdfFonts.regular(size)));
    }
    paragraph.setSpacingAfter(6);
    return paragraph;
  }

  static PdfPCell headerCell(String text, float size) {
    var cell = cell(text, PdfFonts.bold(size), Element.ALIGN_CENTER);
    cell.setBackgroundColor(HEADER_SHADE);
    return cell;
  }

  static PdfPCell cell(String text, Font font, int alignment) {
    var cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPadding(3);
    return cell;
  }

  /** A borderless cell whose paragraph keeps the given alignment. */
  static PdfPCell plainCell(Paragraph paragraph, int alignment) {
    paragraph.setAlignment(alignment);
    var cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.addElement(paragraph);
    return cell;
  }

  /**
   * Signature blocks side by side, at most {@code perRow} to a row and kept on one page: each a
   * bold role (may be empty), the hint to sign, room to sign, and the name (may be empty, for a wet
   * signature and a handwritten name), under an optional title across the blocks.
   */
  static PdfPTable signatures(
      String title, List<String[]> rolesAndNames, int perRow, ReportText text) {
    var columns = Math.max(1, Math.min(perRow, rolesAndNames.size()));
    var table = new PdfPTable(columns);
    table.setWidthPercentage(100);
    table.setKeepTogether(true);
    table.setSpacingBefore(14);
    if (title != null) {
      var heading = plainCell(new Paragraph(title, PdfFonts.bold(10)), Element.ALIGN_CENTER);
      heading.setColspan(columns);
      table.addCell(heading);
    }
    for (var signer : rolesAndNames) {
      var block = new Paragraph(signer[0], PdfFonts.bold(10));
      var hint = signer[0].isEmpty() ? text.text("signHint") : "\n" + text.text("signHint");
      block.add(new Chunk(hint, PdfFonts.regular(9)));
      var cell = plainCell(block, Element.ALIGN_CENTER);
      var spacer = new Paragraph(" ", PdfFonts.regular(10));
      spacer.setSpacingBefore(SIGNING_SPACE);
      cell.addElement(spacer);
      var name = new Paragraph(signer[1], PdfFonts.bold(10));
      name.setAlignment(Element.ALIGN_CENTER);
      cell.addElement(name);
      table.addCell(cell);
    }
    table.completeRow();
    return table;
  }

  static HeaderFooter footer(ReportText text) {
    var footer = new HeaderFooter(new Phrase(text.text("page") + " ", PdfFonts.regular(8)), true);
    footer.setAlignment(Element.ALIGN_CENTER);
    footer.setBorder(Rectangle.NO_BORDER);
    return footer;
  }

  static void describe(Document document, String title) {
    document.addTitle(title);
    document.addCreator("Sát Hạch");
  }
}
