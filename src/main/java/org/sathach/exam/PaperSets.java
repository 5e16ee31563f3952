package org.sathach.exam;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Draws a whole paper set of a part, official or backup: one paper per candidate, each from the
 * candidate's own seed (see {@link PaperSeeds}), so the set can be re-drawn and checked paper by
 * paper.
 */
public final class PaperSets {
  private PaperSets() {}

  /**
   * @return each candidate number with its paper, in candidate-number order
   * @throws ShortCellsException when a cell holds fewer questions than its row needs
   */
  public static SortedMap<String, Paper> generate(
      Blueprint blueprint,
      List<PoolQuestion> snapshot,
      long partSeed,
      PaperSet set,
      List<String> candidateNumbers,
      boolean shuffleQuestions,
      boolean shuffleOptions) {
    long setSeed = PaperSeeds.forSet(partSeed, set);
    SortedMap<String, Paper> papers = new TreeMap<>();
    for (String candidate : candidateNumbers) {
      long seed = PaperSeeds.forCandidate(setSeed, candidate);
      Paper paper =
          PaperGenerator.generate(blueprint, snapshot, seed, shuffleQuestions, shuffleOptions);
      if (papers.put(candidate, paper) != null) {
        throw new IllegalArgumentException("candidate number " + candidate + " listed twice");
      }
    }
    return Collections.unmodifiableSortedMap(papers);
  }
}
