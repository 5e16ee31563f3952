package org.sathach.bank.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sathach.bank.Difficulty;
import org.sathach.bank.MatchMode;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

class ExcelFormatTest {
  private final ExcelFormat format = new ExcelFormat();

  private ParseResult parse(Workbook workbook) throws IOException {
    return parse(ExcelSheets.bytes(workbook));
  }

  private ParseResult parse(byte[] bytes) throws IOException {
    return format.parse(new ByteArrayInputStream(bytes));
  }

  @Test
  void readsASheetTypedByHandWithTitleNumbersFormulaAndBlankRows() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Câu hỏi");
    ExcelSheets.type(
        sheet,
        0,
        """
        NGÂN HÀNG CÂU HỎI – SỞ TÀI CHÍNH

        %s
        TC-01 ¦ Chuyên môn nghiệp vụ > Thuế ¦ single-choice ¦ Nhận biết ¦ 1 ¦ ngân sách; luật ¦ Luật Ngân sách được thông qua năm nào?⏎Chọn một đáp án. ¦ 2 ¦ 2013 ¦ 2015 ¦ 2019

        102 ¦ chuyen mon nghiep vu > Thuế ¦ multiple-response ¦ van dung cao ¦ =1+1 ¦ ¦ Khoản nào là chi thường xuyên? ¦ A;C ¦ Lương & phụ cấp ¦ Xây trụ sở ¦ Văn phòng phẩm
        """
            .formatted(ExcelSheets.HEADER));
    sheet.createRow(6).createCell(2).setCellValue(" ");
    sheet.createRow(12).createCell(3);
    ParseResult result = parse(workbook);

