package org.sathach.round;

/**
 * The committee's word on an application: none yet (the computed verdict stands provisionally), the
 * computed verdict confirmed, or overridden with a recorded reason.
 */
public enum Decision {
  PENDING,
  CONFIRMED,
  OVERRIDDEN
}
