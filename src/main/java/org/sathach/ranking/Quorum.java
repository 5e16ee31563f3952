package org.sathach.ranking;

/**
 * How many approvals make a shortlist final, as a share of the members who may vote (the committee
 * less recused members): more than {@code numerator/denominator} of them when {@code strict}, at
 * least that share otherwise. The default is a majority, more than half: 3 of 5, 3 of 4.
 */
public record Quorum(int numerator, int denominator, boolean strict) {
  public static final Quorum MAJORITY = new Quorum(1, 2, true);

  public Quorum {
    if (denominator < 1 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("a quorum is a share between 0 and 1");
    }
    if (strict && numerator == denominator) {
      throw new IllegalArgumentException("no vote can be more than all the members");
    }
  }

  /** At least {@code numerator/denominator} of the voters, e.g. two thirds. */
  public static Quorum atLeast(int numerator, int denominator) {
    return new Quorum(numerator, denominator, false);
  }

  /** The fewest approvals that reach the quorum among {@code voters} members. */
  public int needed(int voters) {
    long share = (long) voters * numerator;
    long needed = strict ? share / denominator + 1 : (share + denominator - 1) / denominator;
    // Never fewer than one approval: a shortlist no one approved is not final.
    return (int) Math.max(1, needed);
  }
}
