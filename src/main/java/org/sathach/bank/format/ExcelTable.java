package org.sathach.bank.format;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.sathach.bank.Problem;

/**
 * The question table inside a workbook: which sheet, which row holds the headers, which column is
 * which. It reads every cell as the text the user sees, so that a number typed as a number ({@code
 * 2}, not {@code 2.0}), a formula (its cached value) and a boolean all read like typed text, and it
 * skips blank rows wherever they are.
 */
final class ExcelTable {
  /** How far down a title above the header row may reach. */
  private static final int HEADER_SEARCH_ROWS = 20;

  /** One non-blank data row: its 1-based row number, its cells and the cells that were errors. */
  record Line(int number, Map<ExcelColumn, String> cells, List<Problem> problems) {
    String get(ExcelColumn column) {
      return cells.getOrDefault(column, "");
    }
  }

  private final Sheet sheet;
  private final int headerRow;
  private final Map<Integer, ExcelColumn> columns = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  private ExcelTable(Sheet sheet, int headerRow) {
    this.sheet = sheet;
    this.headerRow = headerRow;
    Row header = sheet.getRow(headerRow);
    for (Cell cell : header) {
      String text = text(cell);
      if (text.isBlank()) {
        continue;
      }
      ExcelColumn column = ExcelColumn.byHeader(text);
      if (column == null) {
        problems.add(Problem.at(headerRow + 1, "format.unknownField", text.strip()));
      } else if (columns.containsValue(column)) {
        problems.add(Problem.at(headerRow + 1, "format.syntax", text.strip()));
      } else {
        columns.put(cell.getColumnIndex(), column);
      }
    }
    for (ExcelColumn required : List.of(ExcelColumn.TYPE, ExcelColumn.STEM)) {
      if (!columns.containsValue(required)) {
        problems.add(Problem.at(headerRow + 1, "format.missingField", required.header()));
      }
    }
  }

  /**
   * The table of the sheet named "Câu hỏi", else of the first sheet with a header row; null when no
   * sheet has one. The header row is the first whose first cell names a column.
   */
  static ExcelTable find(Workbook workbook) {
    List<Sheet> sheets = new ArrayList<>();
    workbook.forEach(sheets::add);
    sheets.sort(
        (a, b) ->
            Boolean.compare(isQuestionSheet(b.getSheetName()), isQuestionSheet(a.getSheetName())));
    for (Sheet sheet : sheets) {
      int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS);
      for (int r = sheet.getFirstRowNum(); r >= 0 && r <= last; r++) {
        Row row = sheet.getRow(r);
        Cell first = row == null ? null : row.getCell(0);
        if (first != null && ExcelColumn.byHeader(text(first)) != null) {
          return new ExcelTable(sheet, r);
        }
      }
    }
    return null;
  }

  private static boolean isQuestionSheet(String name) {
    return ExcelColumn.fold(name).equals("cau hoi");
  }

  /** Problems of the header row: unknown, repeated or missing columns. */
  List<Problem> problems() {
    return problems;
  }

  /** The non-blank rows under the header, top to bottom. */
  List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<ExcelColumn, String> cells = new EnumMap<>(ExcelColumn.class);
      List<Problem> errors = new ArrayList<>();
      for (Map.Entry<Integer, ExcelColumn> column : columns.entrySet()) {
        Cell cell = row.getCell(column.getKey());
        if (cell == null) {
          continue;
        }
        String error = error(cell);
        if (error != null) {
          errors.add(
              Problem.at(r + 1, "format.syntax", column.getValue().vietnamese() + ": " + error));
        } else if (!text(cell).isBlank()) {
          cells.put(column.getValue(), text(cell));
        }
      }
      if (!cells.isEmpty() || !errors.isEmpty()) {
        lines.add(new Line(r + 1, cells, errors));
      }
    }
    return lines;
  }

  /** The text a cell shows, in Unicode NFC (input methods differ), line breaks as {@code \n}. */
  static String text(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    String text =
        switch (type) {
          case STRING -> cell.getStringCellValue();
          case NUMERIC ->
              DateUtil.isCellDateFormatted(cell)
                  ? new DataFormatter().formatCellValue(cell)
                  : number(cell.getNumericCellValue());
          case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
          default -> "";
        };
    return Normalizer.normalize(
        text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
  }

  /** Excel stores every number as a double: show 2.0 as "2" and 0.1 as "0.1". */
  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
    return (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
  }

  /** The error a cell shows, such as {@code #DIV/0!}, or null. */
  private static String error(Cell cell) {
    boolean error =
        cell.getCellType() == CellType.ERROR
            || cell.getCellType() == CellType.FORMULA
                && cell.getCachedFormulaResultType() == CellType.ERROR;
    if (!error) {
      return null;
    }
    try {
      return FormulaError.forInt(cell.getErrorCellValue()).getString();
    } catch (IllegalArgumentException e) {
      return "#" + cell.getErrorCellValue();
    }
  }
}
