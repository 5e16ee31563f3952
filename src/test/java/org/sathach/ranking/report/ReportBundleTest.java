package org.sathach.ranking.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.sathach.exam.PartKind;
import org.sathach.ranking.FailReason;
import org.sathach.ranking.TieBreak;

/** Both languages say everything, and a locale without a bundle reads English. */
class ReportBundleTest {
  private static final String BUNDLE = "org.sathach.ranking.report.report";

  private static ResourceBundle labels(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void bothLanguagesAndTheFallbackHaveTheSameKeys() {
    var vi = labels(Locale.forLanguageTag("vi")).keySet();

    assertThat(vi).containsExactlyInAnyOrderElementsOf(labels(Locale.ENGLISH).keySet());
    assertThat(labels(Locale.ROOT).keySet()).containsExactlyInAnyOrderElementsOf(vi);
  }

  @Test
  void everyPartTieBreakAndPlacementHasItsWords() {
    var vi = labels(Locale.forLanguageTag("vi"));
    for (var kind : PartKind.values()) {
      assertThat(vi.containsKey("part." + kind.name())).isTrue();
      assertThat(vi.containsKey("part.short." + kind.name())).isTrue();
    }
    for (var step : TieBreak.values()) {
      assertThat(vi.containsKey("tieBreak." + step.name())).isTrue();
    }
    for (var kind : FailReason.Kind.values()) {
      assertThat(vi.containsKey("fail." + kind.name())).isTrue();
    }
    for (var placement : RankingReport.Placement.values()) {
      assertThat(vi.containsKey("placement." + placement.name())).isTrue();
    }
  }

  @Test
  void vietnameseIsReadAsUtf8() {
    var text = new ReportText(Locale.forLanguageTag("vi"));

    assertThat(text.part(PartKind.THEORY)).isEqualTo("Lý luận chính trị");
    assertThat(text.part(PartKind.PROFESSIONAL)).isEqualTo("Chuyên môn nghiệp vụ");
    assertThat(text.part(PartKind.PRESENTATION)).isEqualTo("Thuyết trình đề án");
    assertThat(text.text("stance.OBJECT")).isEqualTo("Không tán thành");
  }

  @Test
  void anotherLocaleReadsEnglish() {
    var text = new ReportText(Locale.FRENCH);

    assertThat(text.text("ranking.title")).isEqualTo("RANKING OF THE SELECTION RESULTS");
    assertThat(text.tieBreak(TieBreak.COMMITTEE)).isEqualTo("the committee's decision");
  }

  @Test
  void marksFollowTheLocalesDecimalSeparator() {
    var mark = new java.math.BigDecimal("87.25");

    assertThat(new ReportText(Locale.forLanguageTag("vi")).mark(mark)).isEqualTo("87,25");
    assertThat(new ReportText(Locale.ENGLISH).mark(mark)).isEqualTo("87.25");
    assertThat(new ReportText(Locale.ENGLISH).mark(new java.math.BigDecimal("7.5")))
        .isEqualTo("7.50");
    assertThat(new ReportText(Locale.forLanguageTag("vi")).weight(new java.math.BigDecimal("1.50")))
        .isEqualTo("1,5");
  }
}
