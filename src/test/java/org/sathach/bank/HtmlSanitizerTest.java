package org.sathach.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>Câu hỏi",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">xem</a>",
        "<p onclick=\"alert(1)\">Câu hỏi</p>",
        "<svg onload=alert(1)><circle/></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<img src=\"data:text/html;base64,PHNjcmlwdD4=\">",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<scr<script>ipt>alert(1)</script>",
        "<form action=x><input name=p></form>"
      })
  void noScriptNoHandlerNoActiveContentSurvives(String hostile) {
    String clean = HtmlSanitizer.sanitize(hostile).toLowerCase();
    assertThat(clean)
        .doesNotContain(
            "<script",
            "onerror",
            "onclick",
            "onload",
            "javascript:",
            "<iframe",
            "<svg",
            "data:text",
            "<form",
            "<input");
  }

  @Test
  void formattingListsTablesAndEmbeddedImagesStay() {
    String html =
        "<p><b>Đậm</b> <i>nghiêng</i><br><sub>2</sub></p><ul><li>một</li></ul>"
            + "<table><tr><td>ô</td></tr></table><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"sơ đồ\">";
    String clean = HtmlSanitizer.sanitize(html);
    assertThat(clean)
        .contains("<b>Đậm</b>", "<i>nghiêng</i>", "<li>một</li>", "<td>ô</td>", "<sub>2</sub>");
    assertThat(clean).contains("src=\"data:image/png;base64,iVBORw0KGgo&#61;\"");
  }
}
