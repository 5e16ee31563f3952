package org.sathach.ranking;

/**
 * A ranking or sign-off request the rules refuse (a vote on a changed ranking, a reopening by
 * someone other than the chair). Carries a message key so the page says what is wrong in the user's
 * language; nothing is saved.
 */
public class RankingProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final transient Object[] args;

  public RankingProblem(String messageKey, Object... args) {
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
