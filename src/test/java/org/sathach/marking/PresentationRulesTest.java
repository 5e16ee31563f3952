package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PresentationRulesTest {
  private static final List<PresentationCriterion> CRITERIA =
      List.of(
          new PresentationCriterion("Nội dung đề án", new BigDecimal("40")),
          new PresentationCriterion("Tính khả thi", new BigDecimal("30.5")),
          new PresentationCriterion("Trả lời câu hỏi", new BigDecimal("29.5")));

  private static String refusal(Executable call) {
    MarkingProblem problem = catchThrowableOfType(MarkingProblem.class, () -> call.execute());
    assertThat(problem).as("refused").isNotNull();
    return problem.messageKey();
  }

  private static PresentationCriterion c(String name, String max) {
    return new PresentationCriterion(name, new BigDecimal(max));
  }

  @Test
  void criteriaTotallingExactlyOneHundredAreAccepted() {
    assertThatCode(() -> PresentationRules.checkCriteria(CRITERIA)).doesNotThrowAnyException();
  }

  @Test
  void criteriaNotTotallingOneHundredAreRefused() {
    MarkingProblem problem =
        catchThrowableOfType(
            MarkingProblem.class,
            () -> PresentationRules.checkCriteria(List.of(c("A", "60"), c("B", "39.99"))));
    assertThat(problem.messageKey()).isEqualTo("presentation.criteria.total");
    assertThat(problem.args()).containsExactly("99.99");
  }

  @Test
  void emptyDuplicateOrTooPreciseCriteriaAreRefused() {
    assertThat(refusal(() -> PresentationRules.checkCriteria(List.of())))
        .isEqualTo("presentation.criteria.empty");
    assertThat(
            refusal(() -> PresentationRules.checkCriteria(List.of(c("A", "50"), c(" a ", "50")))))
        .isEqualTo("presentation.criteria.duplicate");
    assertThat(
            refusal(
                () -> PresentationRules.checkCriteria(List.of(c("A", "50.005"), c("B", "49.995")))))
        .isEqualTo("presentation.criteria.decimals");
    assertThat(refusal(() -> PresentationRules.criterion(" ", BigDecimal.TEN, 2)))
        .isEqualTo("presentation.criteria.incomplete");
    assertThat(refusal(() -> PresentationRules.criterion("A", BigDecimal.ZERO, 2)))
        .isEqualTo("presentation.criteria.incomplete");
  }

  @Test
  void boardHasThreeToNineMembers() {
    assertThat(refusal(() -> PresentationRules.checkBoardSize(2)))
        .isEqualTo("presentation.board.size");
    assertThat(refusal(() -> PresentationRules.checkBoardSize(10)))
        .isEqualTo("presentation.board.size");
    assertThatCode(() -> PresentationRules.checkBoardSize(3)).doesNotThrowAnyException();
    assertThatCode(() -> PresentationRules.checkBoardSize(9)).doesNotThrowAnyException();
  }

  @Test
  void scoresMustCoverEveryCriterionWithinItsMaximumToTwoDecimals() {
    Map<Long, PresentationCriterion> byId = Map.of(1L, CRITERIA.get(0), 2L, CRITERIA.get(1));
    assertThatCode(
            () ->
                PresentationRules.checkScores(
                    byId, Map.of(1L, new BigDecimal("40.00"), 2L, new BigDecimal("0"))))
        .doesNotThrowAnyException();
    assertThat(refusal(() -> PresentationRules.checkScores(byId, Map.of(1L, BigDecimal.ONE))))
        .isEqualTo("presentation.sheet.missingScore");
    assertThat(
            refusal(
                () ->
                    PresentationRules.checkScores(
                        byId, Map.of(1L, new BigDecimal("40.01"), 2L, BigDecimal.ONE))))
        .isEqualTo("presentation.sheet.outOfRange");
    assertThat(
            refusal(
                () ->
                    PresentationRules.checkScores(
                        byId, Map.of(1L, new BigDecimal("-0.5"), 2L, BigDecimal.ONE))))
        .isEqualTo("presentation.sheet.outOfRange");
    assertThat(
            refusal(
                () ->
                    PresentationRules.checkScores(
                        byId, Map.of(1L, new BigDecimal("10.125"), 2L, BigDecimal.ONE))))
        .isEqualTo("presentation.sheet.decimals");
    assertThat(
            refusal(
                () ->
                    PresentationRules.checkScores(
                        byId, Map.of(1L, BigDecimal.ONE, 2L, BigDecimal.ONE, 9L, BigDecimal.ONE))))
        .isEqualTo("presentation.sheet.unknownCriterion");
    assertThat(refusal(() -> PresentationRules.checkScores(Map.of(), Map.of())))
        .isEqualTo("presentation.sheet.noCriteria");
  }

  @Test
  void everyPresentationTextExistsInBothLanguages() {
    Set<String> vi = keys("vi");
    Set<String> en = keys("en");
    assertThat(vi).isNotEmpty().isEqualTo(en);
    Stream.of(BoardAggregation.values())
        .forEach(a -> assertThat(vi).contains("presentation.aggregation." + a));
  }

  private static Set<String> keys(String language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.sathach.messages",
            Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return bundle.keySet().stream()
        .filter(k -> k.startsWith("presentation."))
        .collect(Collectors.toSet());
  }
}
