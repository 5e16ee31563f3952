package org.sathach.delivery;

/** Who ended an attempt: the candidate, the page at its deadline, or the server's job. */
public enum SubmittedBy {
  CANDIDATE,
  DEADLINE,
  SERVER
}
