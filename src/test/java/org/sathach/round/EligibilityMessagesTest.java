package org.sathach.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The texts a page needs to show the checklist exist in both languages. */
class EligibilityMessagesTest {
  private static final String BUNDLE = "org.sathach.messages";

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(bundle("vi").keySet()).containsExactlyInAnyOrderElementsOf(bundle("en").keySet());
  }

  @Test
  void everyValueAndCriterionHasAText() {
    Stream<String> keys =
        Stream.of(
                Stream.of(Criterion.values()).map(Criterion::messageKey),
                Stream.of(PoliticalTheoryLevel.values()).map(PoliticalTheoryLevel::messageKey),
                Stream.of(StateManagementLevel.values()).map(StateManagementLevel::messageKey),
                Stream.of(Degree.values()).map(Degree::messageKey),
                Stream.of(PerformanceRating.values()).map(PerformanceRating::messageKey),
                Stream.of(Gender.values()).map(Gender::messageKey))
            .flatMap(s -> s);

    assertThat(keys).allSatisfy(key -> assertThat(bundle("vi").containsKey(key)).isTrue());
  }

  @Test
  void everyRoundValueAPageNamesHasATextInBothLanguages() {
    Stream<String> keys =
        Stream.of(
                Stream.of(PostLevel.values()).map(v -> "post.level." + v),
                Stream.of(RoundStatus.values()).map(v -> "round.status." + v),
                Stream.of(Decision.values()).map(v -> "application.decision." + v))
            .flatMap(s -> s);
    assertThat(keys)
        .allSatisfy(
            key -> {
              assertThat(bundle("vi").containsKey(key)).as(key).isTrue();
              assertThat(bundle("en").containsKey(key)).as(key).isTrue();
            });
  }

  @Test
  void vietnameseTextsAreReadAsUtf8() {
    assertThat(bundle("vi").getString("eligibility.value.theory.ADVANCED")).isEqualTo("cao cấp");
  }
}
