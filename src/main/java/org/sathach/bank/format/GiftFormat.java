package org.sathach.bank.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;

/**
 * Moodle's GIFT text format, so that banks kept in Moodle (or typed by hand in GIFT) come into the
 * bank and go back out. Reading follows Moodle's own importer: every question type GIFT has except
 * numerical and description questions. Writing round-trips: what is written reads back as the same
 * questions; ordering questions, which GIFT cannot hold, are left out and reported.
 */
public class GiftFormat implements QuestionFormat {
  @Override
  public String name() {
    return "gift";
  }

  @Override
  public String extension() {
    return "gift";
  }

  @Override
  public String contentType() {
    return "text/plain;charset=UTF-8";
  }

  @Override
  public ParseResult parse(InputStream in) throws IOException {
    try {
      return new GiftReader().read(Utf8.read(in));
    } catch (Utf8.NotUtf8 e) {
      return new ParseResult(
          List.of(), List.of(Problem.at(e.line, "format.encoding", "invalid byte sequence")));
    }
  }

  @Override
  public List<Problem> write(List<QuestionData> questions, OutputStream out) throws IOException {
    GiftWriter writer = new GiftWriter();
    out.write(writer.write(questions).getBytes(StandardCharsets.UTF_8));
    out.flush();
    return List.copyOf(writer.problems());
  }
}
