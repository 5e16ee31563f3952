package org.sathach.exam;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import org.sathach.platform.PdfFonts;

/**
 * Renders a {@link SessionSheet} as the A4 candidate list posted on an exam room's door and used by
 * the proctors to check candidates in: national header, title, the session's details, one row per
 * candidate with an empty cell for the candidate's signature, and a signature block per proctor.
 *
 * <p>Vietnamese needs glyphs that the PDF standard fonts lack, so the text is set in the bundled
 * DejaVu Sans, embedded (subset) with Identity-H encoding: the sheet prints the same on any
 * printer, and its text stays searchable and copyable. Every label comes from {@code
 * org/sathach/exam/pdf*.properties} (keys {@code sessionList.*}), so the same code prints the
 * Vietnamese and the English sheet.
 */
public final class SessionListPdf {

  private static final float MARGIN = 36;
  // In points of the 523 between the margins: the Vietnamese headers fit on one line, a long post
  // wraps, and the signature column leaves room to sign.
  private static final float[] COLUMN_WIDTHS = {30, 74, 130, 62, 52, 105, 70};
  private static final Color HEADER_SHADE = new Color(0xE8, 0xE8, 0xE8);
  private static final float SIGNING_ROW_HEIGHT = 22;
  private static final float SIGNING_SPACE = 60;

  private SessionListPdf() {}

  /**
   * Returns the PDF bytes of the door list; an empty candidate list still gives a one-page sheet
   * with the table's header row and a total of 0, so that an unused room can be posted too.
   */
  public static byte[] render(SessionSheet sheet, ResourceBundle labels) {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(labels, "labels");
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
    PdfWriter.getInstance(document, out);
    document.addTitle(
        labels.getString("sessionList.title") + " – " + sheet.sessionName() + " – " + sheet.room());
    document.addCreator("Sát Hạch");
    document.setFooter(footer(labels));
    document.open();
    document.add(nationalHeader(sheet, labels));
    document.add(title(labels));
    document.add(details(sheet, labels));
    document.add(candidates(sheet.candidates(), labels));
    document.add(total(sheet.candidates().size(), labels));
    if (!sheet.proctors().isEmpty()) {
      document.add(proctorSignatures(sheet.proctors(), labels));
    }
    document.close();
    return out.toByteArray();
  }

  /** Round on the left, nation and motto on the right, as on every administrative document. */
  private static PdfPTable nationalHeader(SessionSheet sheet, ResourceBundle labels) {
    var header = new PdfPTable(new float[] {45, 55});
    header.setWidthPercentage(100);
    header.addCell(plainCell(new Paragraph(sheet.roundName(), PdfFonts.bold(11))));
    var nation = new Paragraph(labels.getString("sessionList.nation"), PdfFonts.bold(11));
    nation.add(new Chunk("\n" + labels.getString("sessionList.motto"), PdfFonts.bold(11)));
    header.addCell(plainCell(nation));
    return header;
  }

  private static Paragraph title(ResourceBundle labels) {
    var title = new Paragraph(labels.getString("sessionList.title"), PdfFonts.bold(15));
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingBefore(18);
    title.setSpacingAfter(10);
    return title;
  }

  private static Paragraph details(SessionSheet sheet, ResourceBundle labels) {
    // The paragraph's own font also sets its spacing, so it must be DejaVu rather than the default.
    var details = new Paragraph(15, "", PdfFonts.regular(10));
    details.setSpacingAfter(10);
    detail(details, labels.getString("sessionList.part"), sheet.partName());
    detail(details, labels.getString("sessionList.session"), sheet.sessionName());
    detail(details, labels.getString("sessionList.room"), sheet.room());
    detail(details, labels.getString("sessionList.startsAt"), sheet.startsAt());
    detail(details, labels.getString("sessionList.window"), sheet.window());
    detail(details, labels.getString("sessionList.lateCutoff"), sheet.lateCutoff());
    detail(details, labels.getString("sessionList.proctors"), String.join(", ", sheet.proctors()));
    return details;
  }

  private static void detail(Paragraph details, String label, String value) {
    var lineBreak = details.isEmpty() ? "" : "\n";
    details.add(new Chunk(lineBreak + label + ": ", PdfFonts.bold(10)));
    details.add(new Chunk(value, PdfFonts.regular(10)));
  }

