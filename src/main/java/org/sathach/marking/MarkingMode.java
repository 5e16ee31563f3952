package org.sathach.marking;

/**
 * Whether a multiple-response, matching or ordering question earns part of its points for a partly
 * right answer. Single-choice, true/false and short answers are right or wrong either way.
 */
public enum MarkingMode {
  /** The question's points for a wholly right answer, nothing otherwise. */
  ALL_OR_NOTHING,
  /** A share of the points for a partly right answer, as {@link MarkingRules} defines it. */
  PARTIAL_CREDIT
}
