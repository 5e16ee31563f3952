package org.sathach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sathach.bank.Choice;
import org.sathach.bank.MatchMode;
import org.sathach.bank.MatchPair;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;
import org.sathach.exam.PaperItem;

/**
 * What reaches the candidate's page carries the stem and what to choose from, in display order, and
 * no key: no explanation, accepted answer, marking guide, rubric or correct flag, and no matching
 * answers or ordering items in the order that gives them away.
 */
class CandidateQuestionTest {
  private static final String EXPLANATION = "SECRET-EXPLANATION";
  private static final String ACCEPTED = "SECRET-ACCEPTED";
  private static final String GUIDE = "SECRET-GUIDE";
  private static final String RUBRIC = "SECRET-RUBRIC";
  private static final long SEED = 5_550_123L;

  /** A question of {@code type} with every secret filled in, whether its type uses it or not. */
  private static QuestionData.Builder withSecrets(QuestionType type) {
    return QuestionData.builder()
        .type(type)
        .stem("<p>Cơ quan nào ban hành Luật?</p>")
        .points(new BigDecimal("2"))
        .explanation(EXPLANATION)
        .accept(ACCEPTED)
        .matchMode(MatchMode.IGNORE_CASE)
        .trueFalseAnswer(Boolean.TRUE)
        .markingGuide(GUIDE)
        .criterion(new BigDecimal("2"), RUBRIC);
  }

  private static List<QuestionData> everyType() {
    return List.of(
        withSecrets(QuestionType.SINGLE_CHOICE)
            .choice("Quốc hội", true)
            .choice("Chính phủ", false)
            .choice("Bộ Tư pháp", false)
            .build(),
        withSecrets(QuestionType.MULTIPLE_RESPONSE)
            .choice("Hiến pháp", true)
            .choice("Luật", true)
            .choice("Công văn", false)
            .build(),
        withSecrets(QuestionType.TRUE_FALSE).build(),
        withSecrets(QuestionType.SHORT_ANSWER).build(),
        withSecrets(QuestionType.MATCHING)
            .pair("Luật", "Quốc hội")
            .pair("Nghị định", "Chính phủ")
            .pair("Thông tư", "Bộ trưởng")
            .build(),
        withSecrets(QuestionType.ORDERING)
            .orderItem("Nhận hồ sơ")
            .orderItem("Thi viết")
            .orderItem("Bổ nhiệm")
            .build(),
        withSecrets(QuestionType.ESSAY).build());
  }

  private static PaperItem itemFor(QuestionData q, List<Integer> order) {
    return new PaperItem(77L, q.points(), order);
  }

  private static List<Integer> identity(int size) {
    return CandidateQuestion.identity(size);
  }

  @Test
  void aCandidateQuestionCarriesOnlyTheStemPointsAndWhatToChooseFrom() {
    assertThat(
            Arrays.stream(CandidateQuestion.class.getRecordComponents())
                .map(RecordComponent::getName))
        .containsExactly("position", "type", "stem", "points", "choices", "prompts", "items");
    assertThat(
            Arrays.stream(CandidateQuestion.class.getRecordComponents())
                .map(RecordComponent::getType))
        .doesNotContain(boolean.class, Boolean.class);
  }

  @Test
  void noSecretOfAnyTypeReachesTheCandidate() {
    for (QuestionData q : everyType()) {
      int size = Math.max(q.choices().size(), Math.max(q.pairs().size(), q.orderItems().size()));
      CandidateQuestion shown = CandidateQuestion.of(2, itemFor(q, identity(size)), q, SEED);
      assertThat(shown.toString())
          .as(q.type().name())
          .doesNotContain(EXPLANATION, ACCEPTED, GUIDE, RUBRIC)
          .doesNotContainIgnoringCase("correct")
          .doesNotContain("true", "false");
      assertThat(shown.stem()).isEqualTo(q.stem());
      assertThat(shown.type()).isEqualTo(q.type());
      assertThat(shown.points()).isEqualByComparingTo("2");
      assertThat(shown.position()).isEqualTo(2);
    }
  }

