package org.sathach.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionDataTest {
  private static QuestionData.Builder of(QuestionType type) {
    return QuestionData.builder()
        .topicPath(List.of("Chuyên môn nghiệp vụ"))
        .type(type)
        .difficulty(Difficulty.VAN_DUNG)
        .stem("Câu hỏi?")
        .line(7);
  }

  private static List<String> keys(QuestionData q) {
    return q.problems().stream().map(Problem::key).toList();
  }

  @Test
  void singleChoiceNeedsExactlyOneCorrectOption() {
    assertThat(keys(of(QuestionType.SINGLE_CHOICE).choice("a", true).choice("b", true).build()))
        .containsExactly("question.single.exactlyOneCorrect");
    assertThat(keys(of(QuestionType.SINGLE_CHOICE).choice("a", false).choice("b", false).build()))
        .containsExactly("question.single.exactlyOneCorrect");
    assertThat(keys(of(QuestionType.SINGLE_CHOICE).choice("a", true).choice("b", false).build()))
        .isEmpty();
  }

  @Test
  void choiceQuestionsNeedTwoNonEmptyOptions() {
    assertThat(keys(of(QuestionType.MULTIPLE_RESPONSE).choice("a", true).build()))
        .containsExactly("question.choices.atLeastTwo");
    assertThat(
            keys(of(QuestionType.MULTIPLE_RESPONSE).choice("a", false).choice(" ", false).build()))
        .containsExactly("question.choice.empty", "question.multiple.atLeastOneCorrect");
  }

  @Test
  void everyTypeHasItsOwnRule() {
    assertThat(keys(of(QuestionType.TRUE_FALSE).build()))
        .containsExactly("question.trueFalse.answerRequired");
    assertThat(keys(of(QuestionType.SHORT_ANSWER).build()))
        .containsExactly("question.shortAnswer.atLeastOne");
    assertThat(keys(of(QuestionType.MATCHING).pair("a", "b").build()))
        .containsExactly("question.matching.atLeastTwo");
    assertThat(keys(of(QuestionType.ORDERING).orderItem("a").build()))
        .containsExactly("question.ordering.atLeastTwo");
    assertThat(keys(of(QuestionType.ESSAY).build()))
        .containsExactly("question.essay.rubricRequired");
  }

  @Test
  void essayRubricMustAddUpToThePoints() {
    QuestionData essay =
        of(QuestionType.ESSAY)
            .points(new BigDecimal("10"))
            .criterion(new BigDecimal("4"), "a")
            .criterion(new BigDecimal("5"), "b")
            .build();
    assertThat(essay.problems())
        .containsExactly(Problem.at(7, "question.essay.pointsMismatch", "9 ≠ 10"));
  }

  @Test
  void stemLevelAndPointsAreRequired() {
    QuestionData q =
        QuestionData.builder()
            .type(QuestionType.TRUE_FALSE)
            .trueFalseAnswer(true)
            .points(BigDecimal.ZERO)
            .build();
    assertThat(keys(q))
        .containsExactly(
            "question.level.required", "question.stem.required", "question.points.positive");
  }
}
