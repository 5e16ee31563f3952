package org.sathach.delivery;

/**
 * Who ended an attempt: the candidate, the page at its deadline, the server's job, or the proctor
 * by a suspension.
 */
public enum SubmittedBy {
  CANDIDATE,
  DEADLINE,
  SERVER,
  PROCTOR
}
