package org.sathach.delivery;

/**
 * Where an attempt stands: checked in (not started), in progress, paused by the proctor, submitted,
 * or terminated by a suspension.
 */
public enum AttemptStatus {
  CHECKED_IN,
  IN_PROGRESS,
  PAUSED,
  SUBMITTED,
  TERMINATED;

  /** Whether the attempt is over: nothing in it can change any more. */
  public boolean isFinal() {
    return this == SUBMITTED || this == TERMINATED;
  }
}
