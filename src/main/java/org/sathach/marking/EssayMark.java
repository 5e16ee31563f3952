package org.sathach.marking;

import java.math.BigDecimal;

/**
 * The outcome of double marking one essay answer: the mean of two agreeing marks, a third mark that
 * decided, or a wait for the third marker ({@code mark} is then {@code null}).
 */
public record EssayMark(Outcome outcome, BigDecimal mark) {

  public enum Outcome {
    /** The two marks differ by no more than the threshold: the mark is their mean. */
    AGREED,
    /** The two marks differ by more than the threshold and no third mark is in yet. */
    NEEDS_THIRD_MARK,
    /** The third marker (head of the marking board) decided: their mark is final. */
    DECIDED_BY_THIRD_MARK
  }

  public boolean isFinal() {
    return outcome != Outcome.NEEDS_THIRD_MARK;
  }
}