  @Test
  void theKeyOfAChoiceQuestionMakesNoDifferenceToWhatIsShown() {
    for (QuestionType type : List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE)) {
      QuestionData first =
          withSecrets(type)
              .choices(
                  List.of(new Choice("A", true), new Choice("B", false), new Choice("C", false)))
              .build();
      QuestionData last =
          withSecrets(type)
              .choices(
                  List.of(new Choice("A", false), new Choice("B", false), new Choice("C", true)))
              .build();
      PaperItem item = itemFor(first, List.of(2, 0, 1));
      assertThat(CandidateQuestion.of(0, item, first, SEED))
          .isEqualTo(CandidateQuestion.of(0, item, last, SEED));
    }
  }

  @Test
  void theAnswerOfATrueFalseQuestionMakesNoDifferenceToWhatIsShown() {
    QuestionData isTrue = withSecrets(QuestionType.TRUE_FALSE).trueFalseAnswer(true).build();
    QuestionData isFalse = withSecrets(QuestionType.TRUE_FALSE).trueFalseAnswer(false).build();
    PaperItem item = itemFor(isTrue, List.of());
    assertThat(CandidateQuestion.of(0, item, isTrue, SEED))
        .isEqualTo(CandidateQuestion.of(0, item, isFalse, SEED));
  }

  @Test
  void choicesAreShownInTheOptionOrderOfThePaper() {
    QuestionData q = everyType().get(0);
    CandidateQuestion shown = CandidateQuestion.of(0, itemFor(q, List.of(1, 2, 0)), q, SEED);
    assertThat(shown.choices()).containsExactly("Chính phủ", "Bộ Tư pháp", "Quốc hội");
    assertThat(shown.choiceCount()).isEqualTo(3);
    assertThat(shown.prompts()).isEmpty();
    assertThat(shown.items()).isEmpty();
  }

  @Test
  void theStemOnlyTypesShowNothingToChooseFrom() {
    for (QuestionData q : everyType()) {
      if (q.type() == QuestionType.TRUE_FALSE
          || q.type() == QuestionType.SHORT_ANSWER
          || q.type() == QuestionType.ESSAY) {
        CandidateQuestion shown = CandidateQuestion.of(0, itemFor(q, List.of()), q, SEED);
        assertThat(shown.choices()).isEmpty();
        assertThat(shown.prompts()).isEmpty();
        assertThat(shown.items()).isEmpty();
      }
    }
  }

  private static QuestionData matching(int size) {
    QuestionData.Builder b = withSecrets(QuestionType.MATCHING);
    for (int i = 0; i < size; i++) {
      b.pair("Tiền đề " + i, "Đáp án " + i);
    }
    return b.build();
  }

  private static QuestionData ordering(int size) {
    QuestionData.Builder b = withSecrets(QuestionType.ORDERING);
    for (int i = 0; i < size; i++) {
      b.orderItem("Bước " + i);
    }
    return b.build();
  }

  private static List<String> rights(QuestionData q) {
    return q.pairs().stream().map(MatchPair::right).toList();
  }

  @Test
  void matchingPromptsFollowThePapersOptionOrderAndTheAnswersAreAllShown() {
    QuestionData q = matching(4);
    CandidateQuestion shown = CandidateQuestion.of(1, itemFor(q, List.of(3, 1, 0, 2)), q, SEED);
    assertThat(shown.prompts()).containsExactly("Tiền đề 3", "Tiền đề 1", "Tiền đề 0", "Tiền đề 2");
    assertThat(shown.items()).containsExactlyInAnyOrderElementsOf(rights(q));
  }

  @Test
  void matchingAnswersAreNeverShownInTheirStoredOrderNextToUnshuffledPrompts() {
    for (int size = 2; size <= 8; size++) {
      QuestionData q = matching(size);
      for (long seed = 0; seed < 300; seed++) {
        for (List<Integer> unshuffled : List.of(List.<Integer>of(), identity(size))) {
          CandidateQuestion shown =
              CandidateQuestion.of((int) (seed % 5), itemFor(q, unshuffled), q, seed);
          assertThat(shown.prompts()).isEqualTo(q.pairs().stream().map(MatchPair::left).toList());
          assertThat(shown.items()).as("size %d seed %d", size, seed).isNotEqualTo(rights(q));
        }
      }
    }
  }

  @Test
  void matchingAnswersAreNeverLinedUpWithTheirShuffledPrompts() {
    Random random = new Random(11);
    for (int size = 2; size <= 8; size++) {
      QuestionData q = matching(size);
      for (long seed = 0; seed < 300; seed++) {
        List<Integer> order = new ArrayList<>(identity(size));
        Collections.shuffle(order, random);
        CandidateQuestion shown = CandidateQuestion.of(3, itemFor(q, order), q, seed);
        assertThat(shown.items()).as("size %d seed %d", size, seed).isNotEqualTo(aligned(q, shown));
      }
    }
  }

  /** The answers of the shown prompts, in the prompts' display order: the key itself. */
  private static List<String> aligned(QuestionData q, CandidateQuestion shown) {
    List<String> key = new ArrayList<>();
    for (String prompt : shown.prompts()) {
      key.add(
          q.pairs().stream()
              .filter(p -> p.left().equals(prompt))
              .findFirst()
              .orElseThrow()
              .right());
    }
    return key;
  }

  @Test
  void matchingAnswersAreNeverLinedUpWithTheirPromptsEvenWhenTwoShareAText() {
    QuestionData q =
        withSecrets(QuestionType.MATCHING)
            .pair("Luật", "Quốc hội")
            .pair("Nghị quyết", "Quốc hội")
            .pair("Nghị định", "Chính phủ")
            .build();
    for (long seed = 0; seed < 1000; seed++) {
      CandidateQuestion shown = CandidateQuestion.of(0, itemFor(q, List.of()), q, seed);
      assertThat(shown.items()).as("seed %d", seed).isNotEqualTo(aligned(q, shown));
    }
  }

  @Test
  void orderingItemsAreAllShownButNeverInTheirStoredOrder() {
    for (int size = 2; size <= 8; size++) {
      QuestionData q = ordering(size);
      for (long seed = 0; seed < 300; seed++) {
        for (List<Integer> optionOrder : List.of(List.<Integer>of(), identity(size))) {
          CandidateQuestion shown =
              CandidateQuestion.of((int) (seed % 9), itemFor(q, optionOrder), q, seed);
          assertThat(shown.items())
              .as("size %d seed %d", size, seed)
              .containsExactlyInAnyOrderElementsOf(q.orderItems())
              .isNotEqualTo(q.orderItems());
        }
      }
    }
  }

  @Test
  void theSamePaperShowsTheSameOrderEveryTime() {
    QuestionData q = ordering(6);
    PaperItem item = itemFor(q, List.of());
    assertThat(CandidateQuestion.of(4, item, q, SEED))
        .isEqualTo(CandidateQuestion.of(4, item, q, SEED));
    QuestionData m = matching(6);
    PaperItem mItem = itemFor(m, List.of(5, 4, 3, 2, 1, 0));
    assertThat(CandidateQuestion.of(4, mItem, m, SEED))
        .isEqualTo(CandidateQuestion.of(4, mItem, m, SEED));
  }

  @Test
  void theShownListsCannotBeChangedAfterwards() {
    List<String> choices = new ArrayList<>(List.of("A", "B"));
    CandidateQuestion shown =
        new CandidateQuestion(
            0, QuestionType.SINGLE_CHOICE, "stem", BigDecimal.ONE, choices, List.of(), List.of());
    choices.add("C");
    assertThat(shown.choices()).containsExactly("A", "B");
  }
}
