package org.sathach.bank;

import java.util.List;

/** A question with every rich text passed through {@link HtmlSanitizer}. */
final class Sanitized {
  private Sanitized() {}

  static QuestionData of(QuestionData q) {
    return q.toBuilder()
        .stem(HtmlSanitizer.sanitize(q.stem()))
        .explanation(HtmlSanitizer.sanitize(q.explanation()))
        .choices(
            q.choices().stream()
                .map(c -> new Choice(HtmlSanitizer.sanitize(c.text()), c.correct()))
                .toList())
        .pairs(
            q.pairs().stream()
                .map(
                    p ->
                        new MatchPair(
                            HtmlSanitizer.sanitize(p.left()), HtmlSanitizer.sanitize(p.right())))
                .toList())
        .orderItems(q.orderItems().stream().map(HtmlSanitizer::sanitize).toList())
        .markingGuide(HtmlSanitizer.sanitize(q.markingGuide()))
        .acceptedAnswers(q.acceptedAnswers().stream().map(String::strip).toList())
        .rubric(List.copyOf(q.rubric()))
        .build();
  }
}
