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

  /** How many options, pairs or items a candidate sees, the things an option shuffle moves. */
  int optionCount(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> choices == null ? 0 : choices.size();
      case TRUE_FALSE -> 2;
      case MATCHING -> pairs == null ? 0 : pairs.size();
      case ORDERING -> orderItems == null ? 0 : orderItems.size();
      case SHORT_ANSWER, ESSAY -> 0;
    };
  }
}
