package org.sathach.delivery;

/** Where an attempt stands: checked in (not started), in progress, or submitted. */
public enum AttemptStatus {
  CHECKED_IN,
  IN_PROGRESS,
  SUBMITTED
}
