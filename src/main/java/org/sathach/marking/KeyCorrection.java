package org.sathach.marking;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Set;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;
import org.sathach.delivery.AutoMarker;
import org.sathach.delivery.CandidateQuestion;
import org.sathach.delivery.Responses;
import org.sathach.exam.PaperItem;

/**
 * Marking an answer again with the key of a later version of the question the candidate saw. The
 * response is read through the display order of the version shown (what the candidate clicked),
 * then judged by the corrected version's key: the two versions must have the same type and the same
 * options in the same stored order, so option k of one is option k of the other.
 *
 * <p>Only questions whose display order does not depend on the key can be corrected this way:
 * single and multiple choice, true/false and short answer. A matching or ordering question's key is
 * the order of its own content, from which its display order is derived; voiding it is the fair
 * remedy.
 */
public final class KeyCorrection {
  private static final Set<QuestionType> CORRECTABLE =
      Set.of(
          QuestionType.SINGLE_CHOICE,
          QuestionType.MULTIPLE_RESPONSE,
          QuestionType.TRUE_FALSE,
          QuestionType.SHORT_ANSWER);

  private KeyCorrection() {}

  /** Whether {@code corrected} can give its key to answers given on {@code shown}. */
  public static boolean comparable(QuestionData shown, QuestionData corrected) {
    return shown.type() == corrected.type()
        && CORRECTABLE.contains(shown.type())
        && shown.choices().size() == corrected.choices().size();
  }

  /**
   * The points of a stored response (JSON in display positions, {@code null} when blank) under the
   * part's rules and the corrected key.
   */
  public static BigDecimal points(
      MarkingRules rules,
      QuestionData shown,
      QuestionData corrected,
      PaperItem item,
      int position,
      long seed,
      String response) {
    if (!comparable(shown, corrected)) {
      throw new IllegalArgumentException("the corrected version differs in type or options");
    }
    JsonObject checked =
        response == null
            ? null
            : Responses.check(response, CandidateQuestion.of(position, item, shown, seed));
    return AutoMarker.mark(rules, corrected, item, position, seed, checked).awarded();
  }
}
