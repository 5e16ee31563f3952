package org.sathach.bank.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sathach.bank.Criterion;
import org.sathach.bank.Difficulty;
import org.sathach.bank.MatchMode;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/**
 * Turns one {@code <question>} of a supported Moodle type into a {@link QuestionData}, reporting
 * what it cannot take with the question's line. Moodle knows no level and no rubric, so the bank
 * keeps them in tags of its own ({@code level:}, {@code criterion:}, {@code match:}), which Moodle
 * carries along untouched; an essay without criteria gets one "Overall" criterion worth all its
 * points.
 */
final class MoodleXmlQuestionReader {
  static final String LEVEL_TAG = "level:";
  static final String CRITERION_TAG = "criterion:";
  static final String MATCH_TAG = "match:";
  static final String OVERALL = "Overall";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern WILDCARD = Pattern.compile("(?<!\\\\)\\*");

  private final MoodleXmlElement question;
  private final String type;
  private final List<Problem> problems;
  private final QuestionData.Builder builder = QuestionData.builder();
  private final List<Criterion> criteria = new ArrayList<>();
  private BigDecimal points = BigDecimal.ONE;

  MoodleXmlQuestionReader(
      MoodleXmlElement question, String type, List<String> topic, List<Problem> problems) {
    this.question = question;
    this.type = type;
    this.problems = problems;
    builder.line(question.line).topicPath(topic);
  }

  QuestionData read() {
    MoodleXmlElement name = question.child("name");
    builder
        .externalId(blankToNull(name == null ? "" : name.textChild()))
        .difficulty(Difficulty.NHAN_BIET)
        .stem(html(question.child("questiontext")))
        .explanation(blankToNull(html(question.child("generalfeedback"))));
    readPoints();
    reportEmbeddedFiles();
    switch (type) {
      case "multichoice" -> readChoices();
      case "truefalse" -> readTrueFalse();
      case "shortanswer" -> readShortAnswer();
      case "essay" ->
          builder
              .type(QuestionType.ESSAY)
              .markingGuide(blankToNull(html(question.child("graderinfo"))));
      case "ordering" -> {
        builder.type(QuestionType.ORDERING);
        question.children("answer").forEach(a -> builder.orderItem(html(a)));
      }
      default -> readPairs();
    }
    readTags();
    if (type.equals("essay")) {
      builder.rubric(criteria.isEmpty() ? List.of(new Criterion(points, OVERALL)) : criteria);
    }
    QuestionData data = builder.build();
    problems.addAll(data.problems());
    return data;
  }

  private void readPoints() {
    MoodleXmlElement grade = question.child("defaultgrade");
    if (grade != null && !grade.text().isBlank()) {
      BigDecimal value = number(grade.text());
      if (value == null) {
        problems.add(Problem.at(grade.line, "format.badNumber", grade.text().strip()));
      } else {
        points = value;
      }
    }
    builder.points(points);
  }

  private void reportEmbeddedFiles() {
    for (MoodleXmlElement e : question.descendants()) {
      boolean image = e.name.equals("file") && MoodleXmlFiles.isImage(e);
      if (!image && (e.name.equals("file") || e.name.equals("image_base64"))) {
        String file = e.attribute("name") == null ? e.name : e.attribute("name");
        problems.add(Problem.at(e.line, "format.unsupported", "embedded file " + file));
      }
    }
  }

  private void readChoices() {
    String single = question.value("single");
    // Moodle's own reading: absent means single, "false", "0" and "" mean multiple.
    boolean isSingle =
        single == null || !(single.isEmpty() || single.equals("false") || single.equals("0"));
    builder.type(isSingle ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_RESPONSE);
    for (MoodleXmlElement answer : question.children("answer")) {
      BigDecimal fraction = fraction(answer);
      boolean key = isSingle ? fraction.compareTo(HUNDRED) == 0 : fraction.signum() > 0;
      builder.choice(html(answer), key);
    }
  }

  private void readTrueFalse() {
    builder.type(QuestionType.TRUE_FALSE);
    List<MoodleXmlElement> answers = question.children("answer");
    for (int i = 0; i < answers.size(); i++) {
      String text = answers.get(i).textChild();
      if (!text.equals("true") && !text.equals("false")) {
        // Old Moodle files hold translated words; they always list "true" first.
        text = i == 0 ? "true" : "false";
      }
      if (fraction(answers.get(i)).compareTo(HUNDRED) == 0) {
        builder.trueFalseAnswer(text.equals("true"));
      }
    }
  }

