package org.sathach.bank.format;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;
import org.sathach.bank.format.GiftText.Format;
import org.sathach.bank.format.GiftText.Piece;

/**
 * Reads the text of one GIFT question (its lines without comments, joined) the way Moodle does:
 * title, format, the answer block and what its markers say about the type. Every syntax error is
 * reported with the line it is on, so that the writer of the file can find it.
 */
final class GiftQuestionReader {
  private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
  private static final BigDecimal FULL = BigDecimal.valueOf(100);

  private final String text;
  private final List<GiftReader.Line> lines;
  private final int[] starts;
  private final List<Problem> problems;
  private final QuestionData.Builder question;
  private Format format = Format.PLAIN;

  private GiftQuestionReader(
      List<GiftReader.Line> lines, QuestionData.Builder question, List<Problem> problems) {
    this.lines = lines;
    this.question = question;
    this.problems = problems;
    this.starts = new int[lines.size()];
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      starts[i] = joined.length();
      joined.append(lines.get(i).text()).append('\n');
    }
    this.text = joined.toString().strip();
  }

  /**
   * The question in {@code lines}, built on {@code question} (which holds what the comments and the
   * category said), or null when it cannot be read; the reason is then in {@code problems}.
   */
  static QuestionData read(
      List<GiftReader.Line> lines, QuestionData.Builder question, List<Problem> problems) {
    GiftQuestionReader reader = new GiftQuestionReader(lines, question, problems);
    return reader.read() ? question.build() : null;
  }

  private boolean read() {
    int pos = 0;
    if (text.startsWith("::")) {
      int end = GiftText.find(text, "::", 2);
      if (end < 0) {
        return syntax(0, "the title has no closing ::");
      }
      question.externalId(GiftText.unescape(text.substring(2, end)).strip());
      pos = end + 2;
    }
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    Format declared = GiftText.formatAt(text, pos);
    if (declared != null) {
      format = declared;
      pos = text.indexOf(']', pos) + 1;
    }
    int open = GiftText.find(text, "{", pos);
    int close = GiftText.find(text, "}", pos);
    if (open < 0 && close < 0) {
      problems.add(Problem.at(lineAt(pos), "format.unsupported", "description (no answers)"));
      return false;
    }
    if (open < 0 || (close >= 0 && close < open)) {
      return syntax(close, "} without {");
    }
    close = GiftText.find(text, "}", open + 1);
    if (close < 0) {
      return syntax(open, "{ without }");
    }
    int nested = GiftText.find(text, "{", open + 1, close);
    if (nested >= 0) {
      return syntax(nested, "{ inside the answers (write \\{ for a brace)");
    }
    int more = GiftText.find(text, "{", close + 1);
    if (more < 0) {
      more = GiftText.find(text, "}", close + 1);
    }
    if (more >= 0) {
      return syntax(more, "a second { } block (write \\{ and \\} for braces)");
    }
    String after = text.substring(close + 1);
    String stem = text.substring(pos, open) + (after.isBlank() ? "" : "_____" + after);
    question.stem(format.toHtml(GiftText.unescape(stem)));
    return answers(open + 1, close);
  }

  private boolean answers(int from, int to) {
    int general = GiftText.find(text, "####", from, to);
    if (general >= 0) {
      String explanation = text.substring(general + 4, to);
      question.explanation(explanation.isBlank() ? null : GiftText.html(explanation, format));
      to = general;
    }
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    String answer = text.substring(from, to).strip();
    if (answer.isEmpty()) {
      return essay();
    }
    if (answer.startsWith("#")) {
      problems.add(Problem.at(lineAt(from), "format.unsupported", "numerical"));
      return false;
    }
    if (GiftText.find(answer, "~", 0) >= 0) {
      return choices(from, to);
    }
    if (GiftText.find(answer, "=", 0) >= 0 && GiftText.find(answer, "->", 0) >= 0) {
      return matching(from, to);
    }
    String value = GiftText.withoutFeedback(answer).strip();
    if (TRUE_FALSE.contains(value)) {
      question.type(QuestionType.TRUE_FALSE).trueFalseAnswer(value.startsWith("T"));
      return true;
    }
    return shortAnswer(from, to);
  }

  private boolean essay() {
    BigDecimal points = question.build().points();
    question.type(QuestionType.ESSAY).points(points).criterion(points, "Overall");
    return true;
  }

  private boolean choices(int from, int to) {
    List<Piece> pieces = GiftText.split(text, from, to, "~=");
    if (!pieces.get(0).text().isBlank()) {
      return syntax(from, "text before the first ~ or =: " + pieces.get(0).text().strip());
    }
    boolean single = pieces.stream().anyMatch(p -> p.marker() == '=');
    question.type(single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_RESPONSE);
    for (Piece piece : pieces.subList(1, pieces.size())) {
      String body = GiftText.withoutFeedback(piece.text()).strip();
      BigDecimal weight = piece.marker() == '=' ? FULL : BigDecimal.ZERO;
      Matcher m = GiftText.WEIGHT.matcher(body);
      if (piece.marker() == '~' && m.find()) {
        weight = new BigDecimal(m.group(1));
        body = body.substring(m.end());
      }
      boolean correct = single ? piece.marker() == '=' : weight.signum() > 0;
      question.choice(GiftText.html(body, format), correct);
    }
    return true;
  }

  private boolean shortAnswer(int from, int to) {
    question.type(QuestionType.SHORT_ANSWER);
    for (Piece piece : GiftText.split(text, from, to, "=")) {
      String body = GiftText.withoutFeedback(piece.text()).strip();
      if (piece.marker() == 0 && body.isEmpty()) {
        continue;
      }
      Matcher m = GiftText.WEIGHT.matcher(body);
      BigDecimal weight = FULL;
      if (m.find()) {
        weight = new BigDecimal(m.group(1));
        body = body.substring(m.end());
      }
      // Our short answers are right or wrong: an answer worth partial credit is not accepted.
      if (weight.compareTo(FULL) >= 0) {
        question.accept(GiftText.unescape(body).strip());
      }
    }
    return true;
  }

  private boolean matching(int from, int to) {
    List<Piece> pieces = GiftText.split(text, from, to, "=");
    if (!pieces.get(0).text().isBlank()) {
      return syntax(from, "text before the first =: " + pieces.get(0).text().strip());
    }
    question.type(QuestionType.MATCHING);
    for (Piece piece : pieces.subList(1, pieces.size())) {
      String body = piece.text();
      int arrow = GiftText.find(body, "->", 0);
      if (arrow < 0) {
        return syntax(piece.offset(), "a matching pair without ->: " + body.strip());
      }
      String right = GiftText.unescape(body.substring(arrow + 2));
      question.pair(GiftText.html(body.substring(0, arrow), format), TextHtml.fromPlainText(right));
    }
    return true;
  }

  private boolean syntax(int offset, String detail) {
    problems.add(Problem.at(lineAt(offset), "format.syntax", detail));
    return false;
  }

  /** The line of the file on which {@code offset} of the joined text lies. */
  private int lineAt(int offset) {
    int i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) {
      i++;
    }
    return lines.get(i).number();
  }
}
