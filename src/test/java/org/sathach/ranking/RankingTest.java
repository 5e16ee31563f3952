package org.sathach.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sathach.ranking.RankingFixtures.POST;
import static org.sathach.ranking.RankingFixtures.marks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sathach.exam.PartKind;

/** Totals are (theory + professional + 2 × presentation) / 4; the chain is the default. */
class RankingTest {

  private static Ranking rank(List<CandidateMarks> marks, CommitteeDecision... decisions) {
    return Ranking.of(POST, marks, List.of(decisions));
  }

  @Test
  void passingCandidatesAreRankedHighToLowAndFailingOnesAreNot() {
    // TS-01 (70 + 80 + 180) / 4 = 82.50; TS-03 (60 + 60 + 140) / 4 = 65.00;
    // TS-05 (90 + 90 + 190) / 4 = 92.50; TS-04 fails its theory with 45.
    Ranking ranking =
        rank(
            List.of(
                marks("TS-01", "70", "80", "90"),
                marks("TS-03", "60", "60", "70"),
                marks("TS-04", "45", "95", "95"),
                marks("TS-05", "90", "90", "95")));
    assertThat(ranking.ranked())
        .extracting(RankedCandidate::candidate, RankedCandidate::rank, RankedCandidate::decidedBy)
        .containsExactly(tuple("TS-05", 1, null), tuple("TS-01", 2, null), tuple("TS-03", 3, null));
    assertThat(ranking.failed()).extracting(Standing::candidate).containsExactly("TS-04");
    assertThat(ranking.hasUnbrokenTie()).isFalse();
  }

  @Test
  void equalTotalsGoToTheHigherProfessionalMarkFirst() {
    // TS-01 (70 + 80 + 180) / 4 = 82.50; TS-02 (90 + 70 + 170) / 4 = 82.50.
    // Professional 80 against 70: TS-01 first, TS-02 second, both by the professional mark.
    Ranking ranking =
        rank(List.of(marks("TS-02", "90", "70", "85"), marks("TS-01", "70", "80", "90")));
    assertThat(ranking.ranked())
        .extracting(RankedCandidate::candidate, RankedCandidate::rank, RankedCandidate::decidedBy)
        .containsExactly(
            tuple("TS-01", 1, TieBreak.HIGHER_PROFESSIONAL),
            tuple("TS-02", 2, TieBreak.HIGHER_PROFESSIONAL));
  }

  @Test
  void equalProfessionalMarksGoToTheHigherTheoryMark() {
    // A (60 + 80 + 160) / 4 = 75.00; B (80 + 70 + 150) / 4 = 75.00; C (70 + 70 + 160) / 4 = 75.00.
    // Professional: A 80 first; B and C both 70, so theory: B 80 before C 70.
    Ranking ranking =
        rank(
            List.of(
                marks("C", "70", "70", "80"),
                marks("B", "80", "70", "75"),
                marks("A", "60", "80", "80")));
    assertThat(ranking.ranked())
        .extracting(RankedCandidate::candidate, RankedCandidate::rank, RankedCandidate::decidedBy)
        .containsExactly(
            tuple("A", 1, TieBreak.HIGHER_PROFESSIONAL),
            tuple("B", 2, TieBreak.HIGHER_THEORY),
            tuple("C", 3, TieBreak.HIGHER_THEORY));
  }

  @Test
  void whatTheChainCannotBreakIsASharedRankAndNumbersSkip() {
    // D (90 + 90 + 180) / 4 = 90.00. E and F both (75 + 70 + 160) / 4 = 76.25 with the same
    // professional and theory marks; G (60 + 60 + 120) / 4 = 60.00. Ranks 1, 2, 2, 4.
    Ranking ranking =
        rank(
            List.of(
                marks("D", "90", "90", "90"),
                marks("F", "75", "70", "80"),
                marks("E", "75", "70", "80"),
                marks("G", "60", "60", "60")));
    assertThat(ranking.ranked())
        .extracting(RankedCandidate::candidate, RankedCandidate::rank, RankedCandidate::unbrokenTie)
        .containsExactly(
            tuple("D", 1, false), tuple("E", 2, true), tuple("F", 2, true), tuple("G", 4, false));
    assertThat(ranking.hasUnbrokenTie()).isTrue();
  }

