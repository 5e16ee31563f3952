package org.sathach.exam;

/**
 * A request the examination rules refuse (editing a published part, seating a candidate twice,
 * drawing the paper set again). Carries a message key so the page says what is wrong in the user's
 * language; nothing is saved.
 */
public class ExamProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final transient Object[] args;

  public ExamProblem(String messageKey, Object... args) {
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
