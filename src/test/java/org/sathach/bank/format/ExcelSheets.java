package org.sathach.bank.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sathach.bank.Difficulty;
import org.sathach.bank.MatchMode;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/**
 * Builds the files {@link ExcelFormatTest} reads: sheets typed the way an office worker types them
 * (headers without the English, with and without diacritics, numbers as numbers, formulas Excel
 * evaluates on saving), and the bad files an upload may bring.
 */
final class ExcelSheets {
  private static final List<String> HEADERS =
      List.of(
          "Mã",
          "Chủ đề",
          "Loại",
          "Mức độ",
          "Điểm",
          "Thẻ",
          "Nội dung câu hỏi",
          "Đáp án đúng",
          "Phương án 1",
          "Phuong an 2",
          "PHƯƠNG ÁN 3",
          "Phương án 4",
          "Phương án 5",
          "Phương án 6",
          "Phương án 7",
          "Phương án 8",
          "Giải thích",
          "Hướng dẫn chấm");

  /** The header row as an office types it: Vietnamese only, diacritics or not. */
  static final String HEADER = String.join(" ¦ ", HEADERS);

  private ExcelSheets() {}

  /** A workbook whose sheet "Câu hỏi" has the header in row 1 and nothing else. */
  static XSSFWorkbook workbook() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    type(workbook.createSheet("Câu hỏi"), 0, HEADER);
    return workbook;
  }

  /** A workbook whose sheet "Câu hỏi" has the header in row 1 and these rows below. */
  static XSSFWorkbook workbook(String rows) {
    XSSFWorkbook workbook = workbook();
    type(workbook.getSheetAt(0), 1, rows);
    return workbook;
  }

  /**
   * Types rows from {@code firstRow} (0-based) down, one line per row, cells separated by "¦", and
   * "⏎" for Alt+Enter inside a cell. Like Excel, a number becomes a number, TRUE or FALSE a
   * boolean, "=…" a formula; an empty cell or line is left untouched.
   */
  static void type(Sheet sheet, int firstRow, String rows) {
    String[] lines = rows.split("\n", -1);
    for (int r = 0; r < lines.length; r++) {
      String[] cells = lines[r].split("¦", -1);
      for (int c = 0; c < cells.length; c++) {
        String text = cells[c].strip().replace("⏎", "\n");
        if (!text.isEmpty()) {
          cell(sheet, firstRow + r, c, text);
        }
      }
    }
  }

  static void cell(Sheet sheet, int r, int c, String text) {
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    Cell cell = row.createCell(c);
    if (text.matches("-?\\d+(\\.\\d+)?")) {
      cell.setCellValue(Double.parseDouble(text));
    } else if (text.equals("TRUE") || text.equals("FALSE")) {
      cell.setCellValue(Boolean.parseBoolean(text));
    } else if (text.startsWith("=")) {
      cell.setCellFormula(text.substring(1));
    } else {
      cell.setCellValue(text);
    }
  }

  /** Saves the workbook as Excel would, with every formula's value cached. */
  static byte[] bytes(Workbook workbook) throws IOException {
    workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    workbook.close();
    return out.toByteArray();
  }

  /** The workbook as Excel saves it with "Encrypt with password". */
  static byte[] encrypted(byte[] xlsx) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("mật khẩu");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(xlsx);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }

  /** A valid workbook carrying an extra part that inflates a thousandfold. */
  static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes(workbook())));
        ZipOutputStream out = new ZipOutputStream(bomb)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(out);
      }
      out.putNextEntry(new ZipEntry("xl/media/bomb.bin"));
      out.write(new byte[8 * 1024 * 1024]);
    }
    return bomb.toByteArray();
  }

  /** A zip archive that is not a workbook. */
  static byte[] plainZip() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("doc.txt"));
      out.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
    }
    return zip.toByteArray();
  }

  static QuestionData.Builder base(String id, QuestionType type) {
    return QuestionData.builder()
        .externalId(id)
        .topicPath(List.of("Chuyên môn nghiệp vụ", "Tài chính"))
        .type(type)
        .difficulty(Difficulty.THONG_HIEU)
        .points(BigDecimal.ONE)
        .tags(List.of("mẫu", "ngân sách"))
        .stem(TextHtml.fromPlainText("Câu " + id + " <thử> & \"trích dẫn\"?\nDòng hai."))
        .explanation(TextHtml.fromPlainText("Vì luật quy định."));
  }

  /** One question of each of the seven types, texts plain. */
  static List<QuestionData> allTypes() {
    return List.of(
        base("S1", QuestionType.SINGLE_CHOICE).choice("Một", false).choice("Hai", true).build(),
        base("M1", QuestionType.MULTIPLE_RESPONSE)
            .points(new BigDecimal("0.5"))
            .choice("A &amp; B", true)
            .choice("2019", false)
            .choice("C", true)
            .build(),
        base("T1", QuestionType.TRUE_FALSE).trueFalseAnswer(false).explanation(null).build(),
        base("SA1", QuestionType.SHORT_ANSWER)
            .accept("Quốc hội")
            .accept("QH")
            .matchMode(MatchMode.IGNORE_CASE)
            .build(),
        base("MA1", QuestionType.MATCHING)
            .pair("Luật", "Quốc hội")
            .pair("Nghị định", "Chính phủ")
            .build(),
        base("O1", QuestionType.ORDERING)
            .tags(List.of())
            .orderItem("Lập")
            .orderItem("Chấp hành")
            .orderItem("Quyết toán")
            .build(),
        base("E1", QuestionType.ESSAY)
            .difficulty(Difficulty.VAN_DUNG_CAO)
            .points(new BigDecimal("10"))
            .markingGuide("Nêu đủ ba ý.<br>Mỗi ý có ví dụ.")
            .criterion(new BigDecimal("4"), "Khái niệm")
            .criterion(new BigDecimal("6"), "Liên hệ thực tiễn")
            .build());
  }
}
