package org.sathach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sathach.bank.MatchMode;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;
import org.sathach.exam.PaperItem;

/**
 * Objective answers are marked all or nothing from the version the candidate saw, through the
 * display order they saw it in: a response speaks of display positions, the key of stored ones.
 */
class AutoMarkerTest {
  private static final BigDecimal POINTS = new BigDecimal("2.5");
  private static final long SEED = 20_261_201L;
  private static final int POSITION = 4;

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static PaperItem item(List<Integer> optionOrder) {
    return new PaperItem(900L, POINTS, optionOrder);
  }

  private static BigDecimal mark(QuestionData q, PaperItem item, String response) {
    return AutoMarker.mark(q, item, POSITION, SEED, response == null ? null : json(response));
  }

  private static QuestionData.Builder question(QuestionType type) {
    return QuestionData.builder().type(type).stem("Câu hỏi").points(POINTS);
  }

  // single choice: stored option 2 is the key; shown first when the order is [2, 0, 3, 1]

  private static final QuestionData SINGLE =
      question(QuestionType.SINGLE_CHOICE)
          .choice("Quốc hội", false)
          .choice("Chính phủ", false)
          .choice("Chủ tịch nước", true)
          .choice("Tòa án", false)
          .build();

  @Test
  void aSingleChoiceIsRightWhenTheDisplayPositionShowsTheKey() {
    PaperItem shuffled = item(List.of(2, 0, 3, 1));
    assertThat(mark(SINGLE, shuffled, "{\"choice\":0}")).isEqualByComparingTo(POINTS);
  }

  @Test
  void aSingleChoiceIsWrongWhenItNamesTheKeysStoredPosition() {
    PaperItem shuffled = item(List.of(2, 0, 3, 1));
    assertThat(mark(SINGLE, shuffled, "{\"choice\":2}")).isEqualByComparingTo("0");
    assertThat(mark(SINGLE, shuffled, "{\"choice\":1}")).isEqualByComparingTo("0");
    assertThat(mark(SINGLE, shuffled, "{\"choice\":3}")).isEqualByComparingTo("0");
  }

  @Test
  void aSingleChoiceInTheStoredOrderIsMarkedByTheStoredKey() {
    PaperItem unshuffled = item(List.of(0, 1, 2, 3));
    assertThat(mark(SINGLE, unshuffled, "{\"choice\":2}")).isEqualByComparingTo(POINTS);
    assertThat(mark(SINGLE, unshuffled, "{\"choice\":0}")).isEqualByComparingTo("0");
  }

  // multiple response: stored options 0 and 3 are keys; order [3, 1, 0, 2] shows them at 0 and 2

  private static final QuestionData MULTIPLE =
      question(QuestionType.MULTIPLE_RESPONSE)
          .choice("Hiến pháp", true)
          .choice("Chỉ thị", false)
          .choice("Công văn", false)
          .choice("Luật", true)
          .build();

  private static final PaperItem MULTIPLE_ITEM = item(List.of(3, 1, 0, 2));

  @Test
  void multipleResponseIsRightWithExactlyTheKeysInAnyOrder() {
    assertThat(mark(MULTIPLE, MULTIPLE_ITEM, "{\"choices\":[0,2]}")).isEqualByComparingTo(POINTS);
    assertThat(mark(MULTIPLE, MULTIPLE_ITEM, "{\"choices\":[2,0]}")).isEqualByComparingTo(POINTS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"choices\":[0]}",
        "{\"choices\":[0,2,1]}",
        "{\"choices\":[0,3]}",
        "{\"choices\":[0,1,2,3]}",
        "{\"choices\":[]}"
      })
  void multipleResponseIsAllOrNothing(String response) {
    assertThat(mark(MULTIPLE, MULTIPLE_ITEM, response)).isEqualByComparingTo("0");
  }

  // true/false

  @Test
  void trueFalseIsRightOnlyWithTheStoredAnswer() {
    QuestionData isTrue = question(QuestionType.TRUE_FALSE).trueFalseAnswer(true).build();
    QuestionData isFalse = question(QuestionType.TRUE_FALSE).trueFalseAnswer(false).build();
    PaperItem fixed = item(List.of());
    assertThat(mark(isTrue, fixed, "{\"value\":true}")).isEqualByComparingTo(POINTS);
    assertThat(mark(isTrue, fixed, "{\"value\":false}")).isEqualByComparingTo("0");
    assertThat(mark(isFalse, fixed, "{\"value\":false}")).isEqualByComparingTo(POINTS);
    assertThat(mark(isFalse, fixed, "{\"value\":true}")).isEqualByComparingTo("0");
  }

