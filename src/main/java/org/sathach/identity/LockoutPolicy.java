package org.sathach.identity;

import java.time.Duration;

/**
 * How many failed logins in a row lock an account, and for how long. Defaults: 5 failures, 15
 * minutes ({@code sathach.lockout.attempts}, {@code sathach.lockout.minutes}).
 */
public record LockoutPolicy(int maxFailures, Duration lockFor) {
  public LockoutPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    if (lockFor.isNegative() || lockFor.isZero()) {
      throw new IllegalArgumentException("lockFor must be positive");
    }
  }
}
