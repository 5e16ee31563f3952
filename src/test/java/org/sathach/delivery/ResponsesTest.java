package org.sathach.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sathach.bank.QuestionType;

/**
 * A response is checked against the question as the candidate saw it before it is stored: the shape
 * of its type, indices within the display positions, texts within their limits. Anything else is
 * refused whole with {@code answer.invalid}.
 */
class ResponsesTest {
  private static final CandidateQuestion SINGLE =
      question(QuestionType.SINGLE_CHOICE, List.of("A", "B", "C", "D"), List.of(), List.of());
  private static final CandidateQuestion MULTIPLE =
      question(QuestionType.MULTIPLE_RESPONSE, List.of("A", "B", "C", "D"), List.of(), List.of());
  private static final CandidateQuestion TRUE_FALSE =
      question(QuestionType.TRUE_FALSE, List.of(), List.of(), List.of());
  private static final CandidateQuestion SHORT =
      question(QuestionType.SHORT_ANSWER, List.of(), List.of(), List.of());
  private static final CandidateQuestion ESSAY =
      question(QuestionType.ESSAY, List.of(), List.of(), List.of());
  private static final CandidateQuestion MATCHING =
      question(
          QuestionType.MATCHING,
          List.of(),
          List.of("Luật", "Nghị định", "Thông tư"),
          List.of("Quốc hội", "Chính phủ", "Bộ trưởng"));
  private static final CandidateQuestion ORDERING =
      question(QuestionType.ORDERING, List.of(), List.of(), List.of("Một", "Hai", "Ba", "Bốn"));

  private static CandidateQuestion question(
      QuestionType type, List<String> choices, List<String> prompts, List<String> items) {
    return new CandidateQuestion(0, type, "Câu hỏi", BigDecimal.ONE, choices, prompts, items);
  }

  private static void assertRefused(String json, CandidateQuestion q) {
    Throwable thrown = catchThrowable(() -> Responses.check(json, q));
    assertThat(thrown).as(json).isInstanceOf(DeliveryProblem.class);
    DeliveryProblem problem = (DeliveryProblem) thrown;
    assertThat(problem.messageKey()).isEqualTo("answer.invalid");
    assertThat(problem.isConflict()).isFalse();
  }

  private static String text(int length) {
    return "ấ".repeat(length);
  }

  // single choice

  @ParameterizedTest
  @ValueSource(strings = {"{\"choice\":0}", "{\"choice\":3}", "{ \"choice\" : 2 }"})
  void aSingleChoiceWithinTheDisplayedOptionsIsAccepted(String json) {
    assertThat(Responses.check(json, SINGLE).getInt("choice")).isBetween(0, 3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"choice\":4}",
        "{\"choice\":-1}",
        "{\"choice\":1.5}",
        "{\"choice\":\"1\"}",
        "{\"choice\":null}",
        "{\"choice\":[1]}",
        "{\"choices\":[1]}",
        "{\"value\":true}",
        "{}"
      })
  void aSingleChoiceOutsideTheOptionsOrOfAnotherShapeIsRefused(String json) {
    assertRefused(json, SINGLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"choice\":4294967296}", "{\"choice\":4294967297}"})
  void aSingleChoiceBeyondTheRangeOfAnIntIsRefused(String json) {
    assertRefused(json, SINGLE);
  }

  // multiple response