  @Test
  void theCommitteesDecisionOrdersTheTieWithItsReason() {
    CommitteeDecision decision =
        new CommitteeDecision(List.of("F", "E"), "F có thâm niên quản lý dài hơn");
    Ranking ranking =
        rank(List.of(marks("E", "75", "70", "80"), marks("F", "75", "70", "80")), decision);
    assertThat(ranking.ranked())
        .extracting(
            RankedCandidate::candidate,
            RankedCandidate::rank,
            RankedCandidate::decidedBy,
            RankedCandidate::committeeReason)
        .containsExactly(
            tuple("F", 1, TieBreak.COMMITTEE, "F có thâm niên quản lý dài hơn"),
            tuple("E", 2, TieBreak.COMMITTEE, "F có thâm niên quản lý dài hơn"));
    assertThat(ranking.hasUnbrokenTie()).isFalse();
  }

  @Test
  void aDecisionAboutOtherCandidatesThanTheTieDoesNotApply() {
    CommitteeDecision aboutThree = new CommitteeDecision(List.of("F", "E", "G"), "cũ");
    Ranking ranking =
        rank(List.of(marks("E", "75", "70", "80"), marks("F", "75", "70", "80")), aboutThree);
    assertThat(ranking.ranked()).allMatch(RankedCandidate::unbrokenTie);
  }

  @Test
  void thePublishedTotalsAndMarksAreCompared() {
    // Equal weights. P: (70 + 80 + 90.01) / 3 = 80.0033… → 80.00; Q: (70.01 + 80 + 89.99) / 3 =
    // 80.00. Tied on the printed totals; professional 80 each; theory 70.01 puts Q first.
    PostRules equal =
        PostRules.of(
            List.of(
                PartRule.of(PartKind.THEORY),
                PartRule.of(PartKind.PROFESSIONAL),
                PartRule.of(PartKind.PRESENTATION)));
    Ranking ranking =
        Ranking.of(
            equal,
            List.of(marks("P", "70", "80", "90.01"), marks("Q", "70.01", "80", "89.99")),
            List.of());
    assertThat(ranking.ranked())
        .extracting(RankedCandidate::candidate, RankedCandidate::decidedBy)
        .containsExactly(tuple("Q", TieBreak.HIGHER_THEORY), tuple("P", TieBreak.HIGHER_THEORY));
    assertThat(ranking.ranked().get(0).total()).isEqualByComparingTo("80.00");
  }

  @Test
  void aRoundMayChainOtherSteps() {
    // A (80 + 60 + 140) / 4 = 70.00; B (60 + 80 + 140) / 4 = 70.00.
    List<CandidateMarks> marks =
        List.of(marks("A", "80", "60", "70"), marks("B", "60", "80", "70"));
    PostRules theoryFirst = new PostRules(POST.parts(), List.of(TieBreak.HIGHER_THEORY));
    assertThat(Ranking.of(theoryFirst, marks, List.of()).ranked())
        .extracting(RankedCandidate::candidate)
        .containsExactly("A", "B");
    // The presentation marks are equal and there is no committee step: the tie stays.
    PostRules presentationOnly = new PostRules(POST.parts(), List.of(TieBreak.HIGHER_PRESENTATION));
    assertThat(Ranking.of(presentationOnly, marks, List.of()).ranked())
        .extracting(RankedCandidate::rank, RankedCandidate::unbrokenTie)
        .containsExactly(tuple(1, true), tuple(1, true));
  }

  @Test
  void aCandidateTwiceOrTwoDecisionsOnOneTieAreRefused() {
    assertThatThrownBy(
            () -> rank(List.of(marks("A", "80", "60", "70"), marks("A", "80", "60", "70"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                rank(
                    List.of(marks("A", "80", "60", "70")),
                    new CommitteeDecision(List.of("A", "B"), "một"),
                    new CommitteeDecision(List.of("B", "A"), "hai")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CommitteeDecision(List.of("A", "B"), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
