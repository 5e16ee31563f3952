package org.sathach.bank.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sathach.bank.HtmlSanitizer;
import org.sathach.bank.QuestionData;

class MoodleXmlFilesTest {
  private static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

  private static ParseResult parse(String file) throws IOException {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n<question type=\"truefalse\">\n"
            + "<name><text>Sơ đồ</text></name>\n"
            + "<questiontext format=\"html\"><text><![CDATA[<p>Sơ đồ bộ máy: <img src=\"@@PLUGINFILE@@/so%20do.png\" alt=\"sơ đồ\"></p>]]></text>\n"
            + file
            + "</questiontext>\n"
            + "<answer fraction=\"100\"><text>true</text></answer>\n"
            + "<answer fraction=\"0\"><text>false</text></answer>\n"
            + "</question>\n</quiz>\n";
    return new MoodleXmlFormat()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void embeddedImageBecomesADataUriThatTheSanitizerKeeps() throws IOException {
    ParseResult result =
        parse("<file name=\"so do.png\" path=\"/\" encoding=\"base64\">" + PNG + "</file>\n");
    assertThat(result.problems()).isEmpty();
    QuestionData q = result.questions().get(0);
    assertThat(q.stem()).contains("src=\"data:image/png;base64," + PNG + "\"");
    assertThat(HtmlSanitizer.sanitize(q.stem())).contains("data:image/png;base64,");
  }

  @Test
  void anEmbeddedFileThatIsNotAnImageIsReportedWithItsLine() throws IOException {
    ParseResult result =
        parse("<file name=\"quy-che.pdf\" path=\"/\" encoding=\"base64\">JVBERi0=</file>\n");
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).key()).isEqualTo("format.unsupported");
    assertThat(result.problems().get(0).line()).isEqualTo(6);
  }
}
