package org.sathach.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every exam value a page names through a key built from it has a text in both languages. */
class ExamTextsTest {
  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "org.sathach.messages",
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void everyExamValueHasATextInBothLanguages() {
    Stream<String> keys =
        Stream.of(
                Stream.of(PartKind.values()).map(v -> "part.kind." + v),
                Stream.of(PartStatus.values()).map(v -> "part.status." + v),
                Stream.of(Navigation.values()).map(v -> "part.navigation." + v),
                Stream.of(PaperSet.values()).map(v -> "paperSet." + v))
            .flatMap(s -> s);
    assertThat(keys)
        .allSatisfy(
            key -> {
              assertThat(bundle("vi").containsKey(key)).as(key).isTrue();
              assertThat(bundle("en").containsKey(key)).as(key).isTrue();
            });
  }
}
