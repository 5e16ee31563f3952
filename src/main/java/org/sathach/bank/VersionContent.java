package org.sathach.bank;

import java.util.List;

/** The type-specific parts of a version, stored as JSON in {@code question_version.content}. */
public record VersionContent(
    List<Choice> choices,
    Boolean trueFalseAnswer,
    List<String> acceptedAnswers,
    MatchMode matchMode,
    List<MatchPair> pairs,
    List<String> orderItems,
    String markingGuide,
    List<Criterion> rubric) {

  static VersionContent of(QuestionData q) {
    return new VersionContent(
        q.choices(),
        q.trueFalseAnswer(),
        q.acceptedAnswers(),
        q.matchMode(),
        q.pairs(),
        q.orderItems(),
        q.markingGuide(),
        q.rubric());
  }
}
