package org.sathach.delivery;

import java.time.Instant;

/**
 * What a page needs to show the time: the server's now and the stored deadline (the page counts
 * down from their difference, so its own clock never matters), and the attempt's status.
 */
public record AttemptClock(Instant now, Instant deadline, AttemptStatus status) {
  public long remainingMillis() {
    return deadline == null ? 0 : Math.max(0, deadline.toEpochMilli() - now.toEpochMilli());
  }
}
