package org.sathach.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sathach.ranking.RankingFixtures.POST;
import static org.sathach.ranking.RankingFixtures.marks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sathach.exam.PartKind;
import org.sathach.ranking.RegradeImpact.Change;

/**
 * A theory key is corrected: TS-02's theory goes from 80 to 84, TS-03's from 48 to 52. Totals are
 * (theory + professional + 2 × presentation) / 4.
 *
 * <pre>
 *            before                       after
 *   TS-05    (95 + 95 + 190)/4 = 95.00 #1  95.00 #1
 *   TS-01    (70 + 80 + 180)/4 = 82.50 #2  82.50 #3
 *   TS-02    (80 + 74 + 170)/4 = 81.00 #3  (84 + 74 + 170)/4 = 82.00 #4
 *   TS-03    (48 + 90 + 190)/4 = 82.00 fails theory   (52 + 90 + 190)/4 = 83.00 #2
 *   TS-04    (60 + 60 + 120)/4 = 60.00 #4  60.00 #5
 *   TS-06    fails theory with 30 before and after
 * </pre>
 */
class RegradeImpactTest {
  private static final List<CandidateMarks> BEFORE =
      List.of(
          marks("TS-01", "70", "80", "90"),
          marks("TS-02", "80", "74", "85"),
          marks("TS-03", "48", "90", "95"),
          marks("TS-04", "60", "60", "60"),
          marks("TS-05", "95", "95", "95"),
          marks("TS-06", "30", "60", "60"));
  private static final List<CandidateMarks> AFTER =
      List.of(
          marks("TS-01", "70", "80", "90"),
          marks("TS-02", "84", "74", "85"),
          marks("TS-03", "52", "90", "95"),
          marks("TS-04", "60", "60", "60"),
          marks("TS-05", "95", "95", "95"),
          marks("TS-06", "30", "60", "60"));

  @Test
  void theDryRunListsEveryCandidateWhoseMarksTotalOrRankChange() {
    RegradeImpact impact = RegradeImpact.of(POST, BEFORE, AFTER, List.of());
    assertThat(impact.changes())
        .extracting(Change::candidate)
        .containsExactly("TS-01", "TS-02", "TS-03", "TS-04");
    Change risen = impact.changes().get(2);
    assertThat(risen.partsChanged()).containsExactly(PartKind.THEORY);
    assertThat(risen.totalBefore()).isEqualByComparingTo("82.00");
    assertThat(risen.totalAfter()).isEqualByComparingTo("83.00");
    assertThat(risen.passedBefore()).isFalse();
    assertThat(risen.passedAfter()).isTrue();
    assertThat(risen.rankBefore()).isNull();
    assertThat(risen.rankAfter()).isEqualTo(2);
  }

  @Test
  void aCandidateWhoseMarksDidNotChangeIsListedWhenTheirRankDid() {
    Change pushedDown = RegradeImpact.of(POST, BEFORE, AFTER, List.of()).changes().get(0);
    assertThat(pushedDown.partsChanged()).isEmpty();
    assertThat(pushedDown.totalAfter()).isEqualByComparingTo(pushedDown.totalBefore());
    assertThat(pushedDown.rankBefore()).isEqualTo(2);
    assertThat(pushedDown.rankAfter()).isEqualTo(3);
  }

  @Test
  void theRankingsBeforeAndAfterComeWithTheDryRun() {
    RegradeImpact impact = RegradeImpact.of(POST, BEFORE, AFTER, List.of());
    assertThat(impact.before().ranked())
        .extracting(RankedCandidate::candidate)
        .containsExactly("TS-05", "TS-01", "TS-02", "TS-04");
    assertThat(impact.after().ranked())
        .extracting(RankedCandidate::candidate)
        .containsExactly("TS-05", "TS-03", "TS-01", "TS-02", "TS-04");
  }

  @Test
  void aRegradeThatChangesNoMarkChangesNothing() {
    assertThat(RegradeImpact.of(POST, BEFORE, BEFORE, List.of()).changes()).isEmpty();
  }

  @Test
  void aRegradeThatMakesATieShowsIt() {
    // TS-07's professional corrected from 78 to 80: (70 + 78 + 180) / 4 = 82.00 becomes
    // (70 + 80 + 180) / 4 = 82.50, every mark equal to TS-01's. Both share rank 1 in an unbroken
    // tie; TS-01's marks and rank number did not change, but it is now tied, so it is listed too.
    List<CandidateMarks> before =
        List.of(marks("TS-01", "70", "80", "90"), marks("TS-07", "70", "78", "90"));
    List<CandidateMarks> after =
        List.of(marks("TS-01", "70", "80", "90"), marks("TS-07", "70", "80", "90"));
    RegradeImpact impact = RegradeImpact.of(POST, before, after, List.of());
    assertThat(impact.before().hasUnbrokenTie()).isFalse();
    assertThat(impact.after().hasUnbrokenTie()).isTrue();
    assertThat(impact.changes())
        .extracting(Change::candidate, Change::rankBefore, Change::rankAfter, Change::tiedAfter)
        .containsExactly(tuple("TS-01", 1, 1, true), tuple("TS-07", 2, 1, true));
  }

  @Test
  void aRegradeCannotAddOrDropCandidates() {
    assertThatThrownBy(() -> RegradeImpact.of(POST, BEFORE, AFTER.subList(0, 5), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
