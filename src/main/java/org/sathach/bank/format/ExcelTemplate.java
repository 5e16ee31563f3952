package org.sathach.bank.format;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.sathach.bank.Difficulty;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/**
 * The content of the blank template an office downloads to start a bank: three example rows that
 * import without a problem, and the sheet "Hướng dẫn" that explains every column and value in
 * Vietnamese, so that nobody needs another document to fill it in.
 */
final class ExcelTemplate {
  static final String GUIDE_SHEET = "Hướng dẫn";

  private static final String[][] COLUMNS = {
    {
      "Mã (ID)",
      "Mã riêng của câu hỏi, không trùng nhau; chỉ gồm chữ, số, dấu chấm, gạch ngang."
          + " Có thể bỏ trống."
    },
    {
      "Chủ đề (Topic)",
      "Đường dẫn chủ đề, các cấp cách nhau bởi \" > \". Cấp đầu tiên phải là"
          + " \"Lý luận chính trị\" hoặc \"Chuyên môn nghiệp vụ\"."
    },
    {"Loại (Type)", "Mã loại câu hỏi hoặc tên gọi của loại, xem bảng bên dưới."},
    {
      "Mức độ (Level)",
      "nhận biết, thông hiểu, vận dụng hoặc vận dụng cao (có dấu hay không dấu đều được)."
    },
    {
      "Điểm (Points)",
      "Số điểm của câu, lớn hơn 0; bỏ trống là 1 điểm. Dùng dấu chấm hoặc dấu phẩy"
          + " thập phân: 0.5 hoặc 0,5."
    },
    {"Thẻ (Tags)", "Các thẻ cách nhau bởi dấu chấm phẩy \";\". Có thể bỏ trống."},
    {"Nội dung câu hỏi (Question)", "Nội dung câu hỏi. Xuống dòng trong ô bằng Alt+Enter."},
    {"Đáp án đúng (Answer)", "Tùy loại câu hỏi, xem bảng bên dưới."},
    {"Phương án 1 … 8 (Option 1 … 8)", "Các phương án, tối đa 8; không để trống ô ở giữa."},
    {"Giải thích (Explanation)", "Giải thích vì sao đáp án đúng. Có thể bỏ trống."},
    {"Hướng dẫn chấm (Marking guide)", "Chỉ dùng cho câu tự luận: hướng dẫn dành cho người chấm."},
  };

  private static final String[][] TYPES = {
    {"single-choice", "Một lựa chọn", "Số thứ tự (2) hoặc chữ cái (B) của phương án đúng."},
    {
      "multiple-response", "Nhiều lựa chọn", "Các phương án đúng cách nhau bởi \";\": 1;3 hoặc A;C."
    },
    {"true-false", "Đúng/Sai", "Đúng hoặc Sai (cũng nhận true/false). Không dùng cột Phương án."},
    {
      "short-answer",
      "Trả lời ngắn",
      "Các đáp án được chấp nhận, cách nhau bởi \";\". Không phân"
          + " biệt chữ hoa, chữ thường. Không dùng cột Phương án."
    },
    {"matching", "Ghép đôi", "Để trống. Mỗi phương án là một cặp ghép \"vế trái => vế phải\"."},
    {"ordering", "Sắp xếp", "Để trống. Ghi các phương án theo đúng thứ tự."},
    {
      "essay",
      "Tự luận",
      "Thang điểm: mỗi dòng (Alt+Enter) một tiêu chí \"điểm | tiêu chí\"; tổng"
          + " điểm các tiêu chí bằng cột Điểm. Không dùng cột Phương án."
    },
  };

  private ExcelTemplate() {}

