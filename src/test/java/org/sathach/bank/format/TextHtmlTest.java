package org.sathach.bank.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextHtmlTest {
  @Test
  void plainTextBecomesEscapedHtmlWithLineBreaks() {
    assertThat(TextHtml.fromPlainText("a < b & \"c\"\nd")).isEqualTo("a &lt; b &amp; \"c\"<br>d");
  }

  @Test
  void lineBreaksSurviveTheWayBack() {
    assertThat(TextHtml.toPlainText("a<br>b")).isEqualTo("a\nb");
    assertThat(TextHtml.toPlainText("<p>một</p><p>hai</p>")).isEqualTo("một\nhai");
    assertThat(TextHtml.toPlainText("x &lt;y&gt; &amp; z")).isEqualTo("x <y> & z");
  }

  @Test
  void onlyTextAndLineBreaksCountAsPlain() {
    assertThat(TextHtml.isPlain("a<br>b &amp; c")).isTrue();
    assertThat(TextHtml.isPlain("a <b>b</b>")).isFalse();
    assertThat(TextHtml.isPlain("<img src=\"x.png\">")).isFalse();
  }
}