  // short answer

  private static QuestionData shortAnswer(MatchMode mode, String... accepted) {
    return question(QuestionType.SHORT_ANSWER)
        .matchMode(mode)
        .acceptedAnswers(List.of(accepted))
        .build();
  }

  private static BigDecimal markText(QuestionData q, String text) {
    String response = Json.createObjectBuilder().add("text", text).build().toString();
    return mark(q, item(List.of()), response);
  }

  @Test
  void exactMatchingWantsTheSameLettersAndCase() {
    QuestionData q = shortAnswer(MatchMode.EXACT, "Quốc hội");
    assertThat(markText(q, "Quốc hội")).isEqualByComparingTo(POINTS);
    assertThat(markText(q, "quốc hội")).isEqualByComparingTo("0");
    assertThat(markText(q, "Quoc hoi")).isEqualByComparingTo("0");
  }

  @Test
  void exactMatchingStillIgnoresExtraSpaces() {
    QuestionData q = shortAnswer(MatchMode.EXACT, "Quốc hội");
    assertThat(markText(q, "  Quốc   hội ")).isEqualByComparingTo(POINTS);
    assertThat(markText(q, "Quốc\thội\n")).isEqualByComparingTo(POINTS);
    assertThat(markText(q, "Quốchội")).isEqualByComparingTo("0");
  }

  @Test
  void ignoringCaseAcceptsAnyCaseButKeepsTheDiacritics() {
    QuestionData q = shortAnswer(MatchMode.IGNORE_CASE, "Quốc hội");
    assertThat(markText(q, "QUỐC HỘI")).isEqualByComparingTo(POINTS);
    assertThat(markText(q, " quốc  hội ")).isEqualByComparingTo(POINTS);
    assertThat(markText(q, "quoc hoi")).isEqualByComparingTo("0");
    assertThat(markText(q, "Quốc hồi")).isEqualByComparingTo("0");
  }

  @Test
  void ignoringCaseIsTheDefaultForShortAnswers() {
    QuestionData q =
        question(QuestionType.SHORT_ANSWER).acceptedAnswers(List.of("Quốc hội")).build();
    assertThat(q.matchMode()).isEqualTo(MatchMode.IGNORE_CASE);
    assertThat(markText(q, "quốc hội")).isEqualByComparingTo(POINTS);
  }

  @Test
  void ignoringCaseAndDiacriticsAcceptsTextTypedWithoutAccents() {
    QuestionData q = shortAnswer(MatchMode.IGNORE_CASE_AND_DIACRITICS, "Quốc hội");
    assertThat(markText(q, "quoc hoi")).isEqualByComparingTo(POINTS);
    assertThat(markText(q, "QUOC   HOI")).isEqualByComparingTo(POINTS);
    assertThat(markText(q, "Quốc hội")).isEqualByComparingTo(POINTS);
    assertThat(markText(q, "quoc hoi dong")).isEqualByComparingTo("0");
  }

  @Test
  void ignoringDiacriticsFoldsTheVietnameseDToD() {
    QuestionData q = shortAnswer(MatchMode.IGNORE_CASE_AND_DIACRITICS, "Đảng Cộng sản");
    assertThat(markText(q, "dang cong san")).isEqualByComparingTo(POINTS);
  }

  @Test
  void anyOfTheAcceptedAnswersIsRight() {
    QuestionData q = shortAnswer(MatchMode.IGNORE_CASE, "Ủy ban nhân dân", "UBND");
    assertThat(markText(q, "ubnd")).isEqualByComparingTo(POINTS);
    assertThat(markText(q, "ủy ban nhân dân")).isEqualByComparingTo(POINTS);
    assertThat(markText(q, "HĐND")).isEqualByComparingTo("0");
  }

  @Test
  void anEmptyOrBlankShortAnswerIsNeverRight() {
    QuestionData q = shortAnswer(MatchMode.IGNORE_CASE, "Quốc hội", " ");
    assertThat(markText(q, "")).isEqualByComparingTo("0");
    assertThat(markText(q, "   ")).isEqualByComparingTo("0");
  }

  @Test
  void theSameWordTypedWithCombiningMarksIsRight() {
    String combining = Normalizer.normalize("Quốc hội", Normalizer.Form.NFD);
    assertThat(markText(shortAnswer(MatchMode.EXACT, "Quốc hội"), combining))
        .isEqualByComparingTo(POINTS);
    assertThat(markText(shortAnswer(MatchMode.IGNORE_CASE, "Quốc hội"), combining))
        .isEqualByComparingTo(POINTS);
  }

