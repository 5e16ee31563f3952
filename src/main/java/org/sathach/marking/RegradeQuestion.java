package org.sathach.marking;

import java.io.Serializable;
import org.sathach.bank.QuestionType;

/**
 * A question version shown in a computer part, as the regrade page offers it: where it first
 * appears on the part's papers, an excerpt of its stem, and how many submitted attempts showed it.
 */
public record RegradeQuestion(
    long versionId,
    long questionId,
    int versionNo,
    QuestionType type,
    int firstPosition,
    String excerpt,
    int attempts,
    String voided)
    implements Serializable {

  /** The 1-based number of the question as the first paper showing it numbers it. */
  public int number() {
    return firstPosition + 1;
  }
}
