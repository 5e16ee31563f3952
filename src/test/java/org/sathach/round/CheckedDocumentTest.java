package org.sathach.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckedDocumentTest {
  private static final byte[] PDF = "%PDF-1.4\n%...".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0};

  private static String refusal(String name, byte[] content, long max) {
    return assertThatThrownBy(() -> CheckedDocument.check(name, content, max))
        .isInstanceOf(RoundProblem.class)
        .extracting(e -> ((RoundProblem) e).messageKey())
        .actual()
        .toString();
  }

  @Test
  void theTypeComesFromTheContentNotTheName() {
    assertThat(CheckedDocument.check("bang.png", PDF, 1000).contentType())
        .isEqualTo("application/pdf");
    assertThat(CheckedDocument.check("x", PNG, 1000).contentType()).isEqualTo("image/png");
    assertThat(CheckedDocument.check("x", JPEG, 1000).contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void aFileThatIsNoneOfTheAcceptedTypesIsRefused() {
    byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    assertThat(refusal("cv.pdf", html, 1000)).isEqualTo("document.type");
    assertThat(refusal("cv.pdf", new byte[] {'%', 'P'}, 1000)).isEqualTo("document.type");
  }

  @Test
  void emptyAndOversizedFilesAreRefused() {
    assertThat(refusal("a.pdf", new byte[0], 1000)).isEqualTo("document.empty");
    assertThat(refusal("a.pdf", PDF, PDF.length - 1)).isEqualTo("document.tooLarge");
    assertThat(CheckedDocument.check("a.pdf", PDF, PDF.length).content()).isEqualTo(PDF);
  }

  @Test
  void theNameKeepsItsLastSegmentWithoutHeaderBreakingCharactersAndGetsTheTypeExtension() {
    assertThat(CheckedDocument.check("../../etc/passwd", PDF, 1000).fileName())
        .isEqualTo("passwd.pdf");
    assertThat(CheckedDocument.check("C:\\Users\\a\\Bằng thạc sĩ.PNG", PDF, 1000).fileName())
        .isEqualTo("Bằng thạc sĩ.pdf");
    assertThat(CheckedDocument.check("a\"; x=y\r\n.pdf", PDF, 1000).fileName())
        .isEqualTo("a x=y.pdf");
    assertThat(CheckedDocument.check("...", PDF, 1000).fileName()).isEqualTo("document.pdf");
    assertThat(CheckedDocument.check(null, JPEG, 1000).fileName()).isEqualTo("document.jpg");
  }

  @Test
  void theHashIsTheSha256OfTheBytes() {
    assertThat(CheckedDocument.check("a.pdf", PDF, 1000).sha256())
        .hasSize(64)
        .isEqualTo(CheckedDocument.check("b.pdf", PDF.clone(), 1000).sha256());
  }
}
