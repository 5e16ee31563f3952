package org.sathach.bank.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sathach.bank.Choice;
import org.sathach.bank.Criterion;
import org.sathach.bank.MatchPair;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;

/**
 * The project's own text format ({@code .shq}), in which the sample banks in {@code question-bank/}
 * are kept: one field per line, so that a diff shows exactly what changed. It expresses every
 * question type completely. The format is described in {@code question-bank/README.md}.
 */
public class ShqFormat implements QuestionFormat {
  static final String HTML_PREFIX = "html:";

  @Override
  public String name() {
    return "shq";
  }

  @Override
  public String extension() {
    return "shq";
  }

  @Override
  public String contentType() {
    return "text/plain;charset=UTF-8";
  }

  @Override
  public ParseResult parse(InputStream in) throws IOException {
    try {
      return new ShqReader(Utf8.read(in)).read();
    } catch (Utf8.NotUtf8 e) {
      return new ParseResult(List.of(), List.of(Problem.at(e.line, "format.encoding", "UTF-8")));
    }
  }

  @Override
  public List<Problem> write(List<QuestionData> questions, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("# Sát Hạch question bank (.shq), see question-bank/README.md\n");
    List<String> topic = null;
    int n = 0;
    for (QuestionData q : questions) {
      n++;
      if (!q.topicPath().equals(topic)) {
        topic = q.topicPath();
        w.write("\n@topic " + String.join(" > ", topic) + "\n");
      }
      w.write("\n=== " + (q.externalId() == null ? "Q" + n : q.externalId()) + "\n");
      field(w, "type", q.type().code());
      field(w, "level", q.difficulty().label());
      field(w, "points", q.points().stripTrailingZeros().toPlainString());
      if (!q.tags().isEmpty()) {
        field(w, "tags", String.join("; ", q.tags()));
      }
      field(w, "stem", text(q.stem()));
      writeBody(w, q);
      if (q.explanation() != null && !q.explanation().isBlank()) {
        field(w, "explanation", text(q.explanation()));
      }
    }
    w.flush();
    return List.of();
  }

  private static void writeBody(Writer w, QuestionData q) throws IOException {
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
        for (Choice c : q.choices()) {
          field(w, c.correct() ? "option+" : "option", text(c.text()));
        }
      }
      case TRUE_FALSE -> field(w, "answer", Boolean.toString(q.trueFalseAnswer()));
      case SHORT_ANSWER -> {
        for (String a : q.acceptedAnswers()) {
          field(w, "accept", a);
        }
        field(w, "match", q.matchMode().code());
      }
      case MATCHING -> {
        for (MatchPair p : q.pairs()) {
          field(
              w, "pair", TextHtml.toPlainText(p.left()) + " => " + TextHtml.toPlainText(p.right()));
        }
      }
      case ORDERING -> {
        for (String item : q.orderItems()) {
          field(w, "item", text(item));
        }
      }
      case ESSAY -> {
        if (q.markingGuide() != null && !q.markingGuide().isBlank()) {
          field(w, "guide", text(q.markingGuide()));
        }
        for (Criterion c : q.rubric()) {
          field(
              w,
              "criterion",
              c.points().stripTrailingZeros().toPlainString() + " | " + c.description());
        }
      }
    }
  }

  /** Plain text when nothing is lost, else the HTML itself behind {@code html:}. */
  static String text(String html) {
    return TextHtml.isPlain(html) ? TextHtml.toPlainText(html) : HTML_PREFIX + html;
  }

  private static void field(Writer w, String key, String value) throws IOException {
    String[] lines = value.split("\n", -1);
    w.write(key + ": " + lines[0] + "\n");
    for (int i = 1; i < lines.length; i++) {
      w.write("  " + lines[i] + "\n");
    }
  }

  static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static List<String> split(String text, String separator) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(separator)) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }
}
