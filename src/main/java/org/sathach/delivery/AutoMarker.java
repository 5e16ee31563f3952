package org.sathach.delivery;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sathach.bank.Choice;
import org.sathach.bank.MatchMode;
import org.sathach.bank.QuestionData;
import org.sathach.bank.StemText;
import org.sathach.exam.PaperItem;

/**
 * Marks one objective answer at submit, all or nothing, from the question version the candidate saw
 * and the display order they saw it in. A missing answer scores 0; an essay is not marked here
 * ({@code null}). Partial credit and negative marking come with the marking rules of a part.
 */
public final class AutoMarker {
  private AutoMarker() {}

  public static BigDecimal mark(
      QuestionData q, PaperItem item, int position, long seed, JsonObject response) {
    if (!Responses.isAutoMarked(q.type())) {
      return null;
    }
    return response != null && correct(q, item, position, seed, response)
        ? item.points()
        : BigDecimal.ZERO;
  }

  static boolean correct(QuestionData q, PaperItem item, int position, long seed, JsonObject r) {
    return switch (q.type()) {
      case SINGLE_CHOICE -> {
        int stored = item.optionOrder().get(r.getInt("choice"));
        yield q.choices().get(stored).correct();
      }
      case MULTIPLE_RESPONSE -> {
        Set<Integer> chosen = new HashSet<>();
        for (var v : r.getJsonArray("choices")) {
          chosen.add(item.optionOrder().get(((jakarta.json.JsonNumber) v).intValue()));
        }
        Set<Integer> keys = new HashSet<>();
        List<Choice> choices = q.choices();
        for (int i = 0; i < choices.size(); i++) {
          if (choices.get(i).correct()) {
            keys.add(i);
          }
        }
        yield chosen.equals(keys);
      }
      case TRUE_FALSE -> Boolean.valueOf(r.getBoolean("value")).equals(q.trueFalseAnswer());
      case SHORT_ANSWER -> accepted(q, r.getString("text"));
      case MATCHING -> {
        int size = q.pairs().size();
        List<Integer> left = CandidateQuestion.leftOrder(item, size);
        List<Integer> right = CandidateQuestion.rightOrder(item, q.pairs(), seed, position);
        JsonArray pairs = r.getJsonArray("pairs");
        boolean all = true;
        for (int d = 0; d < size; d++) {
          int chosen = pairs.getInt(d);
          all &= chosen >= 0 && sameAnswer(q, right.get(chosen), left.get(d));
        }
        yield all;
      }
      case ORDERING -> {
        List<Integer> shown = CandidateQuestion.orderingOrder(q.orderItems(), seed, position);
        List<Integer> stored = new ArrayList<>();
        for (var v : r.getJsonArray("order")) {
          stored.add(shown.get(((jakarta.json.JsonNumber) v).intValue()));
        }
        yield stored.equals(CandidateQuestion.identity(q.orderItems().size()));
      }
      case ESSAY -> false;
    };
  }

  /** Two prompts may share an answer text; any pair with that text is right for the prompt. */
  private static boolean sameAnswer(QuestionData q, int chosenStored, int promptStored) {
    return q.pairs().get(chosenStored).right().equals(q.pairs().get(promptStored).right());
  }

  private static boolean accepted(QuestionData q, String text) {
    MatchMode mode = q.matchMode() == null ? MatchMode.IGNORE_CASE : q.matchMode();
    String given = normalize(text, mode);
    return !given.isEmpty()
        && q.acceptedAnswers().stream().anyMatch(a -> normalize(a, mode).equals(given));
  }

  private static String normalize(String text, MatchMode mode) {
    // One Unicode form (keyboards type Vietnamese precomposed or with combining marks) and
    // every kind of space, non-breaking included, as one space.
    String spaced =
        text == null
            ? ""
            : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0]+", " ")
                .strip();
    return switch (mode) {
      case EXACT -> spaced;
      case IGNORE_CASE -> spaced.toLowerCase(java.util.Locale.ROOT);
      case IGNORE_CASE_AND_DIACRITICS -> StemText.fold(spaced);
    };
  }
}
