package org.sathach.round;

/** Where a selection round stands: prepared, open for applications, or closed to them. */
public enum RoundStatus {
  DRAFT,
  OPEN,
  CLOSED
}
