package org.sathach.delivery;

/** The proctor's identity check at check-in: waiting, let in, or turned away with a reason. */
public enum Admission {
  PENDING,
  ADMITTED,
  REFUSED
}
