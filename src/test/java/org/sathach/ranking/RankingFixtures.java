package org.sathach.ranking;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sathach.exam.PartKind;
import org.sathach.marking.PartMark;

/**
 * The usual post of the tests: theory ×1, professional ×1, presentation ×2, pass mark 50 in each,
 * default tie-break chain, so that a total is (theory + professional + 2 × presentation) / 4.
 */
final class RankingFixtures {
  static final PostRules POST =
      PostRules.of(
          List.of(
              PartRule.of(PartKind.THEORY),
              PartRule.of(PartKind.PROFESSIONAL),
              new PartRule(
                  PartKind.PRESENTATION, PartRule.DEFAULT_PASS_MARK, BigDecimal.valueOf(2))));

  private RankingFixtures() {}

  static CandidateMarks marks(
      String candidate, String theory, String professional, String presentation) {
    Map<PartKind, PartMark> marks = new EnumMap<>(PartKind.class);
    put(marks, PartKind.THEORY, theory);
    put(marks, PartKind.PROFESSIONAL, professional);
    put(marks, PartKind.PRESENTATION, presentation);
    return new CandidateMarks(candidate, marks);
  }

  /** A mark, "void" for a voided part, {@code null} for none. */
  private static void put(Map<PartKind, PartMark> marks, PartKind kind, String mark) {
    if (mark == null) {
      return;
    }
    marks.put(
        kind,
        mark.equals("void")
            ? new PartMark(kind, BigDecimal.ZERO, true)
            : new PartMark(kind, new BigDecimal(mark), false));
  }
}
