package org.sathach.ranking.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link RankingReport} as an Excel workbook with the same header lines and the same table
 * as {@link RankingPdf}, for a committee that wants to sort, filter or re-add the figures. Marks,
 * totals and ranks are numeric cells (marks and totals shown "0.00"), so Excel computes with the
 * very numbers the PDF prints; a void part, a part not marked yet and the notes are text. The
 * table's header row is bold and frozen with everything above it.
 */
public final class RankingExcel {
  // Column widths in characters: rank, number, name, each part, total, result, list, notes.
  private static final int[] LEADING_WIDTHS = {7, 14, 28};
  private static final int MARK_WIDTH = 13;
  private static final int[] TRAILING_WIDTHS = {12, 14, 26, 60};

  private RankingExcel() {}

  /**
   * The workbook with the generated time in UTC; prefer {@link #write(RankingReport, Locale,
   * ZoneId)}.
   */
  public static byte[] write(RankingReport r, Locale locale) {
    return write(r, locale, ZoneOffset.UTC);
  }

  /** The workbook with the generated time in {@code zone}, as the PDF prints it. */
  public static byte[] write(RankingReport r, Locale locale, ZoneId zone) {
    Objects.requireNonNull(r, "report");
    var text = new ReportText(locale);
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var styles = new Styles(workbook);
      var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(text.text("sheet.name")));
      var row = 0;
      var title = text.text("ranking.title");
      if (r.status() == RankingReport.Status.PROVISIONAL) {
        title += " – " + text.text("status.draftMark");
      }
      sheet.createRow(row++).createCell(0).setCellValue(title);
      sheet.getRow(0).getCell(0).setCellStyle(styles.bold);
      sheet.createRow(row++).createCell(0).setCellValue(r.organiser());
      for (var detail : text.rankingDetails(r, zone)) {
        sheet.createRow(row++).createCell(0).setCellValue(detail[0] + ": " + detail[1]);
      }
      sheet.createRow(row++).createCell(0).setCellValue(text.text("ranking.criteria") + ":");
      for (var criterion : text.criteria(r)) {
        sheet.createRow(row++).createCell(0).setCellValue("– " + criterion);
      }
      row++;
      var header = sheet.createRow(row++);
      var columns = text.columns(r.parts());
      for (var c = 0; c < columns.size(); c++) {
        var cell = header.createCell(c);
        cell.setCellValue(columns.get(c));
        cell.setCellStyle(styles.header);
      }
      sheet.createFreezePane(0, row);
      for (var line : r.lines()) {
        writeLine(sheet.createRow(row++), line, r.parts(), text, styles);
      }
      widths(sheet, r.parts().size());
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The ranking workbook could not be written", e);
    }
  }

  private static void writeLine(
      Row row,
      RankingReport.Line line,
      List<RankingReport.PartColumn> parts,
      ReportText text,
      Styles styles) {
    var c = 0;
    var rank = row.createCell(c++);
    if (line.rank() != null) {
      rank.setCellValue(line.rank());
      rank.setCellStyle(styles.rank);
    }
    row.createCell(c++).setCellValue(line.candidateNumber());
    row.createCell(c++).setCellValue(line.fullName());
    for (var part : parts) {
      var cell = row.createCell(c++);
      var mark = line.marks().get(part.kind());
      if (mark != null && !line.voided().contains(part.kind())) {
        cell.setCellValue(mark.doubleValue());
        cell.setCellStyle(styles.mark);
      } else {
        cell.setCellValue(text.markCell(line, part.kind()));
        cell.setCellStyle(styles.centred);
      }
    }
    var total = row.createCell(c++);
    if (line.total() != null) {
      total.setCellValue(line.total().doubleValue());
      total.setCellStyle(styles.mark);
    } else {
      total.setCellValue(text.totalCell(null));
      total.setCellStyle(styles.centred);
    }
    row.createCell(c++).setCellValue(text.result(line.passed()));
    row.createCell(c++).setCellValue(text.placement(line.placement()));
    var notes = row.createCell(c);
    notes.setCellValue(String.join("\n", text.notes(line)));
    notes.setCellStyle(styles.wrapped);
  }

  private static void widths(Sheet sheet, int parts) {
    var column = 0;
    for (var width : LEADING_WIDTHS) {
      sheet.setColumnWidth(column++, width * 256);
    }
    for (var i = 0; i < parts; i++) {
      sheet.setColumnWidth(column++, MARK_WIDTH * 256);
    }
    for (var width : TRAILING_WIDTHS) {
      sheet.setColumnWidth(column++, width * 256);
    }
  }

  /** The few cell styles of the sheet, made once: a workbook holds a limited number of them. */
  private static final class Styles {
    final CellStyle bold;
    final CellStyle header;
    final CellStyle mark;
    final CellStyle rank;
    final CellStyle centred;
    final CellStyle wrapped;

    Styles(Workbook workbook) {
      var boldFont = workbook.createFont();
      boldFont.setBold(true);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      header = workbook.createCellStyle();
      header.setFont(boldFont);
      header.setWrapText(true);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      var format = workbook.createDataFormat();
      mark = workbook.createCellStyle();
      mark.setDataFormat(format.getFormat("0.00"));
      rank = workbook.createCellStyle();
      rank.setDataFormat(format.getFormat("0"));
      rank.setAlignment(HorizontalAlignment.CENTER);
      centred = workbook.createCellStyle();
      centred.setAlignment(HorizontalAlignment.CENTER);
      wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }
  }
}
