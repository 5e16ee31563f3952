package org.sathach.marking;

/**
 * A marking request the rules refuse: a mark above the maximum, a script that is not the caller's,
 * too few markers; presentation criteria that do not total 100, a board of the wrong size, a second
 * draw, a sheet by someone not on the board, reading other sheets before one's own. Carries a
 * message key so the page says what is wrong in the user's language; nothing is saved.
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
