package org.sathach.bank.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.sathach.bank.Difficulty;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/**
 * Moodle's Aiken format: the simplest way to bring single-choice questions typed in a word
 * processor into the bank ({@code A. text} options and an {@code ANSWER: B} line). It has nothing
 * but the question, its options and the key, so every question read is at level nhận biết worth 1
 * point, and writing reports whatever else a question had.
 */
public class AikenFormat implements QuestionFormat {
  static final Pattern OPTION = Pattern.compile("^([A-Z])[.)](?:\\s+(.*))?$");
  static final Pattern ANSWER = Pattern.compile("^ANSWER\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "aiken";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public String contentType() {
    return "text/plain;charset=UTF-8";
  }

  @Override
  public ParseResult parse(InputStream in) throws IOException {
    String text;
    try {
      text = Utf8.read(in);
    } catch (Utf8.NotUtf8 e) {
      return new ParseResult(
          List.of(), List.of(Problem.at(e.line, "format.encoding", "invalid byte sequence")));
    }
    return new AikenReader().read(text);
  }

  @Override
  public List<Problem> write(List<QuestionData> questions, OutputStream out) throws IOException {
    List<Problem> problems = new ArrayList<>();
    StringBuilder file = new StringBuilder();
    for (QuestionData q : questions) {
      if (q.type() != QuestionType.SINGLE_CHOICE) {
        lost(problems, q, q.type() == null ? "no type" : q.type().code());
        continue;
      }
      List<String> stem =
          TextHtml.toPlainText(q.stem() == null ? "" : q.stem())
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty())
              .toList();
      int key =
          IntStream.range(0, q.choices().size())
              .filter(i -> q.choices().get(i).correct())
              .findFirst()
              .orElse(-1);
      if (stem.stream()
          .anyMatch(line -> OPTION.matcher(line).matches() || ANSWER.matcher(line).matches())) {
        lost(problems, q, "a line of the stem reads as an option or ANSWER line");
        continue;
      }
      if (key < 0 || q.choices().size() > 26) {
        lost(problems, q, key < 0 ? "no correct option" : "more than 26 options");
        continue;
      }
      stem.forEach(line -> file.append(line).append('\n'));
      List<String> options = new ArrayList<>();
      for (int i = 0; i < q.choices().size(); i++) {
        String option = TextHtml.toPlainText(q.choices().get(i).text()).replaceAll("\\s+", " ");
        options.add(option);
        file.append((char) ('A' + i)).append(". ").append(option).append('\n');
      }
      file.append("ANSWER: ").append((char) ('A' + key)).append("\n\n");
      List<String> what = lostParts(q, stem, options);
      if (!what.isEmpty()) {
        lost(problems, q, String.join(", ", what));
      }
    }
    out.write(file.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
    return problems;
  }

  /** What Aiken has no place for, among what the question holds. */
  private static List<String> lostParts(QuestionData q, List<String> stem, List<String> options) {
    List<String> what = new ArrayList<>();
    if (!q.topicPath().isEmpty()) {
      what.add("topic");
    }
    if (q.difficulty() != Difficulty.NHAN_BIET) {
      what.add("level");
    }
    if (!q.tags().isEmpty()) {
      what.add("tags");
    }
    if (q.explanation() != null && !q.explanation().isBlank()) {
      what.add("explanation");
    }
    if (q.points().compareTo(BigDecimal.ONE) != 0) {
      what.add("points");
    }
    boolean same = TextHtml.fromPlainText(String.join("\n", stem)).equals(strip(q.stem()));
    for (int i = 0; i < options.size(); i++) {
      same &= TextHtml.fromPlainText(options.get(i)).equals(strip(q.choices().get(i).text()));
    }
    if (!same) {
      what.add("formatting");
    }
    return what;
  }

  private static String strip(String html) {
    return html == null ? "" : html.strip();
  }

  private static void lost(List<Problem> problems, QuestionData q, String what) {
    problems.add(Problem.at(q.line(), "export.notExpressible", what));
  }

  /** Reads Aiken line by line, reporting every problem with its line and going on. */
  private static final class AikenReader {
    private final List<QuestionData> questions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> stem = new ArrayList<>();
    private final List<String> options = new ArrayList<>();
    private int start;

    ParseResult read(String text) {
      String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        line(i + 1, lines[i].strip());
      }
      if (start > 0) {
        problems.add(Problem.at(start, "format.missingField", "ANSWER"));
      }
      if (questions.isEmpty() && problems.isEmpty()) {
        problems.add(Problem.at(0, "format.empty"));
      }
      return new ParseResult(questions, problems);
    }

    private void line(int number, String line) {
      if (line.isEmpty()) {
        return;
      }
      Matcher answer = ANSWER.matcher(line);
      Matcher option = OPTION.matcher(line);
      if (answer.matches()) {
        answer(number, line, answer.group(1).strip().toUpperCase(Locale.ROOT));
      } else if (option.matches()) {
        begin(number);
        char expected = (char) ('A' + options.size());
        if (option.group(1).charAt(0) != expected) {
          problems.add(
              Problem.at(
                  number,
                  "format.syntax",
                  "option " + option.group(1) + " where " + expected + " was expected"));
        }
        options.add(option.group(2) == null ? "" : option.group(2));
      } else {
        if (!options.isEmpty()) {
          problems.add(Problem.at(start, "format.missingField", "ANSWER"));
          clear();
        }
        begin(number);
        stem.add(line);
      }
    }

    private void answer(int number, String line, String letter) {
      if (start == 0) {
        problems.add(Problem.at(number, "format.syntax", line));
        return;
      }
      int key = letter.length() == 1 ? letter.charAt(0) - 'A' : -1;
      if (key < 0 || key >= options.size()) {
        problems.add(Problem.at(number, "format.syntax", line));
      } else {
        QuestionData.Builder q =
            QuestionData.builder()
                .type(QuestionType.SINGLE_CHOICE)
                .difficulty(Difficulty.NHAN_BIET)
                .points(BigDecimal.ONE)
                .stem(TextHtml.fromPlainText(String.join("\n", stem)))
                .line(start);
        for (int i = 0; i < options.size(); i++) {
          q.choice(TextHtml.fromPlainText(options.get(i)), i == key);
        }
        QuestionData question = q.build();
        questions.add(question);
        problems.addAll(question.problems());
      }
      clear();
    }

    private void begin(int number) {
      if (start == 0) {
        start = number;
      }
    }

    private void clear() {
      stem.clear();
      options.clear();
      start = 0;
    }
  }
}
