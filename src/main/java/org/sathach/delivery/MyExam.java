package org.sathach.delivery;

import org.sathach.exam.Seat;

/** A candidate's seat in a session and their attempt there, if they have checked in. */
public record MyExam(Seat seat, Attempt attempt) {
  public boolean isCheckedIn() {
    return attempt != null;
  }
}
