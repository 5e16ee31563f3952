package org.sathach.bank.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a whole Moodle XML file: checks the encoding and the XML, follows the category questions to
 * know each question's topic, skips descriptions, refuses the question types the bank has no
 * counterpart for, and hands every other question to {@link MoodleXmlQuestionReader}.
 */
final class MoodleXmlReader {
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final List<String> SUPPORTED =
      List.of("multichoice", "truefalse", "shortanswer", "matching", "match", "essay", "ordering");

  private final List<QuestionData> questions = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private List<String> topic = List.of();

  ParseResult read(byte[] bytes) throws IOException {
    if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
      return failed(Problem.at(0, "format.empty"));
    }
    MoodleXmlElement root;
    try {
      root = MoodleXmlElement.parse(source(bytes));
    } catch (Utf8.NotUtf8 e) {
      return failed(Problem.at(e.line, "format.encoding", "declared UTF-8"));
    } catch (SAXParseException e) {
      return failed(Problem.at(Math.max(e.getLineNumber(), 0), "format.malformed", e.getMessage()));
    } catch (SAXException e) {
      return failed(Problem.at(0, "format.malformed", e.getMessage()));
    }
    if (!"quiz".equals(root.name)) {
      return failed(
          Problem.at(root.line, "format.malformed", "root <" + root.name + ">, expected <quiz>"));
    }
    for (MoodleXmlElement question : root.children("question")) {
      read(question);
    }
    if (questions.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.at(0, "format.empty"));
    }
    return new ParseResult(questions, problems);
  }

  private void read(MoodleXmlElement question) {
    String type = question.attribute("type");
    type = type == null ? "" : type.strip();
    if (type.equals("category")) {
      MoodleXmlElement category = question.child("category");
      topic = topicPath(category == null ? "" : category.textChild());
    } else if (type.equals("description")) {
      // Moodle's text-only "question" carries no answer: nothing for the bank to hold.
      return;
    } else if (SUPPORTED.contains(type)) {
      questions.add(new MoodleXmlQuestionReader(question, type, topic, problems).read());
    } else if (type.isEmpty()) {
      problems.add(Problem.at(question.line, "format.missingField", "type"));
    } else {
      problems.add(Problem.at(question.line, "format.unsupported", type));
    }
  }

  /**
   * The topic path of a Moodle category path such as {@code $course$/top/Chính trị/Đảng}: without
   * the context and the invisible "top" category, with Moodle's {@code //} read back as a slash.
   */
  static List<String> topicPath(String categoryPath) {
    List<String> out = new ArrayList<>();
    for (String part : categoryPath.split("(?<!/)/(?!/)")) {
      String name = part.replace("//", "/").strip();
      boolean context = out.isEmpty() && name.startsWith("$") && name.endsWith("$");
      boolean top = out.isEmpty() && name.equals("top");
      if (!name.isEmpty() && !context && !top) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * Moodle always writes UTF-8; a file that says so (or says nothing) is checked strictly, so that
   * a file saved in Windows-1258 says "not UTF-8" with its line instead of failing obscurely. A
   * file that declares another encoding, or starts with a UTF-16 mark, is left to the parser.
   */
  private static InputSource source(byte[] bytes) throws IOException {
    if (declaresOtherEncoding(bytes)) {
      return new InputSource(new ByteArrayInputStream(bytes));
    }
    return new InputSource(new StringReader(Utf8.read(new ByteArrayInputStream(bytes))));
  }

  private static boolean declaresOtherEncoding(byte[] bytes) {
    if (bytes.length >= 2) {
      int b0 = bytes[0] & 0xFF;
      int b1 = bytes[1] & 0xFF;
      if (b0 == 0 || b1 == 0 || (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        return true; // UTF-16 or UTF-32, with or without a byte-order mark
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
    if (head.startsWith("\u00EF\u00BB\u00BF")) {
      head = head.substring(3);
    }
    Matcher m = DECLARED_ENCODING.matcher(head);
    if (!m.find()) {
      return false;
    }
    String declared = m.group(1).toUpperCase(Locale.ROOT);
    return !declared.equals("UTF-8") && !declared.equals("UTF8");
  }

  private ParseResult failed(Problem problem) {
    return new ParseResult(List.of(), List.of(problem));
  }
}