  @ParameterizedTest
  @ValueSource(strings = {"{\"choices\":[]}", "{\"choices\":[2]}", "{\"choices\":[3,0,1,2]}"})
  void distinctChoicesWithinTheDisplayedOptionsAreAccepted(String json) {
    assertThat(Responses.check(json, MULTIPLE).getJsonArray("choices")).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"choices\":[1,1]}",
        "{\"choices\":[0,4]}",
        "{\"choices\":[-1]}",
        "{\"choices\":[0.5]}",
        "{\"choices\":[\"0\"]}",
        "{\"choices\":1}",
        "{\"choice\":1}"
      })
  void duplicateOrOutOfRangeChoicesAreRefused(String json) {
    assertRefused(json, MULTIPLE);
  }

  // true/false

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\":true}", "{\"value\":false}"})
  void aBooleanTrueFalseAnswerIsAccepted(String json) {
    assertThat(Responses.check(json, TRUE_FALSE).containsKey("value")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"value\":\"true\"}",
        "{\"value\":1}",
        "{\"value\":0}",
        "{\"value\":null}",
        "{\"choice\":0}",
        "{}"
      })
  void aTrueFalseAnswerThatIsNotABooleanIsRefused(String json) {
    assertRefused(json, TRUE_FALSE);
  }

  // short answer and essay

  @Test
  void aShortAnswerUpToFiveHundredCharactersIsAccepted() {
    assertThat(Responses.check("{\"text\":\"\"}", SHORT).getString("text")).isEmpty();
    String longest = "{\"text\":\"" + text(500) + "\"}";
    assertThat(Responses.check(longest, SHORT).getString("text")).hasSize(500);
  }

  @Test
  void aShortAnswerOfFiveHundredAndOneCharactersIsRefused() {
    assertRefused("{\"text\":\"" + text(501) + "\"}", SHORT);
  }

  @Test
  void anEssayUpToTwentyThousandCharactersIsAccepted() {
    String body = ("Đoạn văn có xuống dòng.\n").repeat(500);
    String essay = body + text(20_000 - body.length());
    String json = Json.createObjectBuilder().add("text", essay).build().toString();
    assertThat(Responses.check(json, ESSAY).getString("text")).hasSize(20_000);
  }

  @Test
  void anEssayOfTwentyThousandAndOneCharactersIsRefused() {
    assertRefused("{\"text\":\"" + text(20_001) + "\"}", ESSAY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"text\":5}", "{\"text\":null}", "{\"text\":[\"a\"]}", "{\"t\":\"a\"}"})
  void aTextAnswerThatIsNotAStringIsRefused(String json) {
    assertRefused(json, SHORT);
    assertRefused(json, ESSAY);
  }

  // matching

  @ParameterizedTest
  @ValueSource(strings = {"{\"pairs\":[0,1,2]}", "{\"pairs\":[2,0,1]}", "{\"pairs\":[-1,-1,-1]}"})
  void aPairingPerPromptIsAcceptedWithMinusOneForUnmatched(String json) {
    assertThat(Responses.check(json, MATCHING).getJsonArray("pairs")).hasSize(3);
  }

  @Test
  void twoPromptsMayBePairedWithTheSameAnswer() {
    assertThat(Responses.check("{\"pairs\":[1,1,0]}", MATCHING).getJsonArray("pairs")).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"pairs\":[0,1]}",
        "{\"pairs\":[0,1,2,0]}",
        "{\"pairs\":[]}",
        "{\"pairs\":[0,1,3]}",
        "{\"pairs\":[0,-2,1]}",
        "{\"pairs\":[0,1,null]}",
        "{\"pairs\":[0,1,\"2\"]}",
        "{\"pairs\":[0,1,1.5]}",
        "{\"order\":[0,1,2]}"
      })
  void aPairingOfTheWrongLengthOrOutOfRangeIsRefused(String json) {
    assertRefused(json, MATCHING);
  }

  // ordering

  @ParameterizedTest
  @ValueSource(strings = {"{\"order\":[0,1,2,3]}", "{\"order\":[3,1,0,2]}"})
  void aFullPermutationOfTheItemsIsAccepted(String json) {
    assertThat(Responses.check(json, ORDERING).getJsonArray("order")).hasSize(4);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"order\":[0,1,2]}",
        "{\"order\":[0,1,2,3,0]}",
        "{\"order\":[0,1,1,3]}",
        "{\"order\":[0,1,2,4]}",
        "{\"order\":[-1,1,2,3]}",
        "{\"order\":[]}",
        "{\"order\":\"0123\"}",
        "{\"pairs\":[0,1,2,3]}"
      })
  void anOrderingThatIsNotAFullPermutationIsRefused(String json) {
    assertRefused(json, ORDERING);
  }

  // any type

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{",
        "{\"choice\":0",
        "{choice:0}",
        "{'choice':0}",
        "[0]",
        "[{\"choice\":0}]",
        "\"{\\\"choice\\\":0}\"",
        "0",
        "true",
        "null"
      })
  void malformedJsonOrAResponseThatIsNotAnObjectIsRefused(String json) {
    for (CandidateQuestion q :
        List.of(SINGLE, MULTIPLE, TRUE_FALSE, SHORT, ESSAY, MATCHING, ORDERING)) {
      assertRefused(json, q);
    }
  }

  @Test
  void noResponseAtAllIsRefused() {
    assertRefused(null, SINGLE);
  }

  @Test
  void aResponseLongerThanAnyEssayCouldBeIsRefusedBeforeParsing() {
    assertRefused("{\"text\":\"" + "a".repeat(40_000) + "\"}", ESSAY);
  }

  @Test
  void onlyEssaysWaitForTheExaminers() {
    for (QuestionType type : QuestionType.values()) {
      assertThat(Responses.isAutoMarked(type))
          .as(type.name())
          .isEqualTo(type != QuestionType.ESSAY);
    }
  }
}
