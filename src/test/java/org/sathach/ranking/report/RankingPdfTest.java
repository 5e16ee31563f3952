package org.sathach.ranking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sathach.exam.PartKind.PRESENTATION;
import static org.sathach.exam.PartKind.PROFESSIONAL;
import static org.sathach.exam.PartKind.THEORY;
import static org.sathach.ranking.report.ReportFixtures.HANOI;
import static org.sathach.ranking.report.ReportFixtures.bd;
import static org.sathach.ranking.report.ReportFixtures.report;
import static org.sathach.ranking.report.ReportReading.flat;
import static org.sathach.ranking.report.ReportReading.pdfText;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sathach.ranking.report.RankingReport.Status;

/** The ranking PDF prints the header, the criteria, every figure and the signatures. */
class RankingPdfTest {
  private static final Locale VI = Locale.forLanguageTag("vi");

  private static String vietnamese(Status status) {
    return pdfText(RankingPdf.write(report(status), VI, HANOI));
  }

  @Test
  void isAnA4LandscapePdf() throws IOException {
    var pdf = RankingPdf.write(report(Status.FINAL), VI, HANOI);

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    var reader = new PdfReader(pdf);
    try {
      assertThat(reader.getPageSizeWithRotation(1).getWidth()).isEqualTo(842);
      assertThat(reader.getPageSizeWithRotation(1).getHeight()).isEqualTo(595);
    } finally {
      reader.close();
    }
  }

  @Test
  void headerNamesTheOrganiserRoundPostAndTimeInVietnamese() {
    var text = flat(vietnamese(Status.PROVISIONAL));

    assertThat(text)
        .contains("BẢNG XẾP HẠNG KẾT QUẢ THI TUYỂN")
        .contains("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")
        .contains("HỘI ĐỒNG THI TUYỂN")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Đợt thi tuyển: Đợt thi tuyển lãnh đạo cấp sở năm 2026")
        .contains("Vị trí dự tuyển: Phó Giám đốc – Sở Tư pháp")
        .contains("1 người được đề nghị bổ nhiệm, 1 người dự phòng")
        .contains("Thời điểm lập: 20/11/2026 09:30 (GMT+07:00)");
  }

  @Test
  void criteriaGivePassMarksWeightsAndTheTieBreakChainInWords() {
    var text = flat(vietnamese(Status.PROVISIONAL));

    assertThat(text)
        .contains("Lý luận chính trị: điểm đạt 50,00, hệ số 1")
        .contains("Chuyên môn nghiệp vụ: điểm đạt 50,00, hệ số 1")
        .contains("Thuyết trình đề án: điểm đạt 50,00, hệ số 2")
        .contains(
            "Khi bằng tổng điểm, xếp trên người có: 1. điểm Chuyên môn nghiệp vụ cao hơn;"
                + " 2. điểm Lý luận chính trị cao hơn; 3. Hội đồng quyết định");
  }

  @Test
  void everyCandidatesFiguresPrintWithADecimalComma() {
    var text = vietnamese(Status.PROVISIONAL);
    var parts = List.of(THEORY, PROFESSIONAL, PRESENTATION);
    var numbers = List.of("SBD004", "SBD001", "SBD006", "SBD002", "SBD003", "SBD005");

    var figures = ReportReading.pdfFigures(text, numbers, parts, VI);

    assertThat(figures.get(0).rank()).isEqualTo(1);
    assertThat(figures.get(0).marks())
        .isEqualTo(
            Map.of(THEORY, bd("90.00"), PROFESSIONAL, bd("84.50"), PRESENTATION, bd("85.25")));
    assertThat(figures.get(0).total()).isEqualTo(bd("86.25"));
    assertThat(figures.get(1).marks()).containsEntry(THEORY, bd("100.00"));
    assertThat(figures.get(4).rank()).isNull();
    assertThat(figures.get(4).total()).isEqualTo(bd("61.88"));
    assertThat(figures.get(5).marks()).isEqualTo(Map.of(THEORY, bd("55.00")));
    assertThat(figures.get(5).total()).isNull();
    assertThat(text).contains("86,25", "61,88", "100,00").doesNotContain("86.25", "61.88");
  }

  @Test
  void resultsPlacesAndNotesAreInWords() {
    var text = flat(vietnamese(Status.PROVISIONAL));

    assertThat(text)
        .contains("Đề nghị bổ nhiệm")
        .contains("Dự phòng")
        .contains("Không đạt")
        .contains("Bị hủy")
        .contains("Bằng tổng điểm, phân định theo: điểm Chuyên môn nghiệp vụ cao hơn")
        .contains("Bằng tổng điểm, phân định theo: Hội đồng quyết định")
        .contains("Lý do của Hội đồng: Có nhiều năm kinh nghiệm quản lý hơn")
        .contains("Chuyên môn: 42,50 < 50,00")
        .contains("Chuyên môn: kết quả bị hủy")
        .contains("Thuyết trình: chưa có điểm")
        .doesNotContain("Đồng hạng");
  }

