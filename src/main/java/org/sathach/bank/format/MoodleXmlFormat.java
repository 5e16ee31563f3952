package org.sathach.bank.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;

/**
 * Moodle XML, the format in which most Vietnamese schools and training centres already keep their
 * question banks: importing it brings those banks over, exporting it lets a bank go back to Moodle.
 *
 * <p>It reads Moodle's multichoice, truefalse, shortanswer, matching and essay questions and the
 * ordering plugin's, takes topics from category questions and skips descriptions; every other type
 * (numerical, calculated, cloze, drag-and-drop, ...) is reported as unsupported. The parser refuses
 * DOCTYPEs, so hostile files (XXE, billion laughs) fail as damaged instead of being expanded. What
 * Moodle lacks, level and rubric, travels in tags of the bank's own, so that a file written here
 * reads back into the same questions.
 */
public class MoodleXmlFormat implements QuestionFormat {

  @Override
  public String name() {
    return "moodle";
  }

  @Override
  public String extension() {
    return "xml";
  }

  @Override
  public String contentType() {
    return "application/xml";
  }

  @Override
  public ParseResult parse(InputStream in) throws IOException {
    return new MoodleXmlReader().read(in.readAllBytes());
  }

  @Override
  public List<Problem> write(List<QuestionData> questions, OutputStream out) throws IOException {
    MoodleXmlWriter writer = new MoodleXmlWriter();
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(writer.write(questions));
    w.flush();
    return List.copyOf(writer.problems());
  }
}
