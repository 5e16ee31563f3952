package org.sathach.bank.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sathach.bank.Difficulty;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/**
 * Turns the rows of an {@link ExcelTable} into questions, one per row, collecting every problem
 * with its row number. The common columns are read here; what the answer and option columns mean
 * depends on the type and is read by {@link ExcelAnswers}.
 */
final class ExcelReader {
  /** Vietnamese names an office may write instead of the type codes. */
  private static final Map<String, QuestionType> TYPE_NAMES =
      Map.ofEntries(
          Map.entry("mot lua chon", QuestionType.SINGLE_CHOICE),
          Map.entry("nhieu lua chon", QuestionType.MULTIPLE_RESPONSE),
          Map.entry("dung/sai", QuestionType.TRUE_FALSE),
          Map.entry("dung sai", QuestionType.TRUE_FALSE),
          Map.entry("tra loi ngan", QuestionType.SHORT_ANSWER),
          Map.entry("ghep doi", QuestionType.MATCHING),
          Map.entry("sap xep", QuestionType.ORDERING),
          Map.entry("tu luan", QuestionType.ESSAY));

  private final List<QuestionData> questions = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  ParseResult read(ExcelTable table) {
    problems.addAll(table.problems());
    for (ExcelTable.Line line : table.lines()) {
      read(line);
    }
    if (questions.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.at(0, "format.empty"));
    }
    return new ParseResult(questions, problems);
  }

  private void read(ExcelTable.Line line) {
    int row = line.number();
    List<Problem> found = new ArrayList<>(line.problems());
    String typeText = line.get(ExcelColumn.TYPE).strip();
    QuestionType type = typeText.isEmpty() ? null : type(typeText);
    if (type == null && !typeText.isEmpty()) {
      found.add(Problem.at(row, "format.unknownType", typeText));
      problems.addAll(found);
      return;
    }
    QuestionData.Builder b = QuestionData.builder().line(row).type(type);
    id(row, line.get(ExcelColumn.ID).strip(), b, found);
    topic(row, line.get(ExcelColumn.TOPIC), b, found);
    String levelText = line.get(ExcelColumn.LEVEL).strip();
    Difficulty level = levelText.isEmpty() ? null : Difficulty.fromLabel(levelText);
    boolean badLevel = level == null && !levelText.isEmpty();
    if (badLevel) {
      found.add(Problem.at(row, "format.unknownLevel", levelText));
    }
    b.difficulty(level);
    String pointsText = line.get(ExcelColumn.POINTS).strip();
    if (!pointsText.isEmpty()) {
      BigDecimal points = number(pointsText);
      if (points == null) {
        found.add(Problem.at(row, "format.badNumber", pointsText));
      }
      b.points(points);
    }
    b.tags(split(line.get(ExcelColumn.TAGS), ";"));
    b.stem(html(line.get(ExcelColumn.STEM)));
    b.explanation(html(line.get(ExcelColumn.EXPLANATION)));
    if (type != null) {
      new ExcelAnswers(line, b, found).read(type);
    }
    QuestionData question = b.build();
    for (Problem p : question.problems()) {
      if (!(badLevel && p.key().equals("question.level.required"))) {
        found.add(p);
      }
    }
    problems.addAll(found);
    questions.add(question);
  }

  private void id(int row, String id, QuestionData.Builder b, List<Problem> found) {
    if (id.isEmpty()) {
      return;
    }
    if (!id.matches("[\\p{L}\\p{N}._-]+")) {
      found.add(Problem.at(row, "format.syntax", ExcelColumn.ID.vietnamese() + ": " + id));
    } else if (!ids.add(id)) {
      found.add(Problem.at(row, "format.duplicateId", id));
    }
    b.externalId(id);
  }

  /** Same rule as the project's own format: a path under one of the two roots. */
  private static void topic(int row, String text, QuestionData.Builder b, List<Problem> found) {
    List<String> parts = split(text, ">");
    if (parts.isEmpty()) {
      found.add(Problem.at(row, "format.missingField", ExcelColumn.TOPIC.header()));
      return;
    }
    for (String root : ShqReader.ROOTS) {
      if (ExcelColumn.fold(root).equals(ExcelColumn.fold(parts.get(0)))) {
        parts.set(0, root);
      }
    }
    if (!ShqReader.ROOTS.contains(parts.get(0))) {
      found.add(Problem.at(row, "format.badTopic", text.strip()));
    }
    b.topicPath(parts);
  }

  private static QuestionType type(String text) {
    QuestionType type = QuestionType.fromCode(text);
    return type != null ? type : TYPE_NAMES.get(ExcelColumn.fold(text));
  }

  /** A number as typed, with a decimal point or the Vietnamese decimal comma; null if none. */
  static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The non-blank parts, trimmed. */
  static List<String> split(String text, String separator) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(separator, -1)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** A cell's plain text as HTML; null for an empty cell. */
  static String html(String text) {
    return text.isBlank() ? null : TextHtml.fromPlainText(text);
  }
}
