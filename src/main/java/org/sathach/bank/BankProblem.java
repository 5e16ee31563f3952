package org.sathach.bank;

/**
 * A request the bank's rules refuse (e.g. approving one's own question). Carries a message key so
 * that the page says what is wrong in the user's language; nothing is saved.
 */
public class BankProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final transient Object[] args;

  public BankProblem(String messageKey, Object... args) {
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
