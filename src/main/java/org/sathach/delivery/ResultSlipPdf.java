package org.sathach.delivery;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.sathach.platform.PdfFonts;

/** Renders a result slip (phiếu kết quả) on one A5 page, signed by the candidate and proctor. */
public final class ResultSlipPdf {
  private ResultSlipPdf() {}

  public static byte[] render(ResultSlip slip) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A5, 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(slip.title());
      document.addCreator("Sát Hạch");
      document.open();
      Paragraph organiser = new Paragraph(slip.organiser(), PdfFonts.bold(10));
      document.add(organiser);
      Paragraph title = new Paragraph(slip.title(), PdfFonts.bold(14));
      title.setAlignment(Element.ALIGN_CENTER);
      title.setSpacingBefore(10);
      title.setSpacingAfter(12);
      document.add(title);
      PdfPTable table = new PdfPTable(new float[] {40, 60});
      table.setWidthPercentage(100);
      for (ResultSlip.Line line : slip.lines()) {
        table.addCell(cell(line.label(), true));
        table.addCell(cell(line.value(), false));
      }
      document.add(table);
      Paragraph hash = new Paragraph(slip.hashLabel() + ": " + slip.hash(), PdfFonts.regular(7));
      hash.setSpacingBefore(8);
      document.add(hash);
      PdfPTable signatures = new PdfPTable(slip.signers().size());
      signatures.setWidthPercentage(100);
      signatures.setSpacingBefore(16);
      for (String signer : slip.signers()) {
        PdfPCell cell = new PdfPCell(new Phrase(signer, PdfFonts.bold(9)));
        cell.setBorder(0);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setFixedHeight(70);
        signatures.addCell(cell);
      }
      document.add(signatures);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The result slip could not be rendered", e);
    }
    return out.toByteArray();
  }

  private static PdfPCell cell(String text, boolean label) {
    PdfPCell cell = new PdfPCell(new Phrase(text, label ? PdfFonts.bold(9) : PdfFonts.regular(9)));
    cell.setPadding(4);
    return cell;
  }
}
