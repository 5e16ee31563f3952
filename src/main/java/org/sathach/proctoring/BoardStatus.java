package org.sathach.proctoring;

/** A candidate's line on the live board, from not arrived to finished. */
public enum BoardStatus {
  NOT_ARRIVED,
  WAITING,
  REFUSED,
  ADMITTED,
  IN_PROGRESS,
  PAUSED,
  SUBMITTED,
  TERMINATED
}