  /** The header row repeats on every page, so a proctor on page 3 still reads the columns. */
  private static PdfPTable candidates(List<SessionSheet.Line> lines, ResourceBundle labels) {
    var table = new PdfPTable(COLUMN_WIDTHS);
    table.setWidthPercentage(100);
    // OpenPDF draws nothing of a table that holds only header rows; an empty room keeps its header.
    table.setHeaderRows(lines.isEmpty() ? 0 : 1);
    for (var key :
        List.of("no", "candidateNumber", "fullName", "birthDate", "gender", "post", "signature")) {
      var cell =
          cell(labels.getString("sessionList." + key), PdfFonts.bold(9), Element.ALIGN_CENTER);
      cell.setBackgroundColor(HEADER_SHADE);
      table.addCell(cell);
    }
    var number = 0;
    for (var line : lines) {
      table.addCell(cell(String.valueOf(++number), PdfFonts.regular(9), Element.ALIGN_CENTER));
      table.addCell(cell(line.candidateNumber(), PdfFonts.regular(9), Element.ALIGN_CENTER));
      table.addCell(cell(line.fullName(), PdfFonts.regular(9), Element.ALIGN_LEFT));
      table.addCell(cell(line.birthDate(), PdfFonts.regular(9), Element.ALIGN_CENTER));
      table.addCell(cell(line.gender(), PdfFonts.regular(9), Element.ALIGN_CENTER));
      table.addCell(cell(line.post(), PdfFonts.regular(9), Element.ALIGN_LEFT));
      table.addCell(cell("", PdfFonts.regular(9), Element.ALIGN_LEFT));
    }
    return table;
  }

  private static Paragraph total(int count, ResourceBundle labels) {
    var pattern = new MessageFormat(labels.getString("sessionList.total"), labels.getLocale());
    var total = new Paragraph(pattern.format(new Object[] {count}), PdfFonts.bold(10));
    total.setSpacingBefore(8);
    total.setSpacingAfter(12);
    return total;
  }

  /** One block per proctor, side by side and kept on one page, each with room to sign. */
  private static PdfPTable proctorSignatures(List<String> proctors, ResourceBundle labels) {
    var table = new PdfPTable(proctors.size());
    table.setWidthPercentage(100);
    table.setKeepTogether(true);
    var pattern = new MessageFormat(labels.getString("sessionList.proctorSignature"));
    for (var i = 0; i < proctors.size(); i++) {
      var block =
          new Paragraph(pattern.format(new Object[] {String.valueOf(i + 1)}), PdfFonts.bold(10));
      block.add(new Chunk("\n" + labels.getString("sessionList.signHint"), PdfFonts.regular(9)));
      var cell = plainCell(block);
      cell.addElement(spacer());
      var name = new Paragraph(proctors.get(i), PdfFonts.bold(10));
      name.setAlignment(Element.ALIGN_CENTER);
      cell.addElement(name);
      table.addCell(cell);
    }
    return table;
  }

  private static Paragraph spacer() {
    var spacer = new Paragraph(" ", PdfFonts.regular(10));
    spacer.setSpacingBefore(SIGNING_SPACE);
    return spacer;
  }

  private static HeaderFooter footer(ResourceBundle labels) {
    var footer =
        new HeaderFooter(
            new Phrase(labels.getString("sessionList.page") + " ", PdfFonts.regular(8)), true);
    footer.setAlignment(Element.ALIGN_CENTER);
    footer.setBorder(Rectangle.NO_BORDER);
    return footer;
  }

  private static PdfPCell cell(String text, Font font, int alignment) {
    var cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setMinimumHeight(SIGNING_ROW_HEIGHT);
    cell.setPadding(4);
    return cell;
  }

  /** A borderless cell whose paragraphs keep their own (centred) alignment. */
  private static PdfPCell plainCell(Paragraph paragraph) {
    paragraph.setAlignment(Element.ALIGN_CENTER);
    var cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.addElement(paragraph);
    return cell;
  }

  /**
   * The two faces of DejaVu Sans, loaded once on first use: parsing a TrueType file is costly, and
   * an Identity-H {@link BaseFont} keeps no per-document state, so one instance serves every sheet.
   */
}
