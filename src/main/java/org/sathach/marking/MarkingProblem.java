package org.sathach.marking;

/**
 * A marking request the rules refuse (a mark above the maximum, a script that is not the caller's,
 * too few markers). Carries a message key so the page says what is wrong in the user's language;
 * nothing is saved.
 */
public class MarkingProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final transient Object[] args;

  public MarkingProblem(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
