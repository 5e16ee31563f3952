package org.sathach.ranking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sathach.ranking.report.ReportFixtures.HANOI;
import static org.sathach.ranking.report.ReportFixtures.bd;
import static org.sathach.ranking.report.ReportFixtures.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sathach.ranking.report.RankingReport.Status;

/** The ranking workbook holds numbers as numbers, the words as text, and a frozen bold header. */
class RankingExcelTest {
  private static final Locale VI = Locale.forLanguageTag("vi");

  private interface SheetCheck {
    void check(Sheet sheet);
  }

  private static void read(byte[] xlsx, SheetCheck check) throws IOException {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      check.check(workbook.getSheetAt(0));
    }
  }

  @Test
  void marksTotalsAndRanksAreNumericCellsWithTwoDecimals() throws IOException {
    read(
        RankingExcel.write(report(Status.FINAL), VI, HANOI),
        sheet -> {
          var top = sheet.getPaneInformation().getHorizontalSplitTopRow();
          var first = sheet.getRow(top);
          assertThat(first.getCell(1).getStringCellValue()).isEqualTo("SBD004");
          assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
          for (var c = 3; c <= 6; c++) {
            assertThat(first.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(c).getCellStyle().getDataFormatString()).isEqualTo("0.00");
          }
          assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(90.00);
          assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(84.50);
          assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(85.25);
          assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(86.25);
        });
  }

  @Test
  void numericCellsEqualTheReportsFiguresToTwoDecimals() {
    var rows = ReportReading.excelRows(RankingExcel.write(report(Status.FINAL), VI, HANOI));

    // SBD001: 100.00, 80.00, 82.50, total 86.25; SBD003 failed: 65.00, 42.50, 70.00, 61.88.
    assertThat(rows.get(1).subList(0, 7))
        .containsExactly(
            bd("2.00"),
            "SBD001",
            "Nguyễn Thị Hồng Nhung",
            bd("100.00"),
            bd("80.00"),
            bd("82.50"),
            bd("86.25"));
    assertThat(rows.get(4).subList(0, 7))
        .containsExactly(
            null, "SBD003", "Trần Đức Quỳnh", bd("65.00"), bd("42.50"), bd("70.00"), bd("61.88"));
  }

  @Test
  void failedCandidatesComeAfterTheRankedOnes() {
    var rows = ReportReading.excelRows(RankingExcel.write(report(Status.FINAL), VI, HANOI));

    var numbers = new ArrayList<Object>();
    rows.forEach(row -> numbers.add(row.get(1)));
    assertThat(numbers).containsExactly("SBD004", "SBD001", "SBD006", "SBD002", "SBD003", "SBD005");
  }

  @Test
  void voidMissingMarksResultsPlacesAndNotesAreText() {
    var rows = ReportReading.excelRows(RankingExcel.write(report(Status.FINAL), VI, HANOI));

    var voided = rows.get(5);
    assertThat(voided.subList(3, 10))
        .containsExactly(
            bd("55.00"),
            "Bị hủy",
            "—",
            "—",
            "Không đạt",
            "",
            "Chuyên môn: kết quả bị hủy\nThuyết trình: chưa có điểm");
    assertThat(rows.get(0).subList(7, 10))
        .containsExactly(
            "Đạt",
            "Đề nghị bổ nhiệm",
            "Bằng tổng điểm, phân định theo: điểm Chuyên môn nghiệp vụ cao hơn");
    assertThat(rows.get(1).get(8)).isEqualTo("Dự phòng");
    assertThat(rows.get(2).get(9))
        .isEqualTo(
            "Bằng tổng điểm, phân định theo: Hội đồng quyết định\n"
                + "Lý do của Hội đồng: Có nhiều năm kinh nghiệm quản lý hơn");
    assertThat(rows.get(4).get(9)).isEqualTo("Chuyên môn: 42,50 < 50,00");
  }

  @Test
  void headerRowIsBoldFrozenAndNamesTheColumns() throws IOException {
    read(
        RankingExcel.write(report(Status.FINAL), VI, HANOI),
        sheet -> {
          var top = sheet.getPaneInformation().getHorizontalSplitTopRow();
          assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
          var header = sheet.getRow(top - 1);
          var names = new ArrayList<String>();
          header.forEach(cell -> names.add(cell.getStringCellValue()));
          assertThat(names)
              .containsExactly(
                  "Hạng",
                  "Số báo danh",
                  "Họ và tên",
                  "Lý luận",
                  "Chuyên môn",
                  "Thuyết trình",
                  "Tổng điểm",
                  "Kết quả",
                  "Danh sách đề nghị",
                  "Ghi chú");
          var workbook = sheet.getWorkbook();
          header.forEach(
              cell ->
                  assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                      .isTrue());
          assertThat(sheet.getColumnWidth(2)).isEqualTo(28 * 256);
          assertThat(sheet.getColumnWidth(3)).isEqualTo(13 * 256);
          assertThat(sheet.getColumnWidth(9)).isEqualTo(60 * 256);
        });
  }

  @Test
  void headerLinesMatchThePdfs() {
    var lines =
        ReportReading.excelHeaderLines(RankingExcel.write(report(Status.PROVISIONAL), VI, HANOI));

    assertThat(lines)
        .contains(
            "BẢNG XẾP HẠNG KẾT QUẢ THI TUYỂN – DỰ THẢO",
            "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
            "Đợt thi tuyển: Đợt thi tuyển lãnh đạo cấp sở năm 2026",
            "Vị trí dự tuyển: Phó Giám đốc – Sở Tư pháp",
            "Danh sách đề nghị bổ nhiệm: 1 người được đề nghị bổ nhiệm, 1 người dự phòng",
            "Trạng thái: Dự thảo, chưa chốt",
            "Thời điểm lập: 20/11/2026 09:30 (GMT+07:00)",
            "– Chuyên môn nghiệp vụ: điểm đạt 50,00, hệ số 1",
            "– Thuyết trình đề án: điểm đạt 50,00, hệ số 2");
  }

  @Test
  void withoutAZoneTheTimeIsInUtcAndSaysSo() {
    var lines = ReportReading.excelHeaderLines(RankingExcel.write(report(Status.FINAL), VI));

    assertThat(lines)
        .contains("Thời điểm lập: 20/11/2026 02:30 (GMT+00:00)")
        .contains("Mã băm SHA-256 của danh sách đã chốt: " + ReportFixtures.HASH)
        .noneMatch(line -> line.contains("DỰ THẢO"));
  }

  @Test
  void englishWorkbookHasEnglishWordsAndTheSameNumbers() {
    var xlsx = RankingExcel.write(report(Status.FINAL), Locale.ENGLISH, HANOI);
    var rows = ReportReading.excelRows(xlsx);

    assertThat(rows.get(0).subList(6, 9))
        .containsExactly(bd("86.25"), "Pass", "Proposed for appointment");
    assertThat(rows.get(5).get(4)).isEqualTo("Void");
    assertThat(ReportReading.excelHeaderLines(xlsx)).contains("RANKING OF THE SELECTION RESULTS");
    assertThat(List.of(rows.get(4).get(9))).containsExactly("Professional: 42.50 < 50.00");
  }
}
