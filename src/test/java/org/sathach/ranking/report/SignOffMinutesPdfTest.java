package org.sathach.ranking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sathach.ranking.report.ReportFixtures.HANOI;
import static org.sathach.ranking.report.ReportReading.flat;
import static org.sathach.ranking.report.ReportReading.pdfText;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sathach.ranking.SignOff;
import org.sathach.ranking.Vote;

/** The sign-off minutes record the shortlist, the votes, the recusals, the count and the hash. */
class SignOffMinutesPdfTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  // 03:15 UTC is 10:15 in Hà Nội.
  private static final Instant FINALIZED = Instant.parse("2026-11-21T03:15:00Z");

  private static SignOffMinutes minutes(
      SignOff.Status status, List<SignOffMinutes.Reopening> reopenings) {
    var lines = ReportFixtures.lines();
    return new SignOffMinutes(
        "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
        "Đợt thi tuyển lãnh đạo cấp sở năm 2026",
        "Phó Giám đốc Sở Tư pháp",
        List.of(
            new SignOffMinutes.VoteLine(
                "Bùi Thị Thanh Hương",
                Vote.Stance.APPROVE,
                "Đồng ý với kết quả",
                Instant.parse("2026-11-21T01:05:00Z")),
            new SignOffMinutes.VoteLine(
                "Vũ Quốc Bảo",
                Vote.Stance.OBJECT,
                "Cần xem lại điểm thuyết trình",
                Instant.parse("2026-11-21T02:40:00Z")),
            new SignOffMinutes.VoteLine("Đặng Thu Trang", Vote.Stance.APPROVE, "", FINALIZED)),
        List.of(new SignOffMinutes.Recusal("Ngô Thị Lan", "SBD002", "Là người thân của thí sinh")),
        3,
        2,
        2,
        1,
        status,
        status == SignOff.Status.FINAL ? FINALIZED : null,
        status == SignOff.Status.FINAL ? ReportFixtures.HASH : null,
        List.of(lines.get(0), lines.get(1)),
        reopenings);
  }

  @Test
  void recordTheShortlistWithTotalsAndPlaces() {
    var text =
        flat(pdfText(SignOffMinutesPdf.write(minutes(SignOff.Status.FINAL, List.of()), VI, HANOI)));

    assertThat(text)
        .contains("BIÊN BẢN THÔNG QUA DANH SÁCH ĐỀ NGHỊ BỔ NHIỆM")
        .contains("HỘI ĐỒNG THI TUYỂN")
        .contains("Đợt thi tuyển: Đợt thi tuyển lãnh đạo cấp sở năm 2026")
        .contains("Vị trí dự tuyển: Phó Giám đốc Sở Tư pháp")
        .contains("1. Danh sách đề nghị bổ nhiệm")
        .contains("SBD004", "Lê Văn Hưởng", "86,25", "Đề nghị bổ nhiệm")
        .contains("SBD001", "Nguyễn Thị Hồng Nhung", "Dự phòng")
        .doesNotContain("SBD006");
  }

  @Test
  void recordEachVoteWithCommentAndTime() {
    var text =
        flat(pdfText(SignOffMinutesPdf.write(minutes(SignOff.Status.FINAL, List.of()), VI, HANOI)));

    assertThat(text)
        .contains("Bùi Thị Thanh Hương", "Tán thành", "Đồng ý với kết quả", "21/11/2026 08:05")
        .contains("Vũ Quốc Bảo", "Không tán thành", "Cần xem lại điểm thuyết trình")
        .contains("21/11/2026 09:40")
        .contains("Ngô Thị Lan (liên quan thí sinh SBD002): Là người thân của thí sinh");
  }

  @Test
  void aFinalCountGivesTheQuorumTheFreezingTimeAndTheHash() {
    var text =
        flat(pdfText(SignOffMinutesPdf.write(minutes(SignOff.Status.FINAL, List.of()), VI, HANOI)));

    assertThat(text)
        .contains(
            "Số thành viên được biểu quyết: 3; số phiếu tán thành cần có: 2; tán thành: 2;"
                + " không tán thành: 1; chưa biểu quyết: 0.")
        .contains("Danh sách được thông qua và chốt lúc 21/11/2026 10:15 (GMT+07:00).")
        .contains("Mã băm SHA-256 của danh sách đã chốt: " + ReportFixtures.HASH)
        .contains("5. Các lần mở lại danh sách Không có.")
        .contains("THƯ KÝ HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG", "(ký, ghi rõ họ tên)");
  }

  @Test
  void anOpenCountHasNoHashAndReopeningsAreListed() {
    var reopening =
        new SignOffMinutes.Reopening(
            "Bùi Thị Thanh Hương",
            Instant.parse("2026-11-25T07:00:00Z"),
            "Phúc khảo bài thi của SBD003");
    var text =
        flat(
            pdfText(
                SignOffMinutesPdf.write(
                    minutes(SignOff.Status.OPEN, List.of(reopening)), VI, HANOI)));

    assertThat(text)
        .contains("Chưa đủ số phiếu tán thành; việc biểu quyết tiếp tục.")
        .contains(
            "Lúc 25/11/2026 14:00 (GMT+07:00), Bùi Thị Thanh Hương mở lại danh sách."
                + " Lý do: Phúc khảo bài thi của SBD003")
        .doesNotContain(ReportFixtures.HASH)
        .doesNotContain("được thông qua");
  }

  @Test
  void englishMinutes() {
    var text =
        flat(
            pdfText(
                SignOffMinutesPdf.write(
                    minutes(SignOff.Status.CANNOT_REACH, List.of()), Locale.ENGLISH, HANOI)));

    assertThat(text)
        .contains("MINUTES OF THE SHORTLIST SIGN-OFF")
        .contains("2. The members' votes")
        .contains("Approve", "Object")
        .contains("The quorum can no longer be reached; the shortlist goes back to the committee.")
        .contains("86.25");
  }
}