  private void readShortAnswer() {
    builder.type(QuestionType.SHORT_ANSWER);
    builder.matchMode(
        "1".equals(question.value("usecase")) ? MatchMode.EXACT : MatchMode.IGNORE_CASE);
    for (MoodleXmlElement answer : question.children("answer")) {
      if (fraction(answer).compareTo(HUNDRED) == 0) {
        String text = answer.textChild();
        if (WILDCARD.matcher(text).find()) {
          problems.add(Problem.at(answer.line, "format.unsupported", "wildcard * in " + text));
        }
        builder.accept(text.replace("\\*", "*"));
      }
    }
  }

  private void readPairs() {
    builder.type(QuestionType.MATCHING);
    for (MoodleXmlElement sub : question.children("subquestion")) {
      String left = html(sub);
      MoodleXmlElement answer = sub.child("answer");
      String right = answer == null ? "" : answer.textChild();
      if (left.isBlank()) {
        // Moodle's extra wrong answers: the bank's matching questions have none.
        problems.add(Problem.at(sub.line, "format.unsupported", "extra matching answer " + right));
      } else {
        builder.pair(left, TextHtml.fromPlainText(right));
      }
    }
  }

  private void readTags() {
    for (String list : List.of("tags", "coursetags")) {
      MoodleXmlElement tags = question.child(list);
      for (MoodleXmlElement tag :
          tags == null ? List.<MoodleXmlElement>of() : tags.children("tag")) {
        String text = tag.textChild();
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
          continue;
        } else if (lower.startsWith(LEVEL_TAG)) {
          readLevel(tag, text.substring(LEVEL_TAG.length()).strip());
        } else if (lower.startsWith(CRITERION_TAG) && type.equals("essay")) {
          readCriterion(tag, text);
        } else if (lower.startsWith(MATCH_TAG) && type.equals("shortanswer")) {
          MatchMode mode = MatchMode.fromCode(text.substring(MATCH_TAG.length()));
          if (mode == null) {
            problems.add(Problem.at(tag.line, "format.syntax", text));
          } else {
            builder.matchMode(mode);
          }
        } else {
          builder.tag(text);
        }
      }
    }
  }

  private void readLevel(MoodleXmlElement tag, String label) {
    Difficulty level = Difficulty.fromLabel(label);
    if (level == null) {
      problems.add(Problem.at(tag.line, "format.unknownLevel", label));
    } else {
      builder.difficulty(level);
    }
  }

  /** A tag {@code criterion:<points>|<description>}. */
  private void readCriterion(MoodleXmlElement tag, String text) {
    String value = text.substring(CRITERION_TAG.length());
    int bar = value.indexOf('|');
    BigDecimal worth = bar < 0 ? null : number(value.substring(0, bar));
    if (bar < 0) {
      problems.add(Problem.at(tag.line, "format.syntax", text));
    } else if (worth == null) {
      problems.add(Problem.at(tag.line, "format.badNumber", value.substring(0, bar).strip()));
    } else {
      criteria.add(new Criterion(worth, value.substring(bar + 1).strip()));
    }
  }

  private BigDecimal fraction(MoodleXmlElement answer) {
    String text = answer.attribute("fraction");
    if (text == null || text.isBlank()) {
      return BigDecimal.ZERO;
    }
    BigDecimal value = number(text);
    if (value == null) {
      problems.add(Problem.at(answer.line, "format.badNumber", text.strip()));
      return BigDecimal.ZERO;
    }
    return value;
  }

  /** The HTML of a Moodle text element, whatever its {@code format} attribute says it is. */
  static String html(MoodleXmlElement element) {
    if (element == null) {
      return "";
    }
    String text = element.textChild();
    String format = element.attribute("format");
    if (format == null || text.isEmpty()) {
      return MoodleXmlFiles.inline(text, element);
    }
    return switch (format.strip()) {
      case "plain_text", "moodle_auto_format", "markdown", "wiki_like" ->
          TextHtml.fromPlainText(text);
      default -> MoodleXmlFiles.inline(text, element);
    };
  }

  /** A number as Moodle writes it ({@code 1.0000000}), without its trailing zeros; null if none. */
  static BigDecimal number(String text) {
    try {
      BigDecimal value = new BigDecimal(text.strip()).stripTrailingZeros();
      return value.scale() < 0 ? value.setScale(0) : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
