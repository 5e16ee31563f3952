package org.sathach.proctoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SealHashTest {
  private static final List<SealHash.Entry> ENTRIES =
      List.of(
          new SealHash.Entry("0002", 12, "SUBMITTED", "bb"),
          new SealHash.Entry("0001", 11, "SUBMITTED", "aa"),
          new SealHash.Entry("0003", 13, "CHECKED_IN", null));

  @Test
  void theSealIsTheSha256OfTheDocumentedLinesInCandidateNumberOrder() throws Exception {
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(
                        "0001|11|SUBMITTED|aa\n0002|12|SUBMITTED|bb\n0003|13|CHECKED_IN|\n"
                            .getBytes(StandardCharsets.UTF_8)));
    assertThat(SealHash.of(ENTRIES)).isEqualTo(expected);
  }

  @Test
  void theOrderTheAttemptsAreReadInDoesNotMatter() {
    assertThat(SealHash.of(List.of(ENTRIES.get(2), ENTRIES.get(0), ENTRIES.get(1))))
        .isEqualTo(SealHash.of(ENTRIES));
  }

  @Test
  void anyChangedAnswersHashOrStatusChangesTheSeal() {
    String seal = SealHash.of(ENTRIES);
    assertThat(
            SealHash.of(
                List.of(
                    new SealHash.Entry("0002", 12, "SUBMITTED", "bc"),
                    ENTRIES.get(1),
                    ENTRIES.get(2))))
        .isNotEqualTo(seal);
    assertThat(
            SealHash.of(
                List.of(
                    ENTRIES.get(0),
                    ENTRIES.get(1),
                    new SealHash.Entry("0003", 13, "SUBMITTED", null))))
        .isNotEqualTo(seal);
  }

  @Test
  void theAnswersHashIsTheSha256OfOneLinePerPaperPositionWithEmptyUnanswered() throws Exception {
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(
                        "0:501:{\"value\":true}\n1:502:\n2:503:{\"choice\":2}\n"
                            .getBytes(StandardCharsets.UTF_8)));
    assertThat(
            SealHash.answersHash(
                List.of(501L, 502L, 503L), Map.of(0, "{\"value\":true}", 2, "{\"choice\":2}")))
        .isEqualTo(expected);
  }

  @Test
  void anyChangedResponseChangesTheAnswersHash() {
    List<Long> versions = List.of(501L, 502L);
    String hash = SealHash.answersHash(versions, Map.of(0, "{\"value\":true}"));
    assertThat(SealHash.answersHash(versions, Map.of(0, "{\"value\":false}"))).isNotEqualTo(hash);
    assertThat(SealHash.answersHash(versions, Map.of())).isNotEqualTo(hash);
    assertThat(SealHash.answersHash(List.of(501L, 599L), Map.of(0, "{\"value\":true}")))
        .isNotEqualTo(hash);
  }
}
