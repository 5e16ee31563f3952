package org.sathach.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class PaperSetsTest {
  private static final long PART_SEED = 42;
  private final Blueprint blueprint = SyntheticPool.theoryBlueprint();
  private final List<PoolQuestion> pool = SyntheticPool.theoryPool();
  private final List<String> candidates = List.of("TS003", "TS001", "TS002");

  private SortedMap<String, Paper> set(PaperSet which) {
    return PaperSets.generate(blueprint, pool, PART_SEED, which, candidates, true, true);
  }

  @Test
  void officialAndBackupSetsDiffer() {
    SortedMap<String, Paper> official = set(PaperSet.OFFICIAL);
    SortedMap<String, Paper> backup = set(PaperSet.BACKUP);

    assertThat(official.keySet()).containsExactly("TS001", "TS002", "TS003");
    for (String candidate : candidates) {
      assertThat(official.get(candidate)).isNotEqualTo(backup.get(candidate));
    }
  }

  @Test
  void candidatesOfOneSetGetDifferentPapers() {
    assertThat(set(PaperSet.OFFICIAL).values()).doesNotHaveDuplicates();
  }

  @Test
  void aSetIsRedrawnIdenticallyAndEachPaperVerifiesAlone() {
    SortedMap<String, Paper> official = set(PaperSet.OFFICIAL);
    assertThat(set(PaperSet.OFFICIAL)).isEqualTo(official);

    long seed = PaperSeeds.forCandidate(PaperSeeds.forSet(PART_SEED, PaperSet.OFFICIAL), "TS002");
    assertThat(PaperVerifier.verify(official.get("TS002"), blueprint, pool, seed, true, true))
        .isEqualTo(Verification.match());
  }

  @Test
  void seedsFollowTheDocumentedSha256Derivation() {
    // Values computed outside Java (Python hashlib) from the rule in PaperSeeds' Javadoc.
    assertThat(PaperSeeds.forSet(42, PaperSet.OFFICIAL)).isEqualTo(6336526594647687461L);
    assertThat(PaperSeeds.forCandidate(-7, "TS-Đà001")).isEqualTo(2511695235640293135L);
  }

  @Test
  void candidateListedTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                PaperSets.generate(
                    blueprint, pool, PART_SEED, PaperSet.OFFICIAL, List.of("A", "A"), true, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
