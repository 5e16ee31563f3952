package org.sathach.identity;

/**
 * A request about a user that the rules refuse. Carries a message key from the resource bundle so
 * that the page can say what is wrong in the user's language; nothing is saved.
 */
public class UserProblem extends RuntimeException {
  private final String messageKey;

  public UserProblem(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
