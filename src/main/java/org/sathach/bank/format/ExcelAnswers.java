package org.sathach.bank.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sathach.bank.Choice;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/**
 * Reads the type-specific columns of one row: "Đáp án đúng" and "Phương án 1…8", whose meaning
 * depends on the type (option numbers or letters, Đúng/Sai, accepted answers, {@code left => right}
 * pairs, items in order, rubric lines {@code points | criterion}).
 */
final class ExcelAnswers {
  private final ExcelTable.Line line;
  private final QuestionData.Builder builder;
  private final List<Problem> found;
  private final String answer;

  ExcelAnswers(ExcelTable.Line line, QuestionData.Builder builder, List<Problem> found) {
    this.line = line;
    this.builder = builder;
    this.found = found;
    this.answer = line.get(ExcelColumn.ANSWER).strip();
  }

  void read(QuestionType type) {
    switch (type) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> choices();
      case TRUE_FALSE -> trueFalse();
      case SHORT_ANSWER -> builder.acceptedAnswers(ExcelReader.split(answer, ";"));
      case MATCHING -> pairs();
      case ORDERING -> options().forEach(item -> builder.orderItem(html(item)));
      case ESSAY -> essay();
    }
  }

  /** The option cells up to the last filled one; a blank one in between stays, as "". */
  private List<String> options() {
    List<String> options = new ArrayList<>();
    for (ExcelColumn column : ExcelColumn.OPTIONS) {
      options.add(line.get(column));
    }
    while (!options.isEmpty() && options.get(options.size() - 1).isBlank()) {
      options.remove(options.size() - 1);
    }
    return options;
  }

  private void choices() {
    List<String> options = options();
    boolean[] correct = new boolean[options.size()];
    for (String key : ExcelReader.split(answer, "[;,\\s]+")) {
      int number = optionNumber(key);
      if (number < 1 || number > options.size()) {
        syntax(answer);
        break;
      }
      correct[number - 1] = true;
    }
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      choices.add(new Choice(html(options.get(i)), correct[i]));
    }
    builder.choices(choices);
  }

  /** 1 for "1", "1.0", "A" or "a"; 0 when the key is neither a number nor a letter A–H. */
  private static int optionNumber(String key) {
    if (key.matches("[A-Ha-h]")) {
      return Character.toUpperCase(key.charAt(0)) - 'A' + 1;
    }
    if (key.matches("\\d{1,2}(\\.0+)?")) {
      return Integer.parseInt(key.replaceAll("\\.0+$", ""));
    }
    return 0;
  }

  private void trueFalse() {
    if (answer.isEmpty()) {
      return;
    }
    switch (answer.toLowerCase(Locale.ROOT)) {
      case "true", "đúng", "dung", "đ", "t", "1" -> builder.trueFalseAnswer(Boolean.TRUE);
      case "false", "sai", "s", "f", "0" -> builder.trueFalseAnswer(Boolean.FALSE);
      default -> syntax(answer);
    }
  }

  private void pairs() {
    List<String> options = options();
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i);
      int arrow = option.indexOf("=>");
      if (option.isBlank()) {
        builder.pair("", "");
      } else if (arrow < 0) {
        found.add(
            Problem.at(
                line.number(),
                "format.syntax",
                ExcelColumn.OPTIONS.get(i).vietnamese() + ": " + option.strip()));
      } else {
        builder.pair(html(option.substring(0, arrow)), html(option.substring(arrow + 2)));
      }
    }
  }

  private void essay() {
    for (String criterion : ExcelReader.split(answer, "\n")) {
      int bar = criterion.indexOf('|');
      if (bar < 0) {
        syntax(criterion);
        continue;
      }
      BigDecimal points = ExcelReader.number(criterion.substring(0, bar));
      if (points == null) {
        found.add(
            Problem.at(line.number(), "format.badNumber", criterion.substring(0, bar).strip()));
        continue;
      }
      builder.criterion(points, criterion.substring(bar + 1).strip());
    }
    builder.markingGuide(ExcelReader.html(line.get(ExcelColumn.GUIDE)));
  }

  private void syntax(String text) {
    found.add(
        Problem.at(line.number(), "format.syntax", ExcelColumn.ANSWER.vietnamese() + ": " + text));
  }

  /** Options and pair sides are never null, so that a blank one is reported as empty. */
  private static String html(String text) {
    return TextHtml.fromPlainText(text);
  }
}
