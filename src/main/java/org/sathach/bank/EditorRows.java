package org.sathach.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sathach.bank.format.TextHtml;

/** Translates between a question's type-specific parts and the editor's rows of plain text. */
final class EditorRows {
  private EditorRows() {}

  static List<EditorRow> empty(QuestionType type) {
    int count =
        switch (type) {
          case SINGLE_CHOICE, MULTIPLE_RESPONSE -> 4;
          case MATCHING, ORDERING -> 3;
          case SHORT_ANSWER, ESSAY -> 1;
          case TRUE_FALSE -> 0;
        };
    List<EditorRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new EditorRow("", "", false, type == QuestionType.ESSAY ? BigDecimal.ONE : null));
    }
    return rows;
  }

  static List<EditorRow> from(QuestionData q) {
    List<EditorRow> rows = new ArrayList<>();
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE ->
          q.choices()
              .forEach(c -> rows.add(row(TextHtml.toPlainText(c.text()), null, c.correct(), null)));
      case SHORT_ANSWER -> q.acceptedAnswers().forEach(a -> rows.add(row(a, null, false, null)));
      case MATCHING ->
          q.pairs()
              .forEach(
                  p ->
                      rows.add(
                          row(
                              TextHtml.toPlainText(p.left()),
                              TextHtml.toPlainText(p.right()),
                              false,
                              null)));
      case ORDERING ->
          q.orderItems().forEach(i -> rows.add(row(TextHtml.toPlainText(i), null, false, null)));
      case ESSAY ->
          q.rubric().forEach(c -> rows.add(row(c.description(), null, false, c.points())));
      case TRUE_FALSE -> {
        // no rows
      }
    }
    return rows;
  }

  static void into(QuestionData.Builder b, QuestionType type, List<EditorRow> rows) {
    for (EditorRow r : rows) {
      boolean empty = r.getText() == null || r.getText().isBlank();
      switch (type) {
        case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
          if (!empty || r.isCorrect()) {
            b.choice(TextHtml.fromPlainText(r.getText()), r.isCorrect());
          }
        }
        case SHORT_ANSWER -> {
          if (!empty) {
            b.accept(r.getText().strip());
          }
        }
        case MATCHING -> {
          if (!empty || (r.getRight() != null && !r.getRight().isBlank())) {
            b.pair(TextHtml.fromPlainText(r.getText()), TextHtml.fromPlainText(r.getRight()));
          }
        }
        case ORDERING -> {
          if (!empty) {
            b.orderItem(TextHtml.fromPlainText(r.getText()));
          }
        }
        case ESSAY -> {
          if (!empty) {
            b.criterion(
                r.getPoints() == null ? BigDecimal.ZERO : r.getPoints(), r.getText().strip());
          }
        }
        case TRUE_FALSE -> {
          // no rows
        }
      }
    }
  }

  private static EditorRow row(String text, String right, boolean correct, BigDecimal points) {
    return new EditorRow(text, right, correct, points);
  }
}
