package org.sathach.bank;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sathach.bank.format.TextHtml;

/** What changed between two versions of a question, as readable text per field. */
final class VersionDiff {
  private VersionDiff() {}

  static Map<String, String[]> between(QuestionData a, QuestionData b) {
    Map<String, String[]> changes = new LinkedHashMap<>();
    put(changes, "topic", String.join(" > ", a.topicPath()), String.join(" > ", b.topicPath()));
    put(changes, "type", a.type().code(), b.type().code());
    put(changes, "level", a.difficulty().label(), b.difficulty().label());
    put(changes, "points", a.points().toPlainString(), b.points().toPlainString());
    put(changes, "tags", String.join("; ", a.tags()), String.join("; ", b.tags()));
    put(changes, "stem", TextHtml.toPlainText(a.stem()), TextHtml.toPlainText(b.stem()));
    put(changes, "answers", answers(a), answers(b));
    put(
        changes,
        "explanation",
        TextHtml.toPlainText(a.explanation()),
        TextHtml.toPlainText(b.explanation()));
    return changes;
  }

  private static String answers(QuestionData q) {
    return switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE ->
          q.choices().stream()
              .map(c -> (c.correct() ? "[x] " : "[ ] ") + TextHtml.toPlainText(c.text()))
              .collect(Collectors.joining("\n"));
      case TRUE_FALSE -> String.valueOf(q.trueFalseAnswer());
      case SHORT_ANSWER ->
          String.join(" | ", q.acceptedAnswers()) + " (" + q.matchMode().code() + ")";
      case MATCHING ->
          q.pairs().stream()
              .map(p -> TextHtml.toPlainText(p.left()) + " => " + TextHtml.toPlainText(p.right()))
              .collect(Collectors.joining("\n"));
      case ORDERING ->
          q.orderItems().stream().map(TextHtml::toPlainText).collect(Collectors.joining("\n"));
      case ESSAY ->
          TextHtml.toPlainText(q.markingGuide())
              + "\n"
              + q.rubric().stream()
                  .map(c -> c.points().toPlainString() + " | " + c.description())
                  .collect(Collectors.joining("\n"));
    };
  }

  private static void put(
      Map<String, String[]> changes, String field, String before, String after) {
    if (!Objects.equals(Objects.toString(before, ""), Objects.toString(after, ""))) {
      changes.put(field, new String[] {before, after});
    }
  }
}
