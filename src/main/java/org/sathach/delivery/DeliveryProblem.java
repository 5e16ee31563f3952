package org.sathach.delivery;

/**
 * A request the delivery rules refuse: a wrong access code, a start before the session opens, an
 * answer after the deadline. Carries a message key for the page and whether the refusal is a
 * conflict with the attempt's state (HTTP 409) or about something the caller may not see (404).
 */
public class DeliveryProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final boolean conflict;
  private final transient Object[] args;

  public DeliveryProblem(String messageKey, boolean conflict, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.conflict = conflict;
    this.args = args;
  }

  /** A refusal because of the attempt's state (late, submitted): HTTP 409. */
  public static DeliveryProblem conflict(String messageKey, Object... args) {
    return new DeliveryProblem(messageKey, true, args);
  }

  /** A refusal that must not tell whether the thing exists: HTTP 404. */
  public static DeliveryProblem notFound() {
    return new DeliveryProblem("attempt.notFound", false);
  }

  /** Any other refusal (a wrong code, a closed door): HTTP 400 for REST callers. */
  public static DeliveryProblem refused(String messageKey, Object... args) {
    return new DeliveryProblem(messageKey, false, args);
  }

  public String messageKey() {
    return messageKey;
  }

  public boolean isConflict() {
    return conflict;
  }

  public Object[] args() {
    return args.clone();
  }
}
