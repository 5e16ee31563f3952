package org.sathach.ranking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sathach.exam.PartKind.PRESENTATION;
import static org.sathach.exam.PartKind.PROFESSIONAL;
import static org.sathach.ranking.report.ReportFixtures.HANOI;
import static org.sathach.ranking.report.ReportFixtures.PARTS;
import static org.sathach.ranking.report.ReportFixtures.bd;
import static org.sathach.ranking.report.ReportReading.flat;
import static org.sathach.ranking.report.ReportReading.pdfText;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sathach.ranking.FailReason;

/** A candidate's slip gives their marks, total, rank among the ranked, and why they failed. */
class CandidateResultPdfTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Instant PUBLISHED = Instant.parse("2026-11-22T01:00:00Z");

  private static CandidateResult ranked() {
    return new CandidateResult(
        "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
        "Đợt thi tuyển lãnh đạo cấp sở năm 2026",
        "Phó Giám đốc Sở Tư pháp",
        "SBD006",
        "Phạm Thị Ngọc Ánh",
        PARTS,
        ReportFixtures.marks("50.00", "75.00", "72.50"),
        Set.of(),
        bd("67.50"),
        3,
        4,
        true,
        List.of(),
        PUBLISHED);
  }

  private static CandidateResult failed() {
    return new CandidateResult(
        "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
        "Đợt thi tuyển lãnh đạo cấp sở năm 2026",
        "Phó Giám đốc Sở Tư pháp",
        "SBD005",
        "Hoàng Văn Nam",
        PARTS,
        ReportFixtures.marks("55.00", null, null),
        Set.of(PROFESSIONAL),
        null,
        null,
        4,
        false,
        List.of(
            new FailReason(PROFESSIONAL, FailReason.Kind.VOID, null, bd("50.00")),
            new FailReason(PRESENTATION, FailReason.Kind.NOT_MARKED, null, bd("50.00"))),
        PUBLISHED);
  }

  /**
   * Whether the text holds a table row's cells one after the other. The extractor may or may not
   * put a space between two cells, so the comparison ignores white space.
   */
  private static boolean hasRow(String text, String... cells) {
    return text.replaceAll("\\s+", "").contains(String.join("", cells).replaceAll("\\s+", ""));
  }

  @Test
  void aRankedCandidateSeesMarksTotalAndRankOfTheRanked() {
    var text = flat(pdfText(CandidateResultPdf.write(ranked(), VI, HANOI)));

    assertThat(text)
        .contains("PHIẾU BÁO KẾT QUẢ THI TUYỂN")
        .contains("Số báo danh: SBD006")
        .contains("Họ và tên: Phạm Thị Ngọc Ánh")
        .contains("Tổng điểm: 67,50")
        .contains("Xếp hạng: 3 / 4")
        .contains("Kết quả: Đạt")
        .contains("Công bố lúc: 22/11/2026 08:00 (GMT+07:00)")
        .contains("TM. HỘI ĐỒNG THI TUYỂN", "CHỦ TỊCH", "(ký, ghi rõ họ tên)")
        .doesNotContain("Lý do không đạt");
    assertThat(hasRow(text, "Phần thi", "Điểm đạt", "Hệ số", "Điểm")).isTrue();
    assertThat(hasRow(text, "Lý luận chính trị", "50,00", "1", "50,00")).isTrue();
    assertThat(hasRow(text, "Chuyên môn nghiệp vụ", "50,00", "1", "75,00")).isTrue();
    assertThat(hasRow(text, "Thuyết trình đề án", "50,00", "2", "72,50")).isTrue();
  }

  @Test
  void aFailedCandidateSeesWhy() {
    var text = flat(pdfText(CandidateResultPdf.write(failed(), VI, HANOI)));

    assertThat(text)
        .contains("Tổng điểm: —")
        .contains("Xếp hạng: Không xếp hạng")
        .contains("Kết quả: Không đạt")
        .contains("Lý do không đạt")
        .contains("Chuyên môn: kết quả bị hủy")
        .contains("Thuyết trình: chưa có điểm");
    assertThat(hasRow(text, "Lý luận chính trị", "50,00", "1", "55,00")).isTrue();
    assertThat(hasRow(text, "Chuyên môn nghiệp vụ", "50,00", "1", "Bị hủy")).isTrue();
    assertThat(hasRow(text, "Thuyết trình đề án", "50,00", "2", "—")).isTrue();
  }

  @Test
  void englishSlip() {
    var text = flat(pdfText(CandidateResultPdf.write(ranked(), Locale.ENGLISH, HANOI)));

    assertThat(text)
        .contains("RESULT SLIP")
        .contains("Rank: 3 / 4")
        .contains("Total: 67.50")
        .contains("Result: Pass")
        .contains("Professional expertise");
  }
}
