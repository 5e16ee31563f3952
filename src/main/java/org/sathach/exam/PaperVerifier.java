package org.sathach.exam;

import java.util.List;

/**
 * Checks that a stored paper is exactly the one its recorded inputs give: re-draws it with {@link
 * PaperGenerator} and compares item by item. This is the check a candidate, an inspector or an
 * appeal can ask for: "was my paper drawn fairly?"
 */
public final class PaperVerifier {
  private PaperVerifier() {}

  public static Verification verify(
      Paper stored,
      Blueprint blueprint,
      List<PoolQuestion> snapshot,
      long seed,
      boolean shuffleQuestions,
      boolean shuffleOptions) {
    Paper expected;
    try {
      expected =
          PaperGenerator.generate(blueprint, snapshot, seed, shuffleQuestions, shuffleOptions);
    } catch (ShortCellsException | IllegalArgumentException e) {
      return Verification.differsAt(-1, "the paper cannot be re-drawn: " + e.getMessage());
    }
    List<PaperItem> want = expected.items();
    List<PaperItem> have = stored.items();
    for (int i = 0; i < Math.min(want.size(), have.size()); i++) {
      String difference = compare(want.get(i), have.get(i));
      if (difference != null) {
        return Verification.differsAt(i, difference);
      }
    }
    if (want.size() != have.size()) {
      return Verification.differsAt(
          -1, "expected " + want.size() + " questions, stored " + have.size());
    }
    return Verification.match();
  }

  private static String compare(PaperItem want, PaperItem have) {
    if (want.versionId() != have.versionId()) {
      return "expected version " + want.versionId() + ", stored " + have.versionId();
    }
    if (want.points().compareTo(have.points()) != 0) {
      return "expected " + want.points() + " points, stored " + have.points();
    }
    if (!want.optionOrder().equals(have.optionOrder())) {
      return "expected option order " + want.optionOrder() + ", stored " + have.optionOrder();
    }
    return null;
  }
}
