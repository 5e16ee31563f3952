package org.sathach.ranking.report;

import static org.sathach.exam.PartKind.PRESENTATION;
import static org.sathach.exam.PartKind.PROFESSIONAL;
import static org.sathach.exam.PartKind.THEORY;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sathach.exam.PartKind;
import org.sathach.ranking.FailReason;
import org.sathach.ranking.PostRules;
import org.sathach.ranking.TieBreak;

/**
 * The post of the report tests, worked out by hand: theory ×1, professional ×1, presentation ×2,
 * pass mark 50 in each, the default tie-break chain, one vacancy and one reserve; a total is
 * (theory + professional + 2 × presentation) / 4.
 *
 * <pre>
 * rank  number  theory  prof.   pres.   total   notes
 *  1    SBD004   90.00  84.50   85.25   86.25   tie with SBD001, higher professional; appointee
 *  2    SBD001  100.00  80.00   82.50   86.25   tie with SBD004; reserve
 *  3    SBD006   50.00  75.00   72.50   67.50   same marks as SBD002, committee's decision
 *  4    SBD002   50.00  75.00   72.50   67.50   same marks as SBD006, committee's decision
 *  –    SBD003   65.00  42.50   70.00   61.88   (247.5 / 4 = 61.875, half up) professional below 50
 *  –    SBD005   55.00  void    —       —       professional void, presentation not marked
 * </pre>
 */
final class ReportFixtures {
  static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  // 02:30 UTC is 09:30 in Hà Nội.
  static final Instant GENERATED = Instant.parse("2026-11-20T02:30:00Z");
  static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final String COMMITTEE_REASON = "Có nhiều năm kinh nghiệm quản lý hơn";
  static final List<String> SIGNATORIES =
      List.of("Bùi Thị Thanh Hương", "Vũ Quốc Bảo", "Đặng Thu Trang");

  static final List<RankingReport.PartColumn> PARTS =
      List.of(
          new RankingReport.PartColumn(THEORY, bd("50.00"), BigDecimal.ONE),
          new RankingReport.PartColumn(PROFESSIONAL, bd("50.00"), BigDecimal.ONE),
          new RankingReport.PartColumn(PRESENTATION, bd("50.00"), BigDecimal.valueOf(2)));

  private ReportFixtures() {}

  static RankingReport report(RankingReport.Status status) {
    return new RankingReport(
        "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
        "Đợt thi tuyển lãnh đạo cấp sở năm 2026",
        "Phó Giám đốc",
        "Sở Tư pháp",
        1,
        1,
        PARTS,
        PostRules.DEFAULT_TIE_BREAKS,
        lines(),
        status,
        GENERATED,
        status == RankingReport.Status.FINAL ? HASH : null,
        SIGNATORIES);
  }

  static List<RankingReport.Line> lines() {
    return List.of(
        ranked("SBD004", "Lê Văn Hưởng", "90.00", "84.50", "85.25", "86.25", 1)
            .placed(RankingReport.Placement.APPOINTEE, TieBreak.HIGHER_PROFESSIONAL, null),
        ranked("SBD001", "Nguyễn Thị Hồng Nhung", "100.00", "80.00", "82.50", "86.25", 2)
            .placed(RankingReport.Placement.RESERVE, TieBreak.HIGHER_PROFESSIONAL, null),
        ranked("SBD006", "Phạm Thị Ngọc Ánh", "50.00", "75.00", "72.50", "67.50", 3)
            .placed(RankingReport.Placement.NONE, TieBreak.COMMITTEE, COMMITTEE_REASON),
        ranked("SBD002", "Đỗ Minh Khôi", "50.00", "75.00", "72.50", "67.50", 4)
            .placed(RankingReport.Placement.NONE, TieBreak.COMMITTEE, COMMITTEE_REASON),
        new RankingReport.Line(
            "SBD003",
            "Trần Đức Quỳnh",
            marks("65.00", "42.50", "70.00"),
            Set.of(),
            bd("61.88"),
            null,
            List.of(
                new FailReason(
                    PROFESSIONAL, FailReason.Kind.BELOW_PASS_MARK, bd("42.50"), bd("50.00"))),
            RankingReport.Placement.NONE,
            null,
            false,
            null),
        new RankingReport.Line(
            "SBD005",
            "Hoàng Văn Nam",
            marks("55.00", null, null),
            Set.of(PROFESSIONAL),
            null,
            null,
            List.of(
                new FailReason(PROFESSIONAL, FailReason.Kind.VOID, null, bd("50.00")),
                new FailReason(PRESENTATION, FailReason.Kind.NOT_MARKED, null, bd("50.00"))),
            RankingReport.Placement.NONE,
            null,
            false,
            null));
  }

  /** A ranked line still to be placed. */
  record Ranked(
      String number, String name, Map<PartKind, BigDecimal> marks, BigDecimal total, int rank) {
    RankingReport.Line placed(
        RankingReport.Placement placement, TieBreak decidedBy, String committeeReason) {
      return new RankingReport.Line(
          number,
          name,
          marks,
          Set.of(),
          total,
          rank,
          List.of(),
          placement,
          decidedBy,
          false,
          committeeReason);
    }
  }

  private static Ranked ranked(
      String number,
      String name,
      String theory,
      String professional,
      String presentation,
      String total,
      int rank) {
    return new Ranked(number, name, marks(theory, professional, presentation), bd(total), rank);
  }

  static Map<PartKind, BigDecimal> marks(String theory, String professional, String presentation) {
    var marks = new EnumMap<PartKind, BigDecimal>(PartKind.class);
    if (theory != null) {
      marks.put(THEORY, bd(theory));
    }
    if (professional != null) {
      marks.put(PROFESSIONAL, bd(professional));
    }
    if (presentation != null) {
      marks.put(PRESENTATION, bd(presentation));
    }
    return marks;
  }

  static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
