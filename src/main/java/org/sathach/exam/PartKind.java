package org.sathach.exam;

/**
 * The parts of a round's examination: political theory and the post's professional field on
 * computer, and the action-plan presentation scored by the board.
 */
public enum PartKind {
  THEORY(true),
  PROFESSIONAL(true),
  PRESENTATION(false);

  private final boolean computerBased;

  PartKind(boolean computerBased) {
    this.computerBased = computerBased;
  }

  /** Whether candidates sit it in a browser from a blueprint-drawn paper. */
  public boolean isComputerBased() {
    return computerBased;
  }
}
