package org.sathach.bank.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.jsoup.parser.Parser;
import org.sathach.bank.Choice;
import org.sathach.bank.Criterion;
import org.sathach.bank.Difficulty;
import org.sathach.bank.MatchMode;
import org.sathach.bank.MatchPair;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/**
 * Writes the "Câu hỏi" sheet: a bold, frozen header row with filters and drop-down lists for type
 * and level, then one question per row in the layout {@link ExcelReader} reads back. A question
 * that does not fit (more than eight options, a cell over Excel's limit) is left out; what a row
 * loses (formatting, a match mode other than ignore-case, separators inside values) is reported.
 */
final class ExcelWriter {
  static final String SHEET = "Câu hỏi";
  private static final int MAX_CELL = 32_767;
  private static final int VALIDATED_ROWS = 10_000;
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

  private final Sheet sheet;
  private final CellStyle wrap;
  private int next = 1;

  ExcelWriter(Workbook workbook) {
    sheet = workbook.createSheet(SHEET);
    wrap = workbook.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    CellStyle bold = workbook.createCellStyle();
    bold.cloneStyleFrom(wrap);
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    bold.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    bold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    Row header = sheet.createRow(0);
    for (ExcelColumn column : ExcelColumn.values()) {
      Cell cell = header.createCell(column.ordinal());
      cell.setCellValue(column.header());
      cell.setCellStyle(bold);
      sheet.setColumnWidth(column.ordinal(), column.width() * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, ExcelColumn.values().length - 1));
    dropDown(ExcelColumn.TYPE, codes(QuestionType.values()));
    dropDown(ExcelColumn.LEVEL, codes(Difficulty.values()));
  }

  private static String[] codes(Enum<?>[] values) {
    List<String> codes = new ArrayList<>();
    for (Enum<?> value : values) {
      codes.add(value instanceof QuestionType t ? t.code() : ((Difficulty) value).label());
    }
    return codes.toArray(String[]::new);
  }