  @Test
  void anUnbrokenTieIsFlagged() {
    var fixture = report(Status.PROVISIONAL);
    var lines = new ArrayList<>(fixture.lines());
    for (var i = 2; i <= 3; i++) {
      var l = lines.get(i);
      lines.set(
          i,
          new RankingReport.Line(
              l.candidateNumber(),
              l.fullName(),
              l.marks(),
              Set.of(),
              l.total(),
              3,
              List.of(),
              l.placement(),
              null,
              true,
              null));
    }
    var tied =
        new RankingReport(
            fixture.organiser(),
            fixture.roundName(),
            fixture.postTitle(),
            fixture.postUnit(),
            1,
            1,
            fixture.parts(),
            fixture.tieBreaks(),
            lines,
            Status.PROVISIONAL,
            fixture.generatedAt(),
            null,
            fixture.signatories());

    var text = flat(pdfText(RankingPdf.write(tied, VI, HANOI)));

    assertThat(text)
        .contains("Đồng hạng, chưa phân định được")
        .doesNotContain("Lý do của Hội đồng");
  }

  @Test
  void onlyAProvisionalRankingIsMarkedAsADraft() {
    var provisional = flat(vietnamese(Status.PROVISIONAL));
    var fin = flat(vietnamese(Status.FINAL));

    assertThat(provisional).contains("DỰ THẢO").contains("Trạng thái: Dự thảo, chưa chốt");
    assertThat(provisional).doesNotContain(ReportFixtures.HASH);
    assertThat(fin)
        .doesNotContain("DỰ THẢO")
        .contains("Trạng thái: Chính thức, đã chốt")
        .contains("Mã băm SHA-256 của danh sách đã chốt: " + ReportFixtures.HASH);
  }

  @Test
  void theSignatureBlockNamesEveryCommitteeMember() {
    var text = flat(vietnamese(Status.FINAL));

    assertThat(text)
        .contains("CÁC THÀNH VIÊN HỘI ĐỒNG THI TUYỂN")
        .contains("(ký, ghi rõ họ tên)")
        .contains("Bùi Thị Thanh Hương", "Vũ Quốc Bảo", "Đặng Thu Trang");
  }

  @Test
  void englishUsesADecimalPointAndEnglishWords() {
    var text = flat(pdfText(RankingPdf.write(report(Status.PROVISIONAL), Locale.ENGLISH, HANOI)));

    assertThat(text)
        .contains("RANKING OF THE SELECTION RESULTS")
        .contains("DRAFT")
        .contains("Political theory: pass mark 50.00, weight 1")
        .contains("1. the higher professional expertise mark")
        .contains("3. the committee's decision")
        .contains("86.25", "61.88")
        .contains("Professional: 42.50 < 50.00")
        .contains("Presentation: not marked yet")
        .contains("Proposed for appointment")
        .contains("Lê Văn Hưởng")
        .doesNotContain("86,25", "BẢNG XẾP HẠNG");
  }

  @Test
  void aLongRankingRepeatsTheColumnHeadersOnTheNextPage() throws IOException {
    var fixture = report(Status.FINAL);
    var lines = new ArrayList<RankingReport.Line>();
    for (var i = 1; i <= 40; i++) {
      lines.add(
          new RankingReport.Line(
              "SBD%03d".formatted(i),
              "Nguyễn Văn Bình",
              ReportFixtures.marks("60.00", "60.00", "60.00"),
              Set.of(),
              bd("60.00"),
              i,
              List.of(),
              RankingReport.Placement.NONE,
              null,
              false,
              null));
    }
    var longer =
        new RankingReport(
            fixture.organiser(),
            fixture.roundName(),
            fixture.postTitle(),
            fixture.postUnit(),
            1,
            1,
            fixture.parts(),
            fixture.tieBreaks(),
            lines,
            Status.FINAL,
            fixture.generatedAt(),
            ReportFixtures.HASH,
            fixture.signatories());
    var pdf = RankingPdf.write(longer, VI, HANOI);

    var reader = new PdfReader(pdf);
    try {
      assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      var second = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(2);
      assertThat(flat(second)).contains("Số báo danh").doesNotContain("SBD001 ");
    } finally {
      reader.close();
    }
  }
}
