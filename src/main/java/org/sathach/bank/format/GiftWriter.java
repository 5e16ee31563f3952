package org.sathach.bank.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sathach.bank.Choice;
import org.sathach.bank.Criterion;
import org.sathach.bank.MatchMode;
import org.sathach.bank.MatchPair;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/**
 * Writes questions as GIFT that Moodle imports and that {@link GiftReader} reads back to the same
 * questions: what GIFT has no syntax for (level, tags, points) goes into comment lines before the
 * question, and what it cannot hold at all is reported, never dropped silently.
 */
final class GiftWriter {
  private static final BigDecimal FULL = BigDecimal.valueOf(100);

  private final StringBuilder out = new StringBuilder();
  private final List<Problem> problems = new ArrayList<>();
  private List<String> topic = List.of();
  private boolean html;

  /** The file's text; {@link #problems()} then says what could not be expressed. */
  String write(List<QuestionData> questions) {
    for (QuestionData q : questions) {
      if (q.type() == null || q.type() == QuestionType.ORDERING) {
        lost(q, q.type() == null ? "no type" : "ordering");
        continue;
      }
      if (!q.topicPath().equals(topic)) {
        topic = q.topicPath();
        out.append("$CATEGORY: $course$/top");
        topic.forEach(part -> out.append('/').append(part.replace("/", "//")));
        out.append("\n\n");
      }
      question(q);
      out.append('\n');
    }
    return out.toString();
  }

  List<Problem> problems() {
    return problems;
  }

  private void question(QuestionData q) {
    html =
        !Stream.of(Stream.of(q.stem(), q.explanation()), texts(q))
            .flatMap(s -> s)
            .allMatch(GiftWriter::plain);
    if (q.difficulty() != null) {
      out.append("// level: ").append(q.difficulty().label()).append('\n');
    }
    if (!q.tags().isEmpty()) {
      out.append("// tags: ").append(String.join("; ", q.tags())).append('\n');
    }
    if (!q.points().equals(BigDecimal.ONE)) {
      out.append("// points: ").append(q.points().toPlainString()).append('\n');
    }
    if (q.externalId() != null && !q.externalId().isBlank()) {
      out.append("::").append(GiftText.escape(q.externalId().strip())).append("::");
    }
    String stem = q.stem() == null ? "" : q.stem();
    out.append(html || stem.startsWith("[") || stem.startsWith("//") ? marker() : "");
    out.append(GiftText.escape(html ? stem.strip() : TextHtml.toPlainText(stem)));
    List<String> lost = new ArrayList<>();
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> choices(q);
      case TRUE_FALSE -> out.append(Boolean.TRUE.equals(q.trueFalseAnswer()) ? "{TRUE" : "{FALSE");
      case SHORT_ANSWER -> shortAnswer(q, lost);
      case MATCHING -> matching(q, lost);
      default -> essay(q, lost);
    }
    // True/false and essays close on the same line; the other types list one answer a line.
    boolean inline = q.type() == QuestionType.TRUE_FALSE || q.type() == QuestionType.ESSAY;
    if (q.explanation() != null && !q.explanation().isBlank()) {
      out.append(inline ? "####" : "\t####").append(text(q.explanation()));
      out.append(inline ? "" : "\n");
    }
    out.append("}\n");
    if (!lost.isEmpty()) {
      lost(q, String.join(", ", lost));
    }
  }

  private static Stream<String> texts(QuestionData q) {
    return Stream.concat(
        q.choices().stream().map(Choice::text), q.pairs().stream().map(MatchPair::left));
  }

  private void choices(QuestionData q) {
    boolean single = q.type() == QuestionType.SINGLE_CHOICE;
    long correct = q.choices().stream().filter(Choice::correct).count();
    String weight =
        correct == 0
            ? "%0%"
            : "%"
                + FULL.divide(BigDecimal.valueOf(correct), 5, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString()
                + "%";
    out.append("{\n");
    for (Choice c : q.choices()) {
      String text = text(c.text());
      if (single) {
        boolean guard = !c.correct() && GiftText.WEIGHT.matcher(text).find();
        out.append(c.correct() ? "\t=" : guard ? "\t~%0%" : "\t~");
      } else {
        out.append("\t~").append(c.correct() ? weight : "%-100%");
      }
      out.append(text).append('\n');
    }
  }

  private void shortAnswer(QuestionData q, List<String> lost) {
    out.append("{\n");
    for (String answer : q.acceptedAnswers()) {
      String text = GiftText.escape(answer.strip());
      out.append(GiftText.WEIGHT.matcher(text).find() ? "\t=%100%" : "\t=")
          .append(text)
          .append('\n');
    }
    if (q.matchMode() != MatchMode.IGNORE_CASE) {
      lost.add("match mode " + q.matchMode().code());
    }
  }

  private void matching(QuestionData q, List<String> lost) {
    out.append("{\n");
    for (MatchPair p : q.pairs()) {
      String right = TextHtml.toPlainText(p.right());
      out.append("\t=")
          .append(text(p.left()))
          .append(" -> ")
          .append(GiftText.escape(right))
          .append('\n');
      if (!plain(p.right()) && !lost.contains("formatting of matches")) {
        lost.add("formatting of matches");
      }
    }
  }

  private void essay(QuestionData q, List<String> lost) {
    out.append('{');
    List<Criterion> implied = List.of(new Criterion(q.points(), "Overall"));
    if (!q.rubric().equals(implied)) {
      lost.add("rubric");
    }
    if (q.markingGuide() != null && !q.markingGuide().isBlank()) {
      lost.add("marking guide");
    }
  }

  /** An answer or feedback text in the question's format, escaped. */
  private String text(String value) {
    String v = value == null ? "" : value.strip();
    return (v.startsWith("[") ? marker() : "")
        + GiftText.escape(html ? v : TextHtml.toPlainText(v));
  }

  private String marker() {
    return html ? "[html]" : "[plain]";
  }

  /** True when the HTML comes back unchanged from its plain text, so plain GIFT loses nothing. */
  private static boolean plain(String value) {
    return value == null
        || TextHtml.fromPlainText(TextHtml.toPlainText(value)).equals(value.strip());
  }

  private void lost(QuestionData q, String what) {
    problems.add(Problem.at(q.line(), "export.notExpressible", what));
  }
}
