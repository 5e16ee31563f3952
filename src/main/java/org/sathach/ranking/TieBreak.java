package org.sathach.ranking;

import org.sathach.exam.PartKind;

/**
 * One step of a round's tie-break chain for candidates with the same weighted total. A mark step
 * puts the higher published mark in that part first; the committee step orders the still-tied
 * candidates by a recorded decision ({@link CommitteeDecision}) and, having no criterion of its
 * own, can only come last.
 */
public enum TieBreak {
  HIGHER_PROFESSIONAL(PartKind.PROFESSIONAL),
  HIGHER_THEORY(PartKind.THEORY),
  HIGHER_PRESENTATION(PartKind.PRESENTATION),
  COMMITTEE(null);

  private final PartKind part;

  TieBreak(PartKind part) {
    this.part = part;
  }

  /** The part whose mark decides, or {@code null} for the committee's decision. */
  public PartKind part() {
    return part;
  }
}
