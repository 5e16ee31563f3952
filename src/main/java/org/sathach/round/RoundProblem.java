package org.sathach.round;

/**
 * A request the round's rules refuse (applying to a closed round, an override without a reason, a
 * document that is not what it claims). Carries a message key so the page can say what is wrong in
 * the user's language; nothing is saved.
 */
public class RoundProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final transient Object[] args;

  public RoundProblem(String messageKey, Object... args) {
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
