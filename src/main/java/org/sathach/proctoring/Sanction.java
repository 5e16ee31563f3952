package org.sathach.proctoring;

/**
 * The sanctions of the exam-room rules, each recorded in a violation record (biên bản) announced in
 * the room: a reprimand, a warning, or suspension, which ends the attempt and voids its result.
 * Declared from the lightest.
 */
public enum Sanction {
  REPRIMAND("khiển trách"),
  WARNING("cảnh cáo"),
  SUSPENSION("đình chỉ thi");

  private final String label;

  Sanction(String label) {
    this.label = label;
  }

  /** The Vietnamese name used in violation records. */
  public String label() {
    return label;
  }

  /** Whether the sanction ends the attempt at once. */
  public boolean endsAttempt() {
    return this == SUSPENSION;
  }
}
