package org.sathach.bank.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;

/**
 * Excel workbooks ({@code .xlsx}), because Vietnamese offices keep their question banks in
 * spreadsheets: one question per row of the sheet "Câu hỏi", the columns described in the sheet
 * "Hướng dẫn" of {@link #writeTemplate the template}. Every type is expressed; a question with more
 * than eight options is not. Uploads are untrusted: files over 20 MB, zip bombs, legacy {@code
 * .xls}, encrypted and damaged files are refused with a problem, never an exception.
 */
public class ExcelFormat implements QuestionFormat {
  static final int MAX_BYTES = 20 * 1024 * 1024;

  /** Largest uncompressed part of a workbook; a real bank of thousands of questions needs less. */
  static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

  /** Smallest compressed-to-uncompressed ratio before a part counts as a zip bomb (POI's own). */
  static final double MIN_INFLATE_RATIO = 0.01;

  static {
    // POI's guards are global: tighten them for this untrusted input, never loosen what is set.
    if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }
    if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }
  }

  @Override
  public String name() {
    return "excel";
  }

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public String contentType() {
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }

  @Override
  public ParseResult parse(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return refused(Problem.at(0, "format.tooLarge", "> 20 MB"));
    }
    if (bytes.length == 0) {
      return refused(Problem.at(0, "format.empty"));
    }
    FileMagic magic = FileMagic.valueOf(bytes);
    if (magic == FileMagic.OLE2) {
      return refused(Problem.at(0, "format.malformed", ole2(bytes)));
    }
    if (magic != FileMagic.OOXML) {
      return refused(Problem.at(0, "format.malformed", "not an .xlsx file"));
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      ExcelTable table = ExcelTable.find(workbook);
      if (table == null) {
        return refused(Problem.at(0, "format.malformed", "no header row (Mã, Chủ đề, Loại, …)"));
      }
      return new ExcelReader().read(table);
    } catch (IOException | RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (reason.contains("Zip bomb")) {
        return refused(Problem.at(0, "format.tooLarge", "zip bomb: expands too much"));
      }
      return refused(Problem.at(0, "format.malformed", shorten(reason)));
    }
  }

  /** An OLE2 container is either a legacy workbook or an encrypted (password-protected) one. */
  private static String ole2(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntry("EncryptedPackage")) {
        return "password-protected; remove the password and save again";
      }
    } catch (IOException | RuntimeException e) {
      return "damaged Excel 97-2003 file";
    }
    return "Excel 97-2003 (.xls); save it as .xlsx";
  }

  private static String shorten(String reason) {
    String line = reason.strip().split("\n", 2)[0];
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }

  private static ParseResult refused(Problem problem) {
    return new ParseResult(List.of(), List.of(problem));
  }

  /**
   * Writes one row per question. A question that cannot be written is left out and reported at its
   * position in {@code questions} (1-based), as is one written without something it had.
   */
  @Override
  public List<Problem> write(List<QuestionData> questions, OutputStream out) throws IOException {
    List<Problem> problems = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      ExcelWriter writer = new ExcelWriter(workbook);
      for (int i = 0; i < questions.size(); i++) {
        String lost = writer.add(questions.get(i));
        if (lost != null) {
          problems.add(Problem.at(i + 1, "export.notExpressible", lost));
        }
      }
      workbook.write(out);
    }
    return problems;
  }

  /**
   * Writes an empty bank to fill in: the header row, three example rows (single choice, multiple
   * response, essay) and a sheet "Hướng dẫn" explaining each column in Vietnamese.
   */
  public void writeTemplate(OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      ExcelWriter writer = new ExcelWriter(workbook);
      for (QuestionData example : ExcelTemplate.examples()) {
        writer.add(example);
      }
      ExcelTemplate.writeGuide(workbook);
      workbook.write(out);
    }
  }
}