  /** The example rows, as they read back. */
  static List<QuestionData> examples() {
    return List.of(
        QuestionData.builder()
            .externalId("VD-01")
            .topicPath(List.of("Lý luận chính trị", "Tư tưởng Hồ Chí Minh"))
            .type(QuestionType.SINGLE_CHOICE)
            .difficulty(Difficulty.NHAN_BIET)
            .points(BigDecimal.ONE)
            .tags(List.of("đạo đức", "mẫu"))
            .stem(text("Theo Hồ Chí Minh, đức tính nào là cái gốc của người cách mạng?"))
            .choice(text("Trí tuệ"), false)
            .choice(text("Đạo đức"), true)
            .choice(text("Sức khỏe"), false)
            .choice(text("Tài năng"), false)
            .explanation(text("Trong \"Sửa đổi lối làm việc\": đạo đức là cái gốc."))
            .build(),
        QuestionData.builder()
            .externalId("VD-02")
            .topicPath(List.of("Chuyên môn nghiệp vụ", "Công tác văn thư"))
            .type(QuestionType.MULTIPLE_RESPONSE)
            .difficulty(Difficulty.THONG_HIEU)
            .points(new BigDecimal("2"))
            .tags(List.of("Nghị định 30/2020/NĐ-CP", "mẫu"))
            .stem(
                text(
                    "Những thành phần nào thuộc thể thức bắt buộc của văn bản hành chính?\n"
                        + "(Chọn tất cả các phương án đúng.)"))
            .choice(text("Quốc hiệu và Tiêu ngữ"), true)
            .choice(text("Số, ký hiệu của văn bản"), true)
            .choice(text("Dấu chỉ mức độ khẩn"), false)
            .choice(text("Chức vụ, họ tên và chữ ký của người có thẩm quyền"), true)
            .explanation(text("Mức độ khẩn là thành phần bổ sung, chỉ ghi khi cần."))
            .build(),
        QuestionData.builder()
            .externalId("VD-03")
            .topicPath(List.of("Lý luận chính trị", "Xây dựng Đảng"))
            .type(QuestionType.ESSAY)
            .difficulty(Difficulty.VAN_DUNG)
            .points(new BigDecimal("10"))
            .tags(List.of("tự luận", "mẫu"))
            .stem(
                text(
                    "Phân tích nội dung nguyên tắc tập trung dân chủ. Liên hệ việc thực hiện"
                        + " nguyên tắc này tại cơ quan, đơn vị nơi anh (chị) công tác."))
            .criterion(new BigDecimal("3"), "Nêu đúng nội dung nguyên tắc tập trung dân chủ")
            .criterion(new BigDecimal("3"), "Phân tích được ý nghĩa của nguyên tắc")
            .criterion(new BigDecimal("4"), "Liên hệ thực tiễn cụ thể tại cơ quan, đơn vị")
            .markingGuide(text("Chấm theo ý. Diễn đạt khác nhưng đúng ý vẫn cho đủ điểm."))
            .build());
  }

  private static String text(String plain) {
    return TextHtml.fromPlainText(plain);
  }

  /** Adds the sheet "Hướng dẫn" after the questions. */
  static void writeGuide(Workbook workbook) {
    Sheet sheet = workbook.createSheet(GUIDE_SHEET);
    CellStyle wrap = workbook.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    CellStyle bold = workbook.createCellStyle();
    bold.cloneStyleFrom(wrap);
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    sheet.setColumnWidth(0, 32 * 256);
    sheet.setColumnWidth(1, 20 * 256);
    sheet.setColumnWidth(2, 80 * 256);
    int r = 0;
    r = line(sheet, r, bold, "Cách điền ngân hàng câu hỏi");
    r = line(sheet, r, wrap, "Mỗi dòng của trang \"" + ExcelWriter.SHEET + "\" là một câu hỏi.");
    r = line(sheet, r, wrap, "Giữ nguyên dòng tiêu đề; xóa ba dòng ví dụ trước khi nhập.");
    r = line(sheet, r + 1, bold, "Cột", "", "Cách ghi");
    for (String[] column : COLUMNS) {
      r = line(sheet, r, wrap, column[0], "", column[1]);
    }
    r = line(sheet, r + 1, bold, "Loại", "Tên gọi", "Cột \"Đáp án đúng\"");
    for (String[] type : TYPES) {
      r = line(sheet, r, wrap, type);
    }
  }

  private static int line(Sheet sheet, int r, CellStyle style, String... cells) {
    Row row = sheet.createRow(r);
    for (int c = 0; c < cells.length; c++) {
      if (!cells[c].isEmpty()) {
        row.createCell(c).setCellValue(cells[c]);
        row.getCell(c).setCellStyle(style);
      }
    }
    return r + 1;
  }
}
