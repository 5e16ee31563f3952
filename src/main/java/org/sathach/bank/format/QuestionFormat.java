package org.sathach.bank.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.sathach.bank.QuestionData;

/**
 * A file format the bank reads and writes (Moodle XML, GIFT, Aiken, Excel, the project's own).
 * Parsing never throws for bad content: it returns every problem found with its line (or row), so
 * that the import preview can show them all; the import then takes all questions or none.
 */
public interface QuestionFormat {
  /** Short name used in URLs and file names, e.g. {@code gift}. */
  String name();

  /** The usual file extension, without the dot. */
  String extension();

  /** The MIME type of an exported file. */
  String contentType();

  /**
   * Reads a whole file. Texts in the result are HTML fragments (plain text escaped), not yet
   * sanitized; the bank sanitizes them on import.
   */
  ParseResult parse(InputStream in) throws IOException;

  /**
   * Writes the questions. What the format cannot express is reported per question (key {@code
   * export.notExpressible}, detail naming what), never silently dropped; such questions are left
   * out of the file or written without the part that cannot be expressed, as the report says.
   */
  List<org.sathach.bank.Problem> write(List<QuestionData> questions, OutputStream out)
      throws IOException;
}
