package org.sathach.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sathach.ranking.SignOff.Status;

/** A committee of seven, M1 to M7; M7 is recused, so six may vote and a majority is four. */
class SignOffTest {
  private static final Set<String> SEVEN = Set.of("M1", "M2", "M3", "M4", "M5", "M6", "M7");
  private static final Set<String> M7_RECUSED = Set.of("M7");

  private static List<Vote> votes(int approvals, int objections) {
    List<Vote> votes = new ArrayList<>();
    for (int i = 1; i <= approvals + objections; i++) {
      votes.add(
          i <= approvals
              ? new Vote("M" + i, Vote.Stance.APPROVE, null)
              : new Vote("M" + i, Vote.Stance.OBJECT, "chưa rõ căn cứ xếp hạng"));
    }
    return votes;
  }

  private static SignOff count(List<Vote> votes) {
    return SignOff.count(SEVEN, M7_RECUSED, votes, Quorum.MAJORITY);
  }

  @Test
  void aMajorityOfTheMembersWhoMayVoteMakesItFinalDespiteObjections() {
    // 6 voters: more than 3 is 4. 4 approvals, 2 objections.
    SignOff signOff = count(votes(4, 2));
    assertThat(signOff.voters()).isEqualTo(6);
    assertThat(signOff.needed()).isEqualTo(4);
    assertThat(signOff.objections()).isEqualTo(2);
    assertThat(signOff.status()).isEqualTo(Status.FINAL);
  }

  @Test
  void itStaysOpenWhileTheSilentCouldStillReachTheQuorum() {
    // 3 approvals + 1 member still silent could make 4.
    assertThat(count(votes(3, 2)).status()).isEqualTo(Status.OPEN);
  }

  @Test
  void itCannotBeReachedWhenTooManyObject() {
    // 3 approvals, 3 objections, nobody left: 3 < 4.
    assertThat(count(votes(3, 3)).status()).isEqualTo(Status.CANNOT_REACH);
  }

  @Test
  void quorumArithmetic() {
    // More than half: of 5 → 3, of 4 → 3, of 6 → 4. At least two thirds: of 6 → 4, of 7 →
    // 14/3 = 4.67 → 5. At least half of 4 → 2.
    assertThat(Quorum.MAJORITY.needed(5)).isEqualTo(3);
    assertThat(Quorum.MAJORITY.needed(4)).isEqualTo(3);
    assertThat(Quorum.MAJORITY.needed(6)).isEqualTo(4);
    assertThat(Quorum.atLeast(2, 3).needed(6)).isEqualTo(4);
    assertThat(Quorum.atLeast(2, 3).needed(7)).isEqualTo(5);
    assertThat(Quorum.atLeast(1, 2).needed(4)).isEqualTo(2);
  }

  @Test
  void aCommitteeWhollyRecusedCannotSign() {
    SignOff signOff = SignOff.count(Set.of("M1"), Set.of("M1"), List.of(), Quorum.MAJORITY);
    assertThat(signOff.voters()).isZero();
    assertThat(signOff.status()).isEqualTo(Status.CANNOT_REACH);
  }

  @Test
  void aRecusedMemberOrAStrangerCannotVoteAndNobodyVotesTwice() {
    List<Vote> recused = List.of(new Vote("M7", Vote.Stance.APPROVE, null));
    assertThatThrownBy(() -> count(recused)).isInstanceOf(IllegalArgumentException.class);
    List<Vote> stranger = List.of(new Vote("X", Vote.Stance.APPROVE, null));
    assertThatThrownBy(() -> count(stranger)).isInstanceOf(IllegalArgumentException.class);
    List<Vote> twice =
        List.of(new Vote("M1", Vote.Stance.APPROVE, null), new Vote("M1", Vote.Stance.APPROVE, ""));
    assertThatThrownBy(() -> count(twice)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anObjectionSaysWhy() {
    assertThatThrownBy(() -> new Vote("M1", Vote.Stance.OBJECT, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aConflictWithAnyCandidateOfThePostRecusesTheMember() {
    Map<String, Set<String>> conflicts =
        Map.of("M2", Set.of("TS-09"), "M3", Set.of("TS-01"), "M4", Set.of());
    assertThat(SignOff.recused(conflicts, List.of("TS-01", "TS-02"))).containsExactly("M3");
  }
}
