package org.sathach.marking;

/** How a round combines the board members' sheets into a presentation mark. */
public enum BoardAggregation {
  /** The mean of all members' totals. */
  MEAN,
  /**
   * The mean after dropping one highest and one lowest total (one sheet each, even when several
   * share the extreme), as some regulations do to blunt a single partial member. Needs at least 3
   * sheets; boards have 5 or 7 members.
   */
  TRIMMED_MEAN
}
