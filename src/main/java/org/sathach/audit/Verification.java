package org.sathach.audit;

import java.time.Instant;

/** The outcome of walking the audit chain: how many rows held, and the first broken link if any. */
public record Verification(boolean intact, long rowsChecked, BrokenLink brokenLink, Instant at) {
  public static Verification intact(long rows, Instant at) {
    return new Verification(true, rows, null, at);
  }

  public static Verification broken(long rows, BrokenLink link, Instant at) {
    return new Verification(false, rows, link, at);
  }
}
