package org.sathach.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sathach.bank.format.ParseResult;
import org.sathach.bank.format.ShqFormat;

/** The banks shipped in question-bank/ are valid and cover a 60-question theory blueprint 3×. */
class SampleBanksTest {
  private static List<QuestionData> all() throws IOException {
    List<QuestionData> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("question-bank"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".shq")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          ParseResult result = new ShqFormat().parse(in);
          assertThat(result.problems()).as(file.toString()).isEmpty();
          out.addAll(result.questions());
        }
      }
    }
    return out;
  }

  @Test
  void everyFileParsesAndTogetherTheyHoldAtLeast400Questions() throws IOException {
    assertThat(all()).hasSizeGreaterThanOrEqualTo(400);
  }

  /**
   * The demo theory blueprint: 8 topics, each 3 recall + 2 understanding + 2 application + 1 higher
   * application question(s) for 4 of them (60 in all). Every cell needs 3× its count, in objective
   * questions.
   */
  @Test
  void everyCellOfTheTheoryBlueprintIsCoveredThreeTimes() throws IOException {
    Map<String, Map<Difficulty, Long>> cells =
        all().stream()
            .filter(q -> q.topicPath().get(0).equals("Lý luận chính trị") && q.type().isObjective())
            .collect(
                Collectors.groupingBy(
                    q -> q.topicPath().get(1),
                    Collectors.groupingBy(QuestionData::difficulty, Collectors.counting())));
    assertThat(cells).hasSize(8);
    cells.forEach(
        (topic, levels) -> {
          assertThat(levels.getOrDefault(Difficulty.NHAN_BIET, 0L))
              .as(topic)
              .isGreaterThanOrEqualTo(9);
          assertThat(levels.getOrDefault(Difficulty.THONG_HIEU, 0L))
              .as(topic)
              .isGreaterThanOrEqualTo(6);
          assertThat(levels.getOrDefault(Difficulty.VAN_DUNG, 0L))
              .as(topic)
              .isGreaterThanOrEqualTo(6);
          assertThat(levels.getOrDefault(Difficulty.VAN_DUNG_CAO, 0L))
              .as(topic)
              .isGreaterThanOrEqualTo(3);
        });
  }

  @Test
  void thereAreEssaysInEveryAreaAndThreeProfessionalSectors() throws IOException {
    Map<String, Long> essays =
        all().stream()
            .filter(q -> q.type() == QuestionType.ESSAY)
            .collect(Collectors.groupingBy(q -> q.topicPath().get(1), Collectors.counting()));
    assertThat(essays.keySet())
        .contains(
            "Chủ nghĩa Mác - Lênin", "Tài chính", "Nội vụ", "Nông nghiệp và phát triển nông thôn");
    assertThat(essays).hasSizeGreaterThanOrEqualTo(11);
  }
}
