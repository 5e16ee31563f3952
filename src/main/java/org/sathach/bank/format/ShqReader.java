package org.sathach.bank.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sathach.bank.Difficulty;
import org.sathach.bank.MatchMode;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/** Reads the project's own {@code .shq} text format line by line, collecting every problem. */
final class ShqReader {
  static final List<String> ROOTS = List.of("Lý luận chính trị", "Chuyên môn nghiệp vụ");

  private final String[] lines;
  private final List<QuestionData> questions = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private List<String> topic;
  private QuestionData.Builder current;

  ShqReader(String text) {
    this.lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
  }

  ParseResult read() {
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      int number = i + 1;
      i++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        problems.add(Problem.at(number, "format.syntax", trimmed));
        continue;
      }
      if (trimmed.startsWith("@topic")) {
        finish();
        topic(number, trimmed.substring("@topic".length()).strip());
      } else if (trimmed.startsWith("===")) {
        finish();
        start(number, trimmed.substring(3).strip());
      } else {
        StringBuilder value = new StringBuilder();
        int colon = line.indexOf(':');
        if (colon < 0 || current == null) {
          problems.add(Problem.at(number, "format.syntax", trimmed));
          continue;
        }
        value.append(line.substring(colon + 1).strip());
        while (i < lines.length && isContinuation(lines[i])) {
          value.append('\n').append(lines[i].strip());
          i++;
        }
        field(number, line.substring(0, colon).strip().toLowerCase(Locale.ROOT), value.toString());
      }
    }
    finish();
    if (questions.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.at(0, "format.empty"));
    }
    return new ParseResult(questions, problems);
  }

  private static boolean isContinuation(String line) {
    return !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && !line.isBlank();
  }

  private void topic(int number, String path) {
    List<String> parts = ShqFormat.split(path, ">");
    if (parts.isEmpty() || !ROOTS.contains(parts.get(0))) {
      problems.add(Problem.at(number, "format.badTopic", path));
      topic = null;
      return;
    }
    topic = parts;
  }

  private void start(int number, String id) {
    current = QuestionData.builder().line(number);
    if (!id.isEmpty()) {
      if (!id.matches("[\\p{L}\\p{N}._-]+")) {
        problems.add(Problem.at(number, "format.syntax", "=== " + id));
      } else if (!ids.add(id)) {
        problems.add(Problem.at(number, "format.duplicateId", id));
      }
      current.externalId(id);
    }
    if (topic == null) {
      problems.add(Problem.at(number, "format.noTopic"));
    } else {
      current.topicPath(topic);
    }
  }

  private void field(int number, String key, String value) {
    switch (key) {
      case "type" -> {
        QuestionType type = QuestionType.fromCode(value);
        if (type == null) {
          problems.add(Problem.at(number, "format.unknownType", value));
        }
        current.type(type);
      }
      case "level" -> {
        Difficulty level = Difficulty.fromLabel(value);
        if (level == null) {
          problems.add(Problem.at(number, "format.unknownLevel", value));
        }
        current.difficulty(level);
      }
      case "points" -> current.points(positiveNumber(number, value));
      case "tags" -> current.tags(ShqFormat.split(value, ";"));
      case "stem" -> current.stem(html(value));
      case "explanation" -> current.explanation(html(value));
      case "option" -> current.choice(html(value), false);
      case "option+" -> current.choice(html(value), true);
      case "answer" -> current.trueFalseAnswer(trueFalse(number, value));
      case "accept" -> current.accept(value);
      case "match" -> {
        MatchMode mode = MatchMode.fromCode(value);
        if (mode == null) {
          problems.add(Problem.at(number, "format.syntax", "match: " + value));
        }
        current.matchMode(mode);
      }
      case "pair" -> pair(number, value);
      case "item" -> current.orderItem(html(value));
      case "guide" -> current.markingGuide(html(value));
      case "criterion" -> criterion(number, value);
      default -> problems.add(Problem.at(number, "format.unknownField", key));
    }
  }

  private void pair(int number, String value) {
    int arrow = value.indexOf("=>");
    if (arrow < 0) {
      problems.add(Problem.at(number, "format.syntax", "pair: " + value));
      return;
    }
    current.pair(html(value.substring(0, arrow).strip()), html(value.substring(arrow + 2).strip()));
  }

  private void criterion(int number, String value) {
    int bar = value.indexOf('|');
    BigDecimal points = bar < 0 ? null : ShqFormat.number(value.substring(0, bar));
    if (points == null) {
      problems.add(Problem.at(number, "format.badNumber", value));
      return;
    }
    current.criterion(points, value.substring(bar + 1).strip());
  }

  private BigDecimal positiveNumber(int number, String value) {
    BigDecimal points = ShqFormat.number(value);
    if (points == null) {
      problems.add(Problem.at(number, "format.badNumber", value));
      return BigDecimal.ONE;
    }
    return points;
  }

  private Boolean trueFalse(int number, String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "đúng", "dung", "t" -> Boolean.TRUE;
      case "false", "sai", "f" -> Boolean.FALSE;
      default -> {
        problems.add(Problem.at(number, "format.syntax", "answer: " + value));
        yield null;
      }
    };
  }

  private static String html(String value) {
    return value.startsWith(ShqFormat.HTML_PREFIX)
        ? value.substring(ShqFormat.HTML_PREFIX.length()).strip()
        : TextHtml.fromPlainText(value);
  }

  private void finish() {
    if (current == null) {
      return;
    }
    QuestionData question = current.build();
    problems.addAll(question.problems());
    questions.add(question);
    current = null;
  }
}