  /** A list to pick from; other values only warn, since the reader accepts more spellings. */
  private void dropDown(ExcelColumn column, String[] values) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    CellRangeAddressList cells =
        new CellRangeAddressList(1, VALIDATED_ROWS, column.ordinal(), column.ordinal());
    DataValidation validation =
        helper.createValidation(helper.createExplicitListConstraint(values), cells);
    validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }

  /**
   * Adds the question as the next row. Returns null when nothing is lost, else what is: either why
   * the question was left out or what its row lacks.
   */
  String add(QuestionData q) {
    Set<String> lost = new LinkedHashSet<>();
    Map<ExcelColumn, Object> values = new EnumMap<>(ExcelColumn.class);
    List<String> options = new ArrayList<>();
    values.put(ExcelColumn.ID, q.externalId());
    if (q.topicPath().stream().anyMatch(part -> part.contains(">"))) {
      lost.add("'>' inside a topic name");
    }
    values.put(ExcelColumn.TOPIC, String.join(" > ", q.topicPath()));
    values.put(ExcelColumn.TYPE, q.type() == null ? null : q.type().code());
    values.put(ExcelColumn.LEVEL, q.difficulty() == null ? null : q.difficulty().label());
    values.put(ExcelColumn.POINTS, number(q.points()));
    values.put(ExcelColumn.TAGS, joined(q.tags(), "a tag", lost));
    values.put(ExcelColumn.STEM, plain(q.stem(), "the question text", lost));
    values.put(ExcelColumn.EXPLANATION, plain(q.explanation(), "the explanation", lost));
    if (q.type() != null) {
      body(q, values, options, lost);
    }
    if (options.size() > ExcelColumn.OPTIONS.size()) {
      return "more than " + ExcelColumn.OPTIONS.size() + " options (" + options.size() + ")";
    }
    for (int i = 0; i < options.size(); i++) {
      values.put(ExcelColumn.OPTIONS.get(i), options.get(i));
    }
    if (values.values().stream().anyMatch(v -> v instanceof String s && s.length() > MAX_CELL)) {
      return "a text longer than Excel's " + MAX_CELL + " characters per cell";
    }
    Row row = sheet.createRow(next++);
    values.forEach((column, value) -> cell(row, column, value));
    return lost.isEmpty() ? null : String.join("; ", lost);
  }

  private static void body(
      QuestionData q, Map<ExcelColumn, Object> values, List<String> options, Set<String> lost) {
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
        List<Integer> keys = new ArrayList<>();
        for (Choice choice : q.choices()) {
          options.add(plain(choice.text(), "an option", lost));
          if (choice.correct()) {
            keys.add(options.size());
          }
        }
        values.put(
            ExcelColumn.ANSWER,
            keys.size() == 1
                ? (Object) keys.get(0).doubleValue()
                : keys.stream().map(String::valueOf).collect(Collectors.joining(";")));
      }
      case TRUE_FALSE ->
          values.put(
              ExcelColumn.ANSWER,
              q.trueFalseAnswer() == null ? null : q.trueFalseAnswer() ? "Đúng" : "Sai");
      case SHORT_ANSWER -> {
        values.put(ExcelColumn.ANSWER, joined(q.acceptedAnswers(), "an accepted answer", lost));
        if (q.matchMode() != MatchMode.IGNORE_CASE) {
          lost.add("match mode " + q.matchMode().code() + " (read back as ignore-case)");
        }
      }
      case MATCHING -> {
        for (MatchPair pair : q.pairs()) {
          String left = plain(pair.left(), "a pair", lost);
          if (left.contains("=>")) {
            lost.add("'=>' inside the left side of a pair");
          }
          options.add(left + " => " + plain(pair.right(), "a pair", lost));
        }
      }
      case ORDERING -> q.orderItems().forEach(item -> options.add(plain(item, "an item", lost)));
      case ESSAY -> {
        List<String> lines = new ArrayList<>();
        for (Criterion c : q.rubric()) {
          String description = c.description() == null ? "" : c.description();
          if (description.contains("\n")) {
            lost.add("a line break inside a rubric criterion");
          }
          String points = c.points() == null ? "" : c.points().toPlainString();
          lines.add(points + " | " + description.replace('\n', ' '));
        }
        values.put(ExcelColumn.ANSWER, String.join("\n", lines));
        values.put(ExcelColumn.GUIDE, plain(q.markingGuide(), "the marking guide", lost));
      }
    }
  }

  /** A number cell when the double holds the points exactly, else the digits as text. */
  private static Object number(BigDecimal points) {
    double value = points.doubleValue();
    return BigDecimal.valueOf(value).compareTo(points) == 0
        ? (Object) value
        : points.toPlainString();
  }

  private static String joined(List<String> values, String what, Set<String> lost) {
    if (values.stream().anyMatch(v -> v.contains(";"))) {
      lost.add("';' inside " + what);
    }
    return String.join("; ", values);
  }

  /**
   * The text a reader sees. Text that came from plain text (escaped, with {@code <br>}) converts
   * back exactly; any other formatting cannot be kept and is reported.
   */
  private static String plain(String html, String what, Set<String> lost) {
    if (html == null) {
      return "";
    }
    String normal = BREAK.matcher(html.strip()).replaceAll("<br>");
    String text =
        Arrays.stream(normal.split("<br>", -1))
            .map(part -> Parser.unescapeEntities(part, false))
            .collect(Collectors.joining("\n"));
    if (TextHtml.fromPlainText(text).equals(normal)) {
      return text;
    }
    lost.add("formatting (HTML) in " + what);
    return TextHtml.toPlainText(html);
  }

  private void cell(Row row, ExcelColumn column, Object value) {
    if (value == null || value instanceof String s && s.isEmpty()) {
      return;
    }
    Cell cell = row.createCell(column.ordinal());
    cell.setCellStyle(wrap);
    if (value instanceof Double d) {
      cell.setCellValue(d);
    } else {
      cell.setCellValue((String) value);
    }
  }
}
