package org.sathach.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a question must follow to be saved or imported, whatever it came from (the editor or
 * any file format): one correct option for single choice, a rubric adding up for essays, and so on.
 * Each broken rule is a {@link Problem} at the question's line.
 */
final class QuestionRules {
  private QuestionRules() {}

  static List<Problem> problemsOf(QuestionData q) {
    List<Problem> out = new ArrayList<>();
    if (q.type() == null) {
      out.add(Problem.at(q.line(), "question.type.required"));
      return out;
    }
    if (q.difficulty() == null) {
      out.add(Problem.at(q.line(), "question.level.required"));
    }
    if (isBlank(q.stem())) {
      out.add(Problem.at(q.line(), "question.stem.required"));
    }
    if (q.points().signum() <= 0) {
      out.add(Problem.at(q.line(), "question.points.positive", q.points().toPlainString()));
    }
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> checkChoices(q, out);
      case TRUE_FALSE -> {
        if (q.trueFalseAnswer() == null) {
          out.add(Problem.at(q.line(), "question.trueFalse.answerRequired"));
        }
      }
      case SHORT_ANSWER -> {
        if (q.acceptedAnswers().stream().allMatch(QuestionRules::isBlank)) {
          out.add(Problem.at(q.line(), "question.shortAnswer.atLeastOne"));
        }
      }
      case MATCHING -> {
        if (q.pairs().size() < 2) {
          out.add(Problem.at(q.line(), "question.matching.atLeastTwo"));
        }
        if (q.pairs().stream().anyMatch(p -> isBlank(p.left()) || isBlank(p.right()))) {
          out.add(Problem.at(q.line(), "question.matching.emptySide"));
        }
      }
      case ORDERING -> {
        if (q.orderItems().size() < 2) {
          out.add(Problem.at(q.line(), "question.ordering.atLeastTwo"));
        }
        if (q.orderItems().stream().anyMatch(QuestionRules::isBlank)) {
          out.add(Problem.at(q.line(), "question.ordering.emptyItem"));
        }
      }
      case ESSAY -> checkRubric(q, out);
    }
    return out;
  }

  private static void checkChoices(QuestionData q, List<Problem> out) {
    if (q.choices().size() < 2) {
      out.add(Problem.at(q.line(), "question.choices.atLeastTwo"));
    }
    if (q.choices().stream().anyMatch(c -> isBlank(c.text()))) {
      out.add(Problem.at(q.line(), "question.choice.empty"));
    }
    long correct = q.choices().stream().filter(Choice::correct).count();
    if (q.type() == QuestionType.SINGLE_CHOICE && correct != 1) {
      out.add(Problem.at(q.line(), "question.single.exactlyOneCorrect", Long.toString(correct)));
    }
    if (q.type() == QuestionType.MULTIPLE_RESPONSE && correct < 1) {
      out.add(Problem.at(q.line(), "question.multiple.atLeastOneCorrect"));
    }
  }

  private static void checkRubric(QuestionData q, List<Problem> out) {
    if (q.rubric().isEmpty()) {
      out.add(Problem.at(q.line(), "question.essay.rubricRequired"));
      return;
    }
    if (q.rubric().stream().anyMatch(c -> c.points() == null || c.points().signum() <= 0)) {
      out.add(Problem.at(q.line(), "question.essay.criterionPoints"));
      return;
    }
    BigDecimal sum =
        q.rubric().stream().map(Criterion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(q.points()) != 0) {
      out.add(
          Problem.at(
              q.line(),
              "question.essay.pointsMismatch",
              sum.toPlainString() + " ≠ " + q.points().toPlainString()));
    }
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
