package org.sathach.identity;

import java.time.Instant;

/** Why a login attempt succeeded or failed; the login page shows a message for each case. */
public record LoginResult(Outcome outcome, User user, Instant lockedUntil) {
  public enum Outcome {
    SUCCESS,
    BAD_CREDENTIALS,
    LOCKED,
    JUST_LOCKED,
    DISABLED
  }

  static LoginResult of(Outcome outcome, User user) {
    return new LoginResult(outcome, user, user == null ? null : user.getLockedUntil());
  }

  public boolean succeeded() {
    return outcome == Outcome.SUCCESS;
  }
}
