package org.sathach.proctoring;

/**
 * A proctor's request the rules refuse: not their session, a sealed session, an action without a
 * reason. Carries a message key for the page; nothing is changed.
 */
public class ProctoringProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final transient Object[] args;

  public ProctoringProblem(String messageKey, Object... args) {
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
