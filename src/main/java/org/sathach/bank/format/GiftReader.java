package org.sathach.bank.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sathach.bank.Difficulty;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;

/**
 * Reads a whole GIFT file: splits it into blank-line separated blocks, follows {@code $CATEGORY:}
 * lines and reads the comment lines our exporter writes before a question ({@code // level:},
 * {@code // tags:}, {@code // points:}) as well as Moodle's {@code // [tag:...]}. It goes on after
 * an error, so that one pass reports every problem of the file.
 */
final class GiftReader {
  private static final Pattern META =
      Pattern.compile("^//\\s*(level|tags|points)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MOODLE_TAG = Pattern.compile("\\[tag:((?:\\\\.|[^\\]\\\\])*)\\]");
  private static final String CATEGORY = "$CATEGORY:";

  /** A non-blank line of the file, stripped, with its 1-based number. */
  record Line(int number, String text) {}

  private final List<QuestionData> questions = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private List<String> topic = List.of();

  ParseResult read(String file) {
    String[] all = file.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<Line> block = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      String line = all[i].strip();
      if (line.isEmpty()) {
        block(block);
        block.clear();
      } else {
        block.add(new Line(i + 1, line));
      }
    }
    block(block);
    if (questions.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.at(0, "format.empty"));
    }
    return new ParseResult(questions, problems);
  }

  private void block(List<Line> block) {
    List<Line> comments = new ArrayList<>();
    List<Line> body = new ArrayList<>();
    for (Line line : block) {
      if (line.text().startsWith("//")) {
        if (body.isEmpty()) {
          comments.add(line);
        }
      } else if (body.isEmpty() && line.text().startsWith(CATEGORY)) {
        topic = category(line.text().substring(CATEGORY.length()));
        comments.clear();
      } else {
        body.add(line);
      }
    }
    if (body.isEmpty()) {
      return;
    }
    QuestionData.Builder builder =
        QuestionData.builder()
            .topicPath(topic)
            .difficulty(Difficulty.NHAN_BIET)
            .line(body.get(0).number());
    comments.forEach(comment -> meta(comment, builder));
    QuestionData question = GiftQuestionReader.read(body, builder, problems);
    if (question != null) {
      questions.add(question);
      problems.addAll(question.problems());
    }
  }

  private void meta(Line comment, QuestionData.Builder builder) {
    Matcher tags = MOODLE_TAG.matcher(comment.text());
    while (tags.find()) {
      builder.tag(tags.group(1).replaceAll("\\\\(.)", "$1").strip());
    }
    Matcher m = META.matcher(comment.text());
    if (!m.matches()) {
      return;
    }
    String value = m.group(2).strip();
    switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "level" -> {
        Difficulty level = Difficulty.fromLabel(value);
        if (level == null) {
          problems.add(Problem.at(comment.number(), "format.unknownLevel", value));
        } else {
          builder.difficulty(level);
        }
      }
      case "tags" ->
          Arrays.stream(value.split(";"))
              .map(String::strip)
              .filter(tag -> !tag.isEmpty())
              .forEach(builder::tag);
      default -> {
        try {
          builder.points(new BigDecimal(value.replace(',', '.')));
        } catch (NumberFormatException e) {
          problems.add(Problem.at(comment.number(), "format.badNumber", value));
        }
      }
    }
  }

  /**
   * The topic path of a Moodle category path: parts split on {@code /} ({@code //} stands for a
   * slash in a name), without Moodle's context ({@code $course$}) and its {@code top} category.
   */
  static List<String> category(String path) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    String text = path.strip();
    for (int i = 0; i < text.length(); i++) {
      if (text.startsWith("//", i)) {
        part.append('/');
        i++;
      } else if (text.charAt(i) == '/') {
        parts.add(part.toString().strip());
        part.setLength(0);
      } else {
        part.append(text.charAt(i));
      }
    }
    parts.add(part.toString().strip());
    parts.removeIf(String::isEmpty);
    if (!parts.isEmpty() && parts.get(0).matches("\\$\\w+\\$")) {
      parts.remove(0);
    }
    if (!parts.isEmpty() && parts.get(0).equalsIgnoreCase("top")) {
      parts.remove(0);
    }
    return parts;
  }
}
