package org.sathach.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import org.sathach.bank.format.TextHtml;

/**
 * Helpers for showing questions on pages without giving keys away: response lists of matching and
 * ordering questions in a neutral (alphabetical) order rather than the key's order.
 */
@Named
@ApplicationScoped
public class BankView {
  private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

  /** The choices of the bank's select menus, shared by its pages. */
  public QuestionType[] getTypes() {
    return QuestionType.values();
  }

  public Difficulty[] getDifficulties() {
    return Difficulty.values();
  }

  public QuestionStatus[] getStatuses() {
    return QuestionStatus.values();
  }

  public MatchMode[] getMatchModes() {
    return MatchMode.values();
  }

  public List<String> sortedRights(QuestionData q) {
    return q.pairs().stream().map(p -> TextHtml.toPlainText(p.right())).sorted(VIETNAMESE).toList();
  }

  public List<String> sortedItems(QuestionData q) {
    return q.orderItems().stream().map(TextHtml::toPlainText).sorted(VIETNAMESE).toList();
  }

  /** The first words of a stem as plain text, for tables. */
  public String excerpt(String html) {
    if (html == null) {
      return "—";
    }
    String text = TextHtml.toPlainText(html).replace('\n', ' ');
    return text.length() <= 140 ? text : text.substring(0, 140) + "…";
  }

  /** The readable key of a version, for editors and reviewers (never on a candidate's page). */
  public String key(QuestionData q) {
    return switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q.choices().size(); i++) {
          if (q.choices().get(i).correct()) {
            out.append(out.isEmpty() ? "" : ", ").append((char) ('A' + i));
          }
        }
        yield out.toString();
      }
      case TRUE_FALSE -> String.valueOf(q.trueFalseAnswer());
      case SHORT_ANSWER -> String.join(" | ", q.acceptedAnswers());
      case MATCHING ->
          String.join(
              "; ",
              q.pairs().stream()
                  .map(
                      p -> TextHtml.toPlainText(p.left()) + " → " + TextHtml.toPlainText(p.right()))
                  .toList());
      case ORDERING ->
          String.join(" → ", q.orderItems().stream().map(TextHtml::toPlainText).toList());
      case ESSAY ->
          String.join(
              "; ",
              q.rubric().stream()
                  .map(c -> c.points().toPlainString() + ": " + c.description())
                  .toList());
    };
  }
}
