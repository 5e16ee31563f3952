package org.sathach.delivery;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sathach.bank.Choice;
import org.sathach.bank.MatchMode;
import org.sathach.bank.QuestionData;
import org.sathach.bank.StemText;
import org.sathach.exam.PaperItem;
import org.sathach.marking.AnswerFacts;
import org.sathach.marking.MarkingRules;
import org.sathach.marking.QuestionMark;

/**
 * Marks one objective answer at submit from the question version the candidate saw and the display
 * order they saw it in: it works out the facts of the answer (right or wrong; keys and distractors
 * chosen; pairs or positions right) and lets the part's {@link MarkingRules} count them. A missing
 * answer is blank; an essay is not marked here ({@code null}).
 */
public final class AutoMarker {
  private AutoMarker() {}

  /** The points under all-or-nothing rules without negative marking. */
  public static BigDecimal mark(
      QuestionData q, PaperItem item, int position, long seed, JsonObject response) {
    QuestionMark line = mark(MarkingRules.DEFAULT, q, item, position, seed, response);
    return line == null ? null : line.awarded();
  }

  /** The line of one answer under the part's rules, or {@code null} for an essay. */
  public static QuestionMark mark(
      MarkingRules rules,
      QuestionData q,
      PaperItem item,
      int position,
      long seed,
      JsonObject response) {
    if (!Responses.isAutoMarked(q.type())) {
      return null;
    }
    return rules.mark(q.type(), item.points(), facts(q, item, position, seed, response));
  }

  /** What the rules need to know about one answer, read through the candidate's display order. */
  public static AnswerFacts facts(
      QuestionData q, PaperItem item, int position, long seed, JsonObject r) {
    if (r == null) {
      return new AnswerFacts.Blank();
    }
    return switch (q.type()) {
      case SINGLE_CHOICE -> {
        int stored = item.optionOrder().get(r.getInt("choice"));
        yield new AnswerFacts.Judged(q.choices().get(stored).correct());
      }
      case MULTIPLE_RESPONSE -> {
        Set<Integer> chosen = new HashSet<>();
        for (var v : r.getJsonArray("choices")) {
          chosen.add(item.optionOrder().get(((jakarta.json.JsonNumber) v).intValue()));
        }
        List<Choice> choices = q.choices();
        int keys = 0;
        int keysChosen = 0;
        int distractorsChosen = 0;
        for (int i = 0; i < choices.size(); i++) {
          boolean key = choices.get(i).correct();
          keys += key ? 1 : 0;
          if (chosen.contains(i)) {
            keysChosen += key ? 1 : 0;
            distractorsChosen += key ? 0 : 1;
          }
        }
        yield chosen.isEmpty()
            ? new AnswerFacts.Blank()
            : new AnswerFacts.Selected(choices.size(), keys, keysChosen, distractorsChosen);
      }
      case TRUE_FALSE ->
          new AnswerFacts.Judged(
              Boolean.valueOf(r.getBoolean("value")).equals(q.trueFalseAnswer()));
      case SHORT_ANSWER -> new AnswerFacts.Judged(accepted(q, r.getString("text")));
      case MATCHING -> {
        int size = q.pairs().size();
        List<Integer> left = CandidateQuestion.leftOrder(item, size);
        List<Integer> right = CandidateQuestion.rightOrder(item, q.pairs(), seed, position);
        JsonArray pairs = r.getJsonArray("pairs");
        int rightPairs = 0;
        for (int d = 0; d < size; d++) {
          int chosen = pairs.getInt(d);
          rightPairs += chosen >= 0 && sameAnswer(q, right.get(chosen), left.get(d)) ? 1 : 0;
        }
        yield new AnswerFacts.Placed(rightPairs, size);
      }
      case ORDERING -> {
        List<Integer> shown = CandidateQuestion.orderingOrder(q.orderItems(), seed, position);
        JsonArray order = r.getJsonArray("order");
        int inPlace = 0;
        for (int p = 0; p < order.size(); p++) {
          inPlace += shown.get(order.getInt(p)) == p ? 1 : 0;
        }
        yield new AnswerFacts.Placed(inPlace, q.orderItems().size());
      }
      case ESSAY -> throw new IllegalArgumentException("essays are marked by examiners");
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
