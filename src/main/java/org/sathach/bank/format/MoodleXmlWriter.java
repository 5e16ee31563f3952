package org.sathach.bank.format;

import static org.sathach.bank.format.MoodleXmlQuestionReader.CRITERION_TAG;
import static org.sathach.bank.format.MoodleXmlQuestionReader.LEVEL_TAG;
import static org.sathach.bank.format.MoodleXmlQuestionReader.MATCH_TAG;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.sathach.bank.Choice;
import org.sathach.bank.Criterion;
import org.sathach.bank.MatchMode;
import org.sathach.bank.MatchPair;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/**
 * Writes questions the way Moodle 4 exports them, so that Moodle imports the file as its own: a
 * category question whenever the topic changes, HTML texts in CDATA, and the bank's level, rubric
 * and matching rule as tags of its own that {@link MoodleXmlQuestionReader} reads back. What Moodle
 * cannot hold is reported with {@code export.notExpressible}.
 */
final class MoodleXmlWriter {
  /** Moodle cuts longer tags when it imports them. */
  private static final int MOODLE_TAG_LENGTH = 50;

  private final StringBuilder out = new StringBuilder();
  private final List<Problem> problems = new ArrayList<>();

  /** The whole file; {@link #problems()} then tells what it could not express. */
  String write(List<QuestionData> questions) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    List<String> topic = null;
    int n = 0;
    for (QuestionData q : questions) {
      n++;
      if (q.type() == null) {
        problems.add(Problem.at(q.line(), "export.notExpressible", "question without a type"));
        continue;
      }
      if (!q.topicPath().equals(topic)) {
        topic = q.topicPath();
        writeCategory(topic);
      }
      writeQuestion(q, n);
    }
    out.append("</quiz>\n");
    return out.toString();
  }

  List<Problem> problems() {
    return problems;
  }

  private void writeCategory(List<String> topic) {
    StringBuilder path = new StringBuilder("$course$/top");
    topic.forEach(name -> path.append('/').append(name.replace("/", "//")));
    out.append("<!-- question: 0  -->\n  <question type=\"category\">\n    <category>\n");
    out.append("      <text>").append(escape(path.toString())).append("</text>\n");
    out.append("    </category>\n");
    out.append("    <info format=\"html\">\n      <text></text>\n    </info>\n");
    out.append("    <idnumber></idnumber>\n  </question>\n\n");
  }

  private void writeQuestion(QuestionData q, int n) {
    String type =
        switch (q.type()) {
          case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "multichoice";
          case TRUE_FALSE -> "truefalse";
          case SHORT_ANSWER -> "shortanswer";
          case MATCHING -> "matching";
          case ORDERING -> "ordering";
          case ESSAY -> "essay";
        };
    out.append("<!-- question: ").append(n).append("  -->\n");
    out.append("  <question type=\"").append(type).append("\">\n");
    String name = q.externalId() == null ? "Q" + n : q.externalId();
    out.append("    <name>\n      <text>").append(escape(name)).append("</text>\n    </name>\n");
    html("questiontext", q.stem(), 2);
    html("generalfeedback", q.explanation(), 2);
    element("defaultgrade", plain(q.points()));
    element("penalty", "0.3333333");
    element("hidden", "0");
    element("idnumber", "");
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> writeChoices(q);
      case TRUE_FALSE -> writeTrueFalse(q);
      case SHORT_ANSWER -> writeShortAnswer(q);
      case MATCHING -> writePairs(q);
      case ORDERING -> writeOrdering(q);
      case ESSAY -> writeEssay(q);
    }
    writeTags(q);
    out.append("  </question>\n\n");
  }

  private void writeChoices(QuestionData q) {
    boolean single = q.type() == QuestionType.SINGLE_CHOICE;
    long keys = q.choices().stream().filter(Choice::correct).count();
    // A multiple-response key earns its share of 100; a wrong option costs nothing.
    String share =
        single || keys == 0
            ? "100"
            : plain(
                BigDecimal.valueOf(100).divide(BigDecimal.valueOf(keys), 5, RoundingMode.HALF_UP));
    element("single", Boolean.toString(single));
    element("shuffleanswers", "1");
    element("answernumbering", "abc");
    element("showstandardinstruction", "0");
    combinedFeedback();
    for (Choice c : q.choices()) {
      out.append("    <answer fraction=\"")
          .append(c.correct() ? share : "0")
          .append("\" format=\"html\">\n");
      out.append("      ").append(textElement(c.text(), true)).append('\n');
      emptyFeedback();
      out.append("    </answer>\n");
    }
  }

  private void writeTrueFalse(QuestionData q) {
    boolean answer = Boolean.TRUE.equals(q.trueFalseAnswer());
    plainAnswer("true", answer ? "100" : "0");
    plainAnswer("false", answer ? "0" : "100");
  }

  private void writeShortAnswer(QuestionData q) {
    if (q.matchMode() == MatchMode.IGNORE_CASE_AND_DIACRITICS) {
      problems.add(
          Problem.at(
              q.line(), "export.notExpressible", "Moodle does not ignore diacritics, only case"));
    }
    element("usecase", q.matchMode() == MatchMode.EXACT ? "1" : "0");
    // Moodle reads a bare * as "anything"; the bank's answers mean the character itself.
    q.acceptedAnswers().forEach(a -> plainAnswer(a.replace("*", "\\*"), "100"));
  }

  private void writePairs(QuestionData q) {
    element("shuffleanswers", "true");
    combinedFeedback();
    for (MatchPair p : q.pairs()) {
      if (!TextHtml.isPlain(p.right())) {
        problems.add(
            Problem.at(
                q.line(), "export.notExpressible", "formatting in matching answer " + p.right()));
      }
      out.append("    <subquestion format=\"html\">\n");
      out.append("      ").append(textElement(p.left(), true)).append('\n');
      out.append("      <answer>\n        ");
      out.append(textElement(TextHtml.toPlainText(p.right()), false)).append('\n');
      out.append("      </answer>\n    </subquestion>\n");
    }
  }

  private void writeOrdering(QuestionData q) {
    element("layouttype", "VERTICAL");
    element("selecttype", "ALL");
    element("selectcount", "0");
    element("gradingtype", "ALL_OR_NOTHING");
    element("showgrading", "SHOW");
    element("numberingstyle", "none");
    combinedFeedback();
    // The ordering plugin keeps each item's position in its fraction and lists them in order.
    int position = 0;
    for (String item : q.orderItems()) {
      position++;
      out.append("    <answer fraction=\"").append(position).append("\" format=\"html\">\n");
      out.append("      ").append(textElement(item, true)).append('\n');
      out.append("    </answer>\n");
    }
  }

  private void writeEssay(QuestionData q) {
    element("responseformat", "editor");
    element("responserequired", "1");
    element("responsefieldlines", "15");
    element("minwordlimit", "");
    element("maxwordlimit", "");
    element("attachments", "0");
    element("attachmentsrequired", "0");
    element("maxbytes", "0");
    element("filetypeslist", "");
    html("graderinfo", q.markingGuide(), 2);
    html("responsetemplate", null, 2);
  }

  private void writeTags(QuestionData q) {
    List<String> tags = new ArrayList<>();
    if (q.difficulty() != null) {
      tags.add(LEVEL_TAG + q.difficulty().label());
    }
    if (q.type() == QuestionType.ESSAY) {
      for (Criterion c : q.rubric()) {
        tags.add(CRITERION_TAG + plain(c.points()) + "|" + c.description());
      }
    }
    if (q.type() == QuestionType.SHORT_ANSWER
        && q.matchMode() == MatchMode.IGNORE_CASE_AND_DIACRITICS) {
      tags.add(MATCH_TAG + q.matchMode().code());
    }
    tags.addAll(q.tags());
    out.append("    <tags>\n");
    for (String tag : tags) {
      if (tag.length() > MOODLE_TAG_LENGTH) {
        problems.add(
            Problem.at(
                q.line(), "export.notExpressible", "Moodle cuts tags to 50 characters: " + tag));
      }
      out.append("      <tag>").append(textElement(tag, false)).append("</tag>\n");
    }
    out.append("    </tags>\n");
  }

  private void plainAnswer(String text, String fraction) {
    out.append("    <answer fraction=\"")
        .append(fraction)
        .append("\" format=\"moodle_auto_format\">\n");
    out.append("      ").append(textElement(text, false)).append('\n');
    emptyFeedback();
    out.append("    </answer>\n");
  }

  private void combinedFeedback() {
    for (String name :
        List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
      html(name, null, 2);
    }
    out.append("    <shownumcorrect/>\n");
  }

  private void emptyFeedback() {
    html("feedback", null, 3);
  }

  private void html(String name, String html, int depth) {
    String indent = "  ".repeat(depth);
    out.append(indent).append('<').append(name).append(" format=\"html\">\n");
    out.append(indent).append("  ").append(textElement(html, true)).append('\n');
    out.append(indent).append("</").append(name).append(">\n");
  }

  private void element(String name, String value) {
    out.append("    <").append(name).append('>').append(escape(value));
    out.append("</").append(name).append(">\n");
  }

  private static String textElement(String text, boolean cdata) {
    if (text == null || text.isEmpty()) {
      return "<text></text>";
    }
    String clean = xmlChars(text);
    String body =
        cdata ? "<![CDATA[" + clean.replace("]]>", "]]]]><![CDATA[>") + "]]>" : escape(clean);
    return "<text>" + body + "</text>";
  }

  private static String escape(String text) {
    return xmlChars(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Without the control characters XML 1.0 cannot carry at all (they show nothing anyway). */
  private static String xmlChars(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c < 0xD800)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
