package org.sathach.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rankings written out by rank: "1 2 2 4" is four candidates C1 to C4 with C2 and C3 in an unbroken
 * tie at rank 2.
 */
class ShortlistTest {

  private static Ranking ranking(int... ranks) {
    List<RankedCandidate> lines = new ArrayList<>();
    for (int i = 0; i < ranks.length; i++) {
      boolean tied =
          (i > 0 && ranks[i - 1] == ranks[i]) || (i + 1 < ranks.length && ranks[i + 1] == ranks[i]);
      lines.add(
          new RankedCandidate(
              "C" + (i + 1), BigDecimal.valueOf(90 - ranks[i]), ranks[i], null, tied, null));
    }
    return new Ranking(lines, List.of());
  }

  private static List<String> names(List<RankedCandidate> lines) {
    return lines.stream().map(RankedCandidate::candidate).toList();
  }

  @Test
  void theTopCandidatesThenTheReserve() {
    Shortlist list = Shortlist.of(ranking(1, 2, 3, 4), 1, 2);
    assertThat(names(list.appointees())).containsExactly("C1");
    assertThat(names(list.reserves())).containsExactly("C2", "C3");
    assertThat(list.blocked()).isFalse();
    assertThat(list.unfilled()).isZero();
  }

  @Test
  void aTieAcrossTheVacancyLineBlocks() {
    // One vacancy, C1 and C2 tied at rank 1: who is proposed depends on the tie.
    Shortlist list = Shortlist.of(ranking(1, 1, 3), 1, 0);
    assertThat(list.blocked()).isTrue();
    assertThat(list.blockedBy()).containsExactly("C1", "C2");
    assertThat(list.appointees()).isEmpty();
  }

  @Test
  void aTieWhollyAmongTheAppointeesDoesNotBlock() {
    Shortlist list = Shortlist.of(ranking(1, 1, 3), 2, 1);
    assertThat(list.blocked()).isFalse();
    assertThat(names(list.appointees())).containsExactly("C1", "C2");
    assertThat(names(list.reserves())).containsExactly("C3");
  }

  @Test
  void aTieInTheReserveBlocksBecauseItDecidesWhoIsCalledFirst() {
    assertThat(Shortlist.of(ranking(1, 2, 2, 4), 1, 2).blockedBy()).containsExactly("C2", "C3");
    assertThat(Shortlist.of(ranking(1, 2, 2, 4), 1, 1).blockedBy()).containsExactly("C2", "C3");
  }

  @Test
  void aTieBelowTheShortlistDoesNotBlock() {
    Shortlist list = Shortlist.of(ranking(1, 2, 3, 3), 1, 1);
    assertThat(list.blocked()).isFalse();
    assertThat(names(list.reserves())).containsExactly("C2");
  }

  @Test
  void fewerPassingCandidatesThanVacanciesLeaveSomeUnfilled() {
    Shortlist one = Shortlist.of(ranking(1), 2, 1);
    assertThat(names(one.appointees())).containsExactly("C1");
    assertThat(one.reserves()).isEmpty();
    assertThat(one.unfilled()).isEqualTo(1);
    assertThat(Shortlist.of(ranking(), 1, 0).unfilled()).isEqualTo(1);
  }

  @Test
  void aCommitteeDecisionUnblocksTheShortlist() {
    List<CandidateMarks> tied =
        List.of(
            RankingFixtures.marks("TS-01", "75", "70", "80"),
            RankingFixtures.marks("TS-02", "75", "70", "80"));
    Ranking undecided = Ranking.of(RankingFixtures.POST, tied, List.of());
    assertThat(Shortlist.of(undecided, 1, 0).blocked()).isTrue();
    Ranking decided =
        Ranking.of(
            RankingFixtures.POST,
            tied,
            List.of(new CommitteeDecision(List.of("TS-02", "TS-01"), "biểu quyết 5/7")));
    Shortlist list = Shortlist.of(decided, 1, 0);
    assertThat(names(list.appointees())).containsExactly("TS-02");
  }

  @Test
  void thereIsAtLeastOneVacancy() {
    assertThatThrownBy(() -> Shortlist.of(ranking(1), 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