  // matching

  private static final QuestionData MATCHING =
      question(QuestionType.MATCHING)
          .pair("Luật", "Quốc hội")
          .pair("Nghị định", "Chính phủ")
          .pair("Thông tư", "Bộ trưởng")
          .pair("Nghị quyết của HĐND", "Hội đồng nhân dân")
          .build();

  /** The pairs response that puts each displayed prompt with the displayed answer of its pair. */
  private static String rightPairs(QuestionData q, PaperItem item) {
    int size = q.pairs().size();
    List<Integer> left = CandidateQuestion.leftOrder(item, size);
    List<Integer> right = CandidateQuestion.rightOrder(item, q.pairs(), SEED, POSITION);
    JsonArrayBuilder pairs = Json.createArrayBuilder();
    for (int d = 0; d < size; d++) {
      pairs.add(right.indexOf(left.get(d)));
    }
    return Json.createObjectBuilder().add("pairs", pairs).build().toString();
  }

  /** The numbers of a response's array, as a list the test may change. */
  private static List<Integer> numbers(String response, String name) {
    List<Integer> numbers = new ArrayList<>();
    for (JsonNumber n : json(response).getJsonArray(name).getValuesAs(JsonNumber.class)) {
      numbers.add(n.intValue());
    }
    return numbers;
  }

  private static String withPair(String response, int prompt, int answer) {
    List<Integer> pairs = numbers(response, "pairs");
    pairs.set(prompt, answer);
    return Json.createObjectBuilder()
        .add("pairs", Json.createArrayBuilder(pairs))
        .build()
        .toString();
  }

  @Test
  void matchingIsRightWhenEveryDisplayedPromptIsPairedWithItsAnswer() {
    PaperItem shuffled = item(List.of(2, 0, 3, 1));
    assertThat(mark(MATCHING, shuffled, rightPairs(MATCHING, shuffled)))
        .isEqualByComparingTo(POINTS);
    PaperItem unshuffled = item(List.of());
    assertThat(mark(MATCHING, unshuffled, rightPairs(MATCHING, unshuffled)))
        .isEqualByComparingTo(POINTS);
  }

  @Test
  void matchingIsWrongWhenOnePromptIsPairedWrongly() {
    PaperItem shuffled = item(List.of(2, 0, 3, 1));
    String right = rightPairs(MATCHING, shuffled);
    int chosen = json(right).getJsonArray("pairs").getInt(1);
    String oneWrong = withPair(right, 1, (chosen + 1) % 4);
    assertThat(mark(MATCHING, shuffled, oneWrong)).isEqualByComparingTo("0");
  }

  @Test
  void matchingIsWrongWhenOnePromptIsLeftUnmatched() {
    PaperItem shuffled = item(List.of(2, 0, 3, 1));
    String unmatched = withPair(rightPairs(MATCHING, shuffled), 3, -1);
    assertThat(mark(MATCHING, shuffled, unmatched)).isEqualByComparingTo("0");
    assertThat(mark(MATCHING, shuffled, "{\"pairs\":[-1,-1,-1,-1]}")).isEqualByComparingTo("0");
  }

  @Test
  void matchingInTheDisplayedOrderIsNotRightByItself() {
    PaperItem shuffled = item(List.of(2, 0, 3, 1));
    assertThat(mark(MATCHING, shuffled, "{\"pairs\":[0,1,2,3]}")).isEqualByComparingTo("0");
  }

  @Test
  void twoPromptsSharingAnAnswerTextAcceptEitherCopyOfIt() {
    QuestionData shared =
        question(QuestionType.MATCHING)
            .pair("Luật", "Quốc hội")
            .pair("Nghị quyết của Quốc hội", "Quốc hội")
            .pair("Nghị định", "Chính phủ")
            .build();
    PaperItem order = item(List.of(1, 2, 0));
    List<Integer> left = CandidateQuestion.leftOrder(order, 3);
    List<Integer> right = CandidateQuestion.rightOrder(order, shared.pairs(), SEED, POSITION);
    int firstCopy = right.indexOf(0);
    int secondCopy = right.indexOf(1);
    int government = right.indexOf(2);
    JsonArrayBuilder swapped = Json.createArrayBuilder();
    JsonArrayBuilder bothOnOne = Json.createArrayBuilder();
    for (int d = 0; d < 3; d++) {
      int stored = left.get(d);
      swapped.add(stored == 0 ? secondCopy : stored == 1 ? firstCopy : government);
      bothOnOne.add(stored == 2 ? government : firstCopy);
    }
    String swappedJson = Json.createObjectBuilder().add("pairs", swapped).build().toString();
    String bothJson = Json.createObjectBuilder().add("pairs", bothOnOne).build().toString();
    assertThat(mark(shared, order, rightPairs(shared, order))).isEqualByComparingTo(POINTS);
    assertThat(mark(shared, order, swappedJson)).isEqualByComparingTo(POINTS);
    assertThat(mark(shared, order, bothJson)).isEqualByComparingTo(POINTS);
    String governmentForLaw = withPair(rightPairs(shared, order), left.indexOf(0), government);
    assertThat(mark(shared, order, governmentForLaw)).isEqualByComparingTo("0");
  }

