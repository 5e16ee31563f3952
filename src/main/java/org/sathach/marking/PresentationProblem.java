package org.sathach.marking;

/**
 * A request about presentations the rules refuse: criteria that do not total 100, a board of the
 * wrong size, a second draw, a score out of range, a sheet by someone not on the board, reading
 * other sheets before one's own. Carries a message key for the page; nothing is changed.
 */
public class PresentationProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final transient Object[] args;

  public PresentationProblem(String messageKey, Object... args) {
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