    assertThat(result.problems()).isEmpty();
    assertThat(result.questions()).extracting(QuestionData::line).containsExactly(4, 6);
    QuestionData single = result.questions().get(0);
    assertThat(single.topicPath()).containsExactly("Chuyên môn nghiệp vụ", "Thuế");
    assertThat(single.difficulty()).isEqualTo(Difficulty.NHAN_BIET);
    assertThat(single.points()).isEqualTo(BigDecimal.ONE);
    assertThat(single.tags()).containsExactly("ngân sách", "luật");
    assertThat(single.stem()).endsWith("năm nào?<br>Chọn một đáp án.");
    assertThat(single.choices()).extracting(c -> c.text()).containsExactly("2013", "2015", "2019");
    assertThat(single.choices()).extracting(c -> c.correct()).containsExactly(false, true, false);
    QuestionData multiple = result.questions().get(1);
    assertThat(multiple.externalId()).isEqualTo("102");
    assertThat(multiple.topicPath()).containsExactly("Chuyên môn nghiệp vụ", "Thuế");
    assertThat(multiple.points()).isEqualTo(new BigDecimal("2"));
    assertThat(multiple.difficulty()).isEqualTo(Difficulty.VAN_DUNG_CAO);
    assertThat(multiple.choices().get(0).text()).isEqualTo("Lương &amp; phụ cấp");
    assertThat(multiple.choices()).extracting(c -> c.correct()).containsExactly(true, false, true);
  }

  @Test
  void readsEveryTypeFromItsAnswerAndOptionColumns() throws IOException {
    XSSFWorkbook workbook =
        ExcelSheets.workbook(
            """
            A ¦ Chuyên môn nghiệp vụ > Thuế ¦ single-choice ¦ thông hiểu ¦ 1 ¦ ¦ ? ¦ c ¦ Một ¦ Hai ¦ Ba
            B ¦ Chuyên môn nghiệp vụ > Thuế ¦ MULTIPLE_RESPONSE ¦ thông hiểu ¦ 1 ¦ ¦ ? ¦ 2; 3 ¦ Một ¦ Hai ¦ Ba
            C ¦ Chuyên môn nghiệp vụ > Thuế ¦ true-false ¦ thông hiểu ¦ 1 ¦ ¦ ? ¦ FALSE
            D ¦ Chuyên môn nghiệp vụ > Thuế ¦ Đúng/Sai ¦ thông hiểu ¦ 1 ¦ ¦ ? ¦ Đúng
            E ¦ Chuyên môn nghiệp vụ > Thuế ¦ short-answer ¦ thông hiểu ¦ 1 ¦ ¦ ? ¦ Quốc hội; QH
            F ¦ Chuyên môn nghiệp vụ > Thuế ¦ matching ¦ thông hiểu ¦ 1 ¦ ¦ ? ¦ ¦ Luật => Quốc hội ¦ Nghị định => Chính phủ
            G ¦ Chuyên môn nghiệp vụ > Thuế ¦ ordering ¦ thông hiểu ¦ 1 ¦ ¦ ? ¦ ¦ Lập dự toán ¦ Chấp hành ¦ Quyết toán
            H ¦ Chuyên môn nghiệp vụ > Thuế ¦ tự luận ¦ vận dụng ¦ 10 ¦ ¦ ? ¦ 4 | Khái niệm⏎6 | Liên hệ thực tiễn
            """);
    ExcelSheets.cell(workbook.getSheetAt(0), 8, ExcelColumn.GUIDE.ordinal(), "Nêu đủ ý.");
    ParseResult result = parse(workbook);

    assertThat(result.problems()).isEmpty();
    List<QuestionData> q = result.questions();
    assertThat(q)
        .extracting(QuestionData::type)
        .containsExactly(
            QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_RESPONSE,
            QuestionType.TRUE_FALSE,
            QuestionType.TRUE_FALSE,
            QuestionType.SHORT_ANSWER,
            QuestionType.MATCHING,
            QuestionType.ORDERING,
            QuestionType.ESSAY);
    assertThat(q.get(0).choices()).extracting(c -> c.correct()).containsExactly(false, false, true);
    assertThat(q.get(1).choices()).extracting(c -> c.correct()).containsExactly(false, true, true);
    assertThat(q.get(2).trueFalseAnswer()).isFalse();
    assertThat(q.get(3).trueFalseAnswer()).isTrue();
    assertThat(q.get(4).acceptedAnswers()).containsExactly("Quốc hội", "QH");
    assertThat(q.get(4).matchMode()).isEqualTo(MatchMode.IGNORE_CASE);
    assertThat(q.get(5).pairs())
        .extracting(p -> p.left() + "|" + p.right())
        .containsExactly("Luật|Quốc hội", "Nghị định|Chính phủ");
    assertThat(q.get(6).orderItems()).containsExactly("Lập dự toán", "Chấp hành", "Quyết toán");
    assertThat(q.get(7).rubric())
        .extracting(c -> c.points() + " " + c.description())
        .containsExactly("4 Khái niệm", "6 Liên hệ thực tiễn");
    assertThat(q.get(7).markingGuide()).isEqualTo("Nêu đủ ý.");
  }

  @Test
  void eachBadRowIsReportedWithItsKeyAndRow() throws IOException {
    XSSFWorkbook workbook =
        ExcelSheets.workbook(
            """
            X1 ¦ Chuyên môn nghiệp vụ ¦ câu đố ¦ vận dụng ¦ 1 ¦ ¦ ?
            X2 ¦ Chuyên môn nghiệp vụ ¦ true-false ¦ khó ¦ 1 ¦ ¦ ? ¦ Sai
            X3 ¦ Chuyên môn nghiệp vụ ¦ true-false ¦ vận dụng ¦ hai ¦ ¦ ? ¦ Sai
            X4 ¦ Chuyên môn nghiệp vụ ¦ single-choice ¦ vận dụng ¦ 1 ¦ ¦ ? ¦ E ¦ a ¦ b ¦ c
            X5 ¦ Chuyên môn nghiệp vụ ¦ single-choice ¦ vận dụng ¦ 1 ¦ ¦ ? ¦ 1;2 ¦ a ¦ b
            X6 ¦ Chuyên môn nghiệp vụ ¦ matching ¦ vận dụng ¦ 1 ¦ ¦ ? ¦ ¦ Luật - Quốc hội ¦ Luật => Quốc hội ¦ Thông tư => Bộ
            X7 ¦ Chuyên môn nghiệp vụ ¦ essay ¦ vận dụng ¦ 6 ¦ ¦ ? ¦ bốn | Khái niệm⏎6 | Liên hệ
            X2 ¦ Chuyên môn nghiệp vụ ¦ true-false ¦ vận dụng ¦ 1 ¦ ¦ ? ¦ Sai
            X9 ¦ Toán học > Đại số ¦ true-false ¦ vận dụng ¦ 1 ¦ ¦ ? ¦ Sai
            X10 ¦ ¦ true-false ¦ vận dụng ¦ 1 ¦ ¦ ? ¦ Sai
            X11 ¦ Chuyên môn nghiệp vụ ¦ true-false ¦ vận dụng ¦ =1/0 ¦ ¦ ? ¦ Sai
            X12 ¦ Chuyên môn nghiệp vụ ¦ true-false ¦ vận dụng ¦ 1 ¦ ¦ ? ¦ Có lẽ
            X13 ¦ Chuyên môn nghiệp vụ ¦ true-false ¦ ¦ 1 ¦ ¦ ? ¦ Sai
            X14 ¦ Chuyên môn nghiệp vụ ¦ essay ¦ vận dụng ¦ 10 ¦ ¦ ? ¦ 4 | a⏎5 | b
            X15 ¦ Chuyên môn nghiệp vụ ¦ short-answer ¦ vận dụng ¦ 1 ¦ ¦ ?
            X16 ¦ Chuyên môn nghiệp vụ ¦ single-choice ¦ vận dụng ¦ 1 ¦ ¦ ? ¦ 3 ¦ a ¦ ¦ c
            X 17 ¦ Chuyên môn nghiệp vụ ¦ ordering ¦ vận dụng ¦ 0 ¦ ¦ ¦ ¦ x
            """);
    assertThat(parse(workbook).problems())
        .containsExactlyInAnyOrder(
            Problem.at(2, "format.unknownType", "câu đố"),
            Problem.at(3, "format.unknownLevel", "khó"),
            Problem.at(4, "format.badNumber", "hai"),
            Problem.at(5, "format.syntax", "Đáp án đúng: E"),
            Problem.at(5, "question.single.exactlyOneCorrect", "0"),
            Problem.at(6, "question.single.exactlyOneCorrect", "2"),
            Problem.at(7, "format.syntax", "Phương án 1: Luật - Quốc hội"),
            Problem.at(8, "format.badNumber", "bốn"),
            Problem.at(9, "format.duplicateId", "X2"),
            Problem.at(10, "format.badTopic", "Toán học > Đại số"),
            Problem.at(11, "format.missingField", "Chủ đề (Topic)"),
            Problem.at(12, "format.syntax", "Điểm: #DIV/0!"),
            Problem.at(13, "format.syntax", "Đáp án đúng: Có lẽ"),
            Problem.at(13, "question.trueFalse.answerRequired"),
            Problem.at(14, "question.level.required"),
            Problem.at(15, "question.essay.pointsMismatch", "9 ≠ 10"),
            Problem.at(16, "question.shortAnswer.atLeastOne"),
            Problem.at(17, "question.choice.empty"),
            Problem.at(18, "format.syntax", "Mã: X 17"),
            Problem.at(18, "question.stem.required"),
            Problem.at(18, "question.points.positive", "0"),
            Problem.at(18, "question.ordering.atLeastTwo"));
  }

  @Test
  void unknownMissingAndEmptyTablesAreReportedAtTheHeader() throws IOException {
    XSSFWorkbook odd = new XSSFWorkbook();
    ExcelSheets.type(odd.createSheet("Trang 1"), 0, "Mã ¦ Chủ đề ¦ Loại ¦ Ghi chú");
    assertThat(parse(odd).problems())
        .containsExactlyInAnyOrder(
            Problem.at(1, "format.unknownField", "Ghi chú"),
            Problem.at(1, "format.missingField", "Nội dung câu hỏi (Question)"));
    assertThat(parse(ExcelSheets.workbook()).problems())
        .containsExactly(Problem.at(0, "format.empty"));
  }

  @Test
  void filesThatAreNotWorkbooksAreMalformedAtRowZero() throws Exception {
    byte[] good = ExcelSheets.bytes(ExcelSheets.workbook());
    HSSFWorkbook xls = new HSSFWorkbook();
    xls.createSheet("Câu hỏi");
    byte[] xlsBytes = ExcelSheets.bytes(xls);
    XSSFWorkbook noHeader = new XSSFWorkbook();
    ExcelSheets.type(noHeader.createSheet("Chi tiêu"), 0, "Tháng ¦ Số tiền\n1 ¦ 200");
    List<byte[]> bad =
        List.of(
            "Mã;Chủ đề;Loại\n".getBytes(StandardCharsets.UTF_8),
            xlsBytes,
            ExcelSheets.encrypted(good),
            Arrays.copyOf(good, good.length / 2),
            ExcelSheets.plainZip(),
            ExcelSheets.bytes(noHeader));
    for (byte[] file : bad) {
      ParseResult result = parse(file);
      assertThat(result.questions()).isEmpty();
      assertThat(result.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.key()).isEqualTo("format.malformed"))
          .satisfies(p -> assertThat(p.line()).isZero());
    }
    assertThat(parse(xlsBytes).problems().get(0).detail()).contains(".xls");
    assertThat(parse(ExcelSheets.encrypted(good)).problems().get(0).detail()).contains("password");
  }

  @Test
  void oversizedFilesAndZipBombsAreRefused() throws IOException {
    byte[] huge = new byte[ExcelFormat.MAX_BYTES + 1];
    assertThat(parse(huge).problems()).containsExactly(Problem.at(0, "format.tooLarge", "> 20 MB"));
    assertThat(parse(ExcelSheets.zipBomb()).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.key()).isEqualTo("format.tooLarge"));
  }

  @Test
  void templateHasAGuideAndReadsBackAsItsThreeExamples() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.writeTemplate(out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Câu hỏi");
      assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
      assertThat(workbook.getSheetAt(1).getLastRowNum()).isGreaterThan(20);
    }
    ParseResult result = parse(out.toByteArray());
    assertThat(result.problems()).isEmpty();
    assertThat(result.questions())
        .extracting(q -> q.toBuilder().line(0).build())
        .containsExactlyElementsOf(ExcelTemplate.examples());
    assertThat(result.questions())
        .extracting(QuestionData::type)
        .containsExactly(
            QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE, QuestionType.ESSAY);
  }

  @Test
  void everyTypeSurvivesARoundTrip() throws IOException {
    List<QuestionData> questions = ExcelSheets.allTypes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(format.write(questions, out)).isEmpty();
    ParseResult back = parse(out.toByteArray());
    assertThat(back.problems()).isEmpty();
    assertThat(back.questions())
        .extracting(q -> q.toBuilder().line(0).build())
        .containsExactlyElementsOf(questions);
    assertThat(back.questions())
        .extracting(QuestionData::line)
        .containsExactly(2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void writtenSheetHasABoldFrozenHeaderAndWrappedCells() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(ExcelSheets.allTypes(), out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = workbook.getSheet("Câu hỏi");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã (ID)");
      int font = sheet.getRow(0).getCell(6).getCellStyle().getFontIndex();
      assertThat(workbook.getFontAt(font).getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getColumnWidth(6)).isGreaterThan(sheet.getColumnWidth(4));
      assertThat(sheet.getRow(1).getCell(6).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.0);
    }
  }

  @Test
  void whatTheSheetCannotHoldIsReportedNeverDropped() throws IOException {
    QuestionData.Builder nine = ExcelSheets.base("N", QuestionType.SINGLE_CHOICE);
    for (int i = 1; i <= 9; i++) {
      nine.choice("Phương án " + i, i == 1);
    }
    List<QuestionData> questions =
        List.of(
            nine.build(),
            ExcelSheets.base("H", QuestionType.TRUE_FALSE)
                .stem("<b>Đậm</b>")
                .trueFalseAnswer(true)
                .build(),
            ExcelSheets.base("X", QuestionType.SHORT_ANSWER)
                .accept("QH")
                .matchMode(MatchMode.EXACT)
                .build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(format.write(questions, out))
        .containsExactly(
            Problem.at(1, "export.notExpressible", "more than 8 options (9)"),
            Problem.at(2, "export.notExpressible", "formatting (HTML) in the question text"),
            Problem.at(3, "export.notExpressible", "match mode exact (read back as ignore-case)"));
    assertThat(parse(out.toByteArray()).questions())
        .extracting(QuestionData::externalId)
        .containsExactly("H", "X");
  }
}
