package org.sathach.ranking.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sathach.exam.PartKind;

/**
 * Reads the ranking's numbers back out of its PDF and its workbook, so that tests (these, and the
 * integration test that compares them with the web page) can check that every place shows the same
 * figures. A {@link Row} holds one candidate's part marks (a void part or one not marked yet is
 * absent), total and rank, as numbers.
 */
public final class ReportReading {
  private static final Pattern RANK = Pattern.compile("(\\d+)\\s*$");

  /** One candidate's figures; marks and total with 2 decimals, {@code null} where none. */
  public record Row(
      String candidateNumber, Integer rank, Map<PartKind, BigDecimal> marks, BigDecimal total) {
    public Row {
      marks = Map.copyOf(marks);
    }
  }

  private ReportReading() {}

  /** The text of every page of a PDF, page after page. */
  public static String pdfText(byte[] pdf) {
    try {
      var reader = new PdfReader(pdf);
      try {
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (var page = 1; page <= reader.getNumberOfPages(); page++) {
          text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
      } finally {
        reader.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text with every run of white space made one space, so wrapped cells read as one line. */
  public static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /**
   * The table of a ranking workbook, the rows below its frozen header row: each cell as a {@link
   * BigDecimal} with 2 decimals when numeric, a {@link String} when text, {@code null} when blank.
   */
  public static List<List<Object>> excelRows(byte[] xlsx) {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      var first = sheet.getPaneInformation().getHorizontalSplitTopRow();
      var rows = new ArrayList<List<Object>>();
      for (var r = first; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        var cells = new ArrayList<Object>();
        for (var c = 0; row != null && c < row.getLastCellNum(); c++) {
          cells.add(value(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first column of every row of the workbook's sheet above its table: the header lines. */
  public static List<String> excelHeaderLines(byte[] xlsx) {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      var lines = new ArrayList<String>();
      for (var r = 0; r < sheet.getPaneInformation().getHorizontalSplitTopRow(); r++) {
        var row = sheet.getRow(r);
        var value = row == null ? null : value(row.getCell(0));
        lines.add(value == null ? "" : value.toString());
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The candidates' figures from the workbook's table: rank, number, name, then one per part. */
  public static List<Row> excelFigures(byte[] xlsx, List<PartKind> parts) {
    var figures = new ArrayList<Row>();
    for (var cells : excelRows(xlsx)) {
      var marks = new EnumMap<PartKind, BigDecimal>(PartKind.class);
      for (var i = 0; i < parts.size(); i++) {
        if (cells.get(3 + i) instanceof BigDecimal mark) {
          marks.put(parts.get(i), mark);
        }
      }
      var rank = cells.get(0) instanceof BigDecimal r ? r.intValueExact() : null;
      var total = cells.get(3 + parts.size()) instanceof BigDecimal t ? t : null;
      figures.add(new Row((String) cells.get(1), rank, marks, total));
    }
    return figures;
  }

  /**
   * The candidates' figures from the PDF's text, for the given candidate numbers in that order: on
   * the table line that holds the number, the rank before it, and after it the part cells and the
   * total, each a mark ("87,25" or "87.25"), a void part or "—". The words for a void part and a
   * part not marked are those of {@code locale}.
   */
  public static List<Row> pdfFigures(
      String text, List<String> candidateNumbers, List<PartKind> parts, Locale locale) {
    var words = new ReportText(locale);
    var cell =
        Pattern.compile(
            "\\d{1,3}[.,]\\d{2}|"
                + Pattern.quote(words.text("mark.void"))
                + "|"
                + Pattern.quote(words.text("mark.notMarked")));
    var lines = text.lines().toList();
    var figures = new ArrayList<Row>();
    for (var number : candidateNumbers) {
      var line =
          lines.stream()
              .filter(l -> l.contains(number))
              .findFirst()
              .orElseThrow(() -> new AssertionError(number + " is not in the PDF"));
      var at = line.indexOf(number);
      var before = RANK.matcher(line.substring(0, at));
      var rank = before.find() ? Integer.valueOf(before.group(1)) : null;
      var cells = cell.matcher(line.substring(at + number.length()));
      var values = new ArrayList<BigDecimal>();
      while (values.size() < parts.size() + 1 && cells.find()) {
        var value = cells.group();
        values.add(Character.isDigit(value.charAt(0)) ? decimal(value) : null);
      }
      if (values.size() < parts.size() + 1) {
        throw new AssertionError("the line of " + number + " lacks figures: " + line);
      }
      var marks = new EnumMap<PartKind, BigDecimal>(PartKind.class);
      for (var i = 0; i < parts.size(); i++) {
        if (values.get(i) != null) {
          marks.put(parts.get(i), values.get(i));
        }
      }
      figures.add(new Row(number, rank, marks, values.get(parts.size())));
    }
    return figures;
  }

  /** The figures a report holds, as the PDF and the workbook should show them. */
  public static List<Row> expected(RankingReport report) {
    var rows = new ArrayList<Row>();
    for (var line : report.lines()) {
      var marks = new EnumMap<PartKind, BigDecimal>(PartKind.class);
      for (var part : report.parts()) {
        var mark = line.marks().get(part.kind());
        if (mark != null && !line.voided().contains(part.kind())) {
          marks.put(part.kind(), scaled(mark));
        }
      }
      var total = line.total() == null ? null : scaled(line.total());
      rows.add(new Row(line.candidateNumber(), line.rank(), marks, total));
    }
    return rows;
  }

  private static Object value(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return scaled(BigDecimal.valueOf(cell.getNumericCellValue()));
    }
    return cell.getStringCellValue();
  }

  private static BigDecimal decimal(String printed) {
    return scaled(new BigDecimal(printed.replace(',', '.')));
  }

  private static BigDecimal scaled(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