  // ordering: the stored order is the right one

  private static final QuestionData ORDERING =
      question(QuestionType.ORDERING)
          .orderItem("Thông báo tuyển chọn")
          .orderItem("Nhận hồ sơ")
          .orderItem("Thi viết")
          .orderItem("Thuyết trình đề án")
          .orderItem("Bổ nhiệm")
          .build();

  /** The candidate's order that lists the displayed items in their stored order. */
  private static String storedOrder(QuestionData q) {
    int size = q.orderItems().size();
    List<Integer> shown = CandidateQuestion.orderingOrder(q.orderItems(), SEED, POSITION);
    JsonArrayBuilder order = Json.createArrayBuilder();
    for (int stored = 0; stored < size; stored++) {
      order.add(shown.indexOf(stored));
    }
    return Json.createObjectBuilder().add("order", order).build().toString();
  }

  @Test
  void orderingIsRightWhenTheDisplayedItemsArePutInTheStoredOrder() {
    assertThat(mark(ORDERING, item(List.of()), storedOrder(ORDERING))).isEqualByComparingTo(POINTS);
  }

  @Test
  void orderingIsRightWhateverOptionOrderThePaperRecorded() {
    assertThat(mark(ORDERING, item(List.of(4, 3, 2, 1, 0)), storedOrder(ORDERING)))
        .isEqualByComparingTo(POINTS);
  }

  @Test
  void orderingLeftAsDisplayedIsWrong() {
    assertThat(mark(ORDERING, item(List.of()), "{\"order\":[0,1,2,3,4]}"))
        .isEqualByComparingTo("0");
  }

  @Test
  void orderingWithTwoItemsSwappedIsWrong() {
    List<Integer> order = numbers(storedOrder(ORDERING), "order");
    Collections.swap(order, 3, 4);
    String swapped =
        Json.createObjectBuilder().add("order", Json.createArrayBuilder(order)).build().toString();
    assertThat(mark(ORDERING, item(List.of()), swapped)).isEqualByComparingTo("0");
  }

  // essays and missing answers

  @Test
  void anEssayIsLeftForTheExaminers() {
    QuestionData essay =
        question(QuestionType.ESSAY).criterion(POINTS, "Nêu đủ ý").markingGuide("Ý chính").build();
    assertThat(mark(essay, item(List.of()), "{\"text\":\"Bài làm\"}")).isNull();
    assertThat(mark(essay, item(List.of()), null)).isNull();
  }

  @Test
  void aMissingAnswerScoresZeroForEveryObjectiveType() {
    QuestionData trueFalse = question(QuestionType.TRUE_FALSE).trueFalseAnswer(true).build();
    QuestionData shortAnswer = shortAnswer(MatchMode.IGNORE_CASE, "Quốc hội");
    assertThat(mark(SINGLE, item(List.of(0, 1, 2, 3)), null)).isEqualByComparingTo("0");
    assertThat(mark(MULTIPLE, MULTIPLE_ITEM, null)).isEqualByComparingTo("0");
    assertThat(mark(trueFalse, item(List.of()), null)).isEqualByComparingTo("0");
    assertThat(mark(shortAnswer, item(List.of()), null)).isEqualByComparingTo("0");
    assertThat(mark(MATCHING, item(List.of()), null)).isEqualByComparingTo("0");
    assertThat(mark(ORDERING, item(List.of()), null)).isEqualByComparingTo("0");
  }

  @Test
  void aRightAnswerEarnsThePointsOfThePaperItem() {
    PaperItem worthThree = new PaperItem(900L, new BigDecimal("3"), List.of(2, 0, 3, 1));
    BigDecimal earned = AutoMarker.mark(SINGLE, worthThree, POSITION, SEED, json("{\"choice\":0}"));
    assertThat(earned).isEqualByComparingTo("3");
  }
}
