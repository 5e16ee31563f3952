package org.sathach.marking;

/**
 * What the marking rules need to know about one objective answer, already read through the display
 * order the candidate saw: which options were keys, which pairs or positions were right. The
 * delivery feature works these out from the question version and the response; marking only counts.
 */
public sealed interface AnswerFacts {

  /** Nothing was answered: it earns 0 and is never penalised. */
  record Blank() implements AnswerFacts {}

  /** A single-choice, true/false or short answer, which is right or wrong. */
  record Judged(boolean right) implements AnswerFacts {}

  /**
   * A multiple-response answer: of {@code options} offered, {@code keys} are right; the candidate
   * chose {@code keysChosen} of the keys and {@code distractorsChosen} of the others.
   */
  record Selected(int options, int keys, int keysChosen, int distractorsChosen)
      implements AnswerFacts {
    public Selected {
      if (keys < 1 || keys > options) {
        throw new IllegalArgumentException("a question has 1 to " + options + " keys: " + keys);
      }
      if (keysChosen < 0 || keysChosen > keys) {
        throw new IllegalArgumentException("keys chosen must be 0 to " + keys + ": " + keysChosen);
      }
      if (distractorsChosen < 0 || distractorsChosen > options - keys) {
        throw new IllegalArgumentException(
            "distractors chosen must be 0 to " + (options - keys) + ": " + distractorsChosen);
      }
    }
  }

  /**
   * A matching or ordering answer: {@code right} of {@code total} prompts matched to a right
   * answer, or items standing in their right position; an unanswered prompt is not right.
   */
  record Placed(int right, int total) implements AnswerFacts {
    public Placed {
      if (total < 1 || right < 0 || right > total) {
        throw new IllegalArgumentException("right must be 0 to total (" + total + "): " + right);
      }
    }
  }
}
