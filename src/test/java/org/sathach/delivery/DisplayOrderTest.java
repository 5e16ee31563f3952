package org.sathach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The display order of matching answers and ordering items is a reproducible permutation that never
 * shows the order it must avoid (the stored one, or the one that lines answers up with their
 * prompts).
 */
class DisplayOrderTest {
  private static final List<Integer> NOTHING_TO_AVOID = List.of();

  private static List<Integer> identity(int size) {
    return CandidateQuestion.identity(size);
  }

  private static void assertPermutation(List<Integer> order, int size) {
    assertThat(order).hasSize(size).containsExactlyInAnyOrderElementsOf(identity(size));
  }

  @Test
  void theOrderIsAPermutationOfTheIndices() {
    for (int size = 0; size <= 12; size++) {
      for (long seed = 0; seed < 50; seed++) {
        assertPermutation(DisplayOrder.scrambled(seed, 3, size, identity(size)), size);
        assertPermutation(DisplayOrder.scrambled(seed, 3, size, NOTHING_TO_AVOID), size);
      }
    }
  }

  @Test
  void theSameSeedPositionAndSizeGiveTheSameOrder() {
    for (int size = 2; size <= 8; size++) {
      List<Integer> first = DisplayOrder.scrambled(987_654_321L, 17, size, identity(size));
      List<Integer> again = DisplayOrder.scrambled(987_654_321L, 17, size, identity(size));
      assertThat(again).isEqualTo(first);
    }
  }

  @Test
  void differentSeedsGiveDifferentOrdersInGeneral() {
    Set<List<Integer>> orders = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      orders.add(DisplayOrder.scrambled(seed, 0, 6, NOTHING_TO_AVOID));
    }
    // 720 permutations of six: 200 draws of a fair shuffle give well over a hundred distinct ones
    assertThat(orders).hasSizeGreaterThan(100);
  }

  @Test
  void differentPositionsOnOnePaperGiveDifferentOrdersInGeneral() {
    Set<List<Integer>> orders = new HashSet<>();
    for (int position = 0; position < 200; position++) {
      orders.add(DisplayOrder.scrambled(42L, position, 6, NOTHING_TO_AVOID));
    }
    assertThat(orders).hasSizeGreaterThan(100);
  }

  @Test
  void everyIndexIsShownFirstSometimes() {
    int[] first = new int[5];
    for (long seed = 0; seed < 1000; seed++) {
      first[DisplayOrder.scrambled(seed, 1, 5, NOTHING_TO_AVOID).get(0)]++;
    }
    for (int count : first) {
      assertThat(count).isBetween(120, 280);
    }
  }

  @Test
  void theStoredOrderIsNeverShown() {
    for (int size = 2; size <= 8; size++) {
      for (long seed = 0; seed < 1000; seed++) {
        List<Integer> order = DisplayOrder.scrambled(seed, (int) (seed % 7), size, identity(size));
        assertThat(order).as("size %d seed %d", size, seed).isNotEqualTo(identity(size));
        assertPermutation(order, size);
      }
    }
  }

  @Test
  void anOrderToAvoidIsNeverShownEvenWhenTheShuffleWouldGiveIt() {
    for (int size = 2; size <= 8; size++) {
      for (long seed = 0; seed < 1000; seed++) {
        List<Integer> natural = DisplayOrder.scrambled(seed, 2, size, NOTHING_TO_AVOID);
        List<Integer> order = DisplayOrder.scrambled(seed, 2, size, natural);
        assertThat(order).as("size %d seed %d", size, seed).isNotEqualTo(natural);
        assertPermutation(order, size);
      }
    }
  }

  @Test
  void anyShuffledOrderToAvoidIsNeverShown() {
    Random random = new Random(7);
    for (int size = 2; size <= 8; size++) {
      for (long seed = 0; seed < 1000; seed++) {
        List<Integer> avoid = new ArrayList<>(identity(size));
        Collections.shuffle(avoid, random);
        List<Integer> order = DisplayOrder.scrambled(seed, 5, size, avoid);
        assertThat(order).as("size %d seed %d", size, seed).isNotEqualTo(avoid);
        assertPermutation(order, size);
      }
    }
  }

  @Test
  void aSingleItemHasOnlyOneOrder() {
    assertThat(DisplayOrder.scrambled(1L, 0, 1, List.of(0))).containsExactly(0);
    assertThat(DisplayOrder.scrambled(1L, 0, 0, List.of())).isEmpty();
  }
}
