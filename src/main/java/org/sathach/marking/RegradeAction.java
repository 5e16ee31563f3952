package org.sathach.marking;

import org.sathach.marking.QuestionMark.Voiding;

/** What a regrade does to one question version of a computer part. */
public enum RegradeAction {
  /** The key was wrong: every answer is marked again with the key of a later version. */
  KEY_CORRECTED,
  /** The question is voided and counted as right for everyone who was shown it. */
  VOID_CORRECT,
  /** The question is voided and removed: the part is rescaled over the remaining questions. */
  VOID_REMOVE;

  /** How the question is voided, or {@code null} for a key correction. */
  public Voiding voiding() {
    return switch (this) {
      case KEY_CORRECTED -> null;
      case VOID_CORRECT -> Voiding.COUNT_AS_RIGHT;
      case VOID_REMOVE -> Voiding.REMOVE;
    };
  }

  /** The mode stored in {@code question_void} for a voiding, and back. */
  public static String storedMode(Voiding voiding) {
    return voiding == Voiding.REMOVE ? "REMOVED" : "CORRECT_FOR_ALL";
  }

  public static Voiding voidingOf(String storedMode) {
    return "REMOVED".equals(storedMode) ? Voiding.REMOVE : Voiding.COUNT_AS_RIGHT;
  }
}
