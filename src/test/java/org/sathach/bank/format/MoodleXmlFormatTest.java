package org.sathach.bank.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sathach.bank.Choice;
import org.sathach.bank.Criterion;
import org.sathach.bank.Difficulty;
import org.sathach.bank.MatchMode;
import org.sathach.bank.MatchPair;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

/** A real Moodle 4 export, hostile and broken files, and files written here read back. */
class MoodleXmlFormatTest {
  private final MoodleXmlFormat format = new MoodleXmlFormat();

  @Test
  void readsEverySupportedTypeOfAMoodleExportAndNamesTheUnsupportedOne() throws IOException {
    ParseResult result = parseFixture("moodle-export.xml");

    assertThat(result.questions())
        .extracting(QuestionData::externalId, QuestionData::type, QuestionData::line)
        .containsExactly(
            tuple("LLCT-001", QuestionType.SINGLE_CHOICE, 15),
            tuple("LLCT-002", QuestionType.MULTIPLE_RESPONSE, 70),
            tuple("CMNV-010", QuestionType.TRUE_FALSE, 130),
            tuple("CMNV-011", QuestionType.SHORT_ANSWER, 159),
            tuple("CMNV-012", QuestionType.MATCHING, 195),
            tuple("CMNV-013", QuestionType.ESSAY, 258));
    assertThat(result.problems())
        .containsExactly(Problem.at(290, "format.unsupported", "numerical"));
  }

  @Test
  void singleChoiceKeepsHtmlTopicTagsLevelAndFeedback() throws IOException {
    QuestionData q = parseFixture("moodle-export.xml").questions().get(0);

    assertThat(q.topicPath()).containsExactly("Lý luận chính trị", "Chủ nghĩa Mác - Lênin");
    assertThat(q.stem())
        .isEqualTo("<p>Chủ nghĩa Mác - Lênin gồm <strong>mấy</strong> bộ phận cấu thành?</p>");
    assertThat(q.explanation()).startsWith("<p>Triết học");
    assertThat(q.choices())
        .containsExactly(
            new Choice("<p>Hai</p>", false),
            new Choice("<p>Ba</p>", true),
            new Choice("<p>Bốn</p>", false));
    assertThat(q.tags()).containsExactly("triết học");
    assertThat(q.difficulty()).isEqualTo(Difficulty.THONG_HIEU);
    assertThat(q.points()).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void multipleResponseKeysArePositiveFractionsAndLevelDefaultsToNhanBiet() throws IOException {
    QuestionData q = parseFixture("moodle-export.xml").questions().get(1);

    assertThat(q.choices()).extracting(Choice::correct).containsExactly(true, true, false);
    assertThat(q.points()).isEqualTo(BigDecimal.valueOf(2));
    assertThat(q.difficulty()).isEqualTo(Difficulty.NHAN_BIET);
    assertThat(q.explanation()).isNull();
  }

  @Test
  void otherTypesReadTheirAnswersAndTheTopicFollowsTheLastCategory() throws IOException {
    List<QuestionData> qs = parseFixture("moodle-export.xml").questions();

    assertThat(qs.get(2).topicPath()).containsExactly("Chuyên môn nghiệp vụ", "Pháp luật");
    assertThat(qs.get(2).trueFalseAnswer()).isTrue();
    assertThat(qs.get(2).stem())
        .isEqualTo(
            TextHtml.fromPlainText(
                "Hiến pháp năm 2013 được Quốc hội thông qua ngày 28/11/2013 & có hiệu lực từ 01/01/2014."));
    assertThat(qs.get(3).acceptedAnswers()).containsExactly("Hà Nội", "Thành phố Hà Nội");
    assertThat(qs.get(3).matchMode()).isEqualTo(MatchMode.IGNORE_CASE);
    assertThat(qs.get(4).pairs())
        .first()
        .isEqualTo(new MatchPair("<p>Quốc hội</p>", "Quyền lập pháp"));
    assertThat(qs.get(4).pairs()).hasSize(3);
    assertThat(qs.get(5).markingGuide()).contains("hai biểu hiện");
    assertThat(qs.get(5).rubric()).containsExactly(new Criterion(BigDecimal.valueOf(5), "Overall"));
  }

  @Test
  void descriptionIsSkippedSilently() throws IOException {
    ParseResult result = parseFixture("moodle-export.xml");

    assertThat(result.questions()).extracting(QuestionData::externalId).doesNotContain("Hướng dẫn");
    assertThat(result.problems()).noneMatch(p -> p.detail().equals("description"));
  }

  @Test
  void truncatedFileIsMalformedAtItsLastLine() throws IOException {
    ParseResult result = parseFixture("moodle-truncated.xml");

    assertThat(result.questions()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("format.malformed");
              assertThat(p.line()).isGreaterThanOrEqualTo(44);
            });
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void externalEntityIsRefusedAndNeverRead() throws IOException {
    ParseResult result = parseFixture("moodle-xxe.xml");

    assertThat(result.questions()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("format.malformed");
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.detail()).contains("DOCTYPE").doesNotContain("root:");
            });
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void billionLaughsIsRefusedWithoutExpanding() throws IOException {
    ParseResult result = parseFixture("moodle-billion-laughs.xml");

    assertThat(result.questions()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::key, Problem::line)
        .containsExactly(tuple("format.malformed", 2));
  }

  @Test
  void otherRootElementIsNotMoodleXml() throws IOException {
    assertThat(parseFixture("moodle-wrong-root.xml").problems())
        .containsExactly(Problem.at(2, "format.malformed", "root <questions>, expected <quiz>"));
  }

  @Test
  void windows1258FileDeclaredAsUtf8IsAnEncodingProblemAtTheBadLine() throws IOException {
    ParseResult result = parseFixture("moodle-windows-1258.xml");

    assertThat(result.questions()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::key, Problem::line)
        .containsExactly(tuple("format.encoding", 8));
  }

  @Test
  void writtenFileReadsBackIntoTheSameQuestionsOfAllSevenTypes() throws IOException {
    List<QuestionData> questions = sevenTypes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThat(format.write(questions, out)).isEmpty();
    ParseResult back = format.parse(new ByteArrayInputStream(out.toByteArray()));

    assertThat(back.problems()).isEmpty();
    assertThat(back.questions().stream().map(q -> q.toBuilder().line(0).build()).toList())
        .isEqualTo(questions);
  }

  @Test
  void writtenFileIsShapedLikeAMoodleExport() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(sevenTypes(), out);
    String xml = out.toString(StandardCharsets.UTF_8);

    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>");
    // Topics run politics, politics, law (four times), politics: three changes.
    assertThat(xml.split("type=\"category\"", -1).length - 1).isEqualTo(3);
    assertThat(xml)
        .contains("<text>$course$/top/Chuyên môn nghiệp vụ/Pháp luật//Hành chính</text>");
    assertThat(xml)
        .contains("<text><![CDATA[<p>Tư tưởng Hồ Chí Minh về <em>đại đoàn kết</em>?</p>]]></text>");
    assertThat(xml)
        .contains(
            "<penalty>0.3333333</penalty>",
            "<hidden>0</hidden>",
            "<defaultgrade>10</defaultgrade>");
    assertThat(xml)
        .contains("<shuffleanswers>1</shuffleanswers>", "<answernumbering>abc</answernumbering>");
    assertThat(xml)
        .contains("<answer fraction=\"50\" format=\"html\">")
        .doesNotContain("fraction=\"-");
    assertThat(xml)
        .contains(
            "<tag><text>level:vận dụng cao</text></tag>",
            "<tag><text>criterion:6|Nêu khái niệm</text></tag>");
  }

  @Test
  void writingReportsWhatMoodleCannotHold() throws IOException {
    QuestionData shortAnswer =
        sevenTypes().get(3).toBuilder()
            .matchMode(MatchMode.IGNORE_CASE_AND_DIACRITICS)
            .line(7)
            .build();
    QuestionData matching =
        sevenTypes().get(4).toBuilder()
            .pairs(List.of(new MatchPair("A", "<b>1</b>"), new MatchPair("B", "2")))
            .line(9)
            .build();

    List<Problem> problems =
        format.write(List.of(shortAnswer, matching), new ByteArrayOutputStream());

    assertThat(problems)
        .extracting(Problem::key, Problem::line)
        .containsExactly(tuple("export.notExpressible", 7), tuple("export.notExpressible", 9));
  }

  private static List<QuestionData> sevenTypes() {
    List<String> politics = List.of("Lý luận chính trị", "Tư tưởng Hồ Chí Minh");
    List<String> law = List.of("Chuyên môn nghiệp vụ", "Pháp luật/Hành chính");
    return List.of(
        base("RT-1", politics, QuestionType.SINGLE_CHOICE)
            .difficulty(Difficulty.THONG_HIEU)
            .tags(List.of("tư tưởng", "ôn thi 2025"))
            .stem("<p>Tư tưởng Hồ Chí Minh về <em>đại đoàn kết</em>?</p>")
            .explanation("<p>Xem giáo trình, chú ý ]]> và &amp;</p>")
            .choice("<p>Là chiến lược</p>", true)
            .choice("<p>Là sách lược</p>", false)
            .build(),
        base("RT-2", politics, QuestionType.MULTIPLE_RESPONSE)
            .points(new BigDecimal("0.5"))
            .choice("<p>Dân tộc</p>", true)
            .choice("<p>Dân chủ</p>", true)
            .choice("<p>Độc tài</p>", false)
            .build(),
        base("RT-3", law, QuestionType.TRUE_FALSE).trueFalseAnswer(false).build(),
        base("RT-4", law, QuestionType.SHORT_ANSWER)
            .matchMode(MatchMode.EXACT)
            .accept("Điều 4")
            .accept("Đ.4 * 2")
            .build(),
        base("RT-5", law, QuestionType.MATCHING)
            .pair("<p>Quốc hội</p>", TextHtml.fromPlainText("Lập pháp"))
            .pair("<p>Chính phủ</p>", TextHtml.fromPlainText("Hành pháp & quản lý"))
            .build(),
        base("RT-6", law, QuestionType.ORDERING)
            .orderItem("<p>Soạn thảo</p>")
            .orderItem("<p>Thẩm định</p>")
            .orderItem("<p>Ban hành</p>")
            .build(),
        base("RT-7", politics, QuestionType.ESSAY)
            .difficulty(Difficulty.VAN_DUNG_CAO)
            .points(BigDecimal.TEN)
            .markingGuide("<p>Chấm theo <strong>ý</strong>.</p>")
            .criterion(BigDecimal.valueOf(6), "Nêu khái niệm")
            .criterion(BigDecimal.valueOf(4), "Liên hệ thực tiễn địa phương")
            .build());
  }

  private static QuestionData.Builder base(String id, List<String> topic, QuestionType type) {
    return QuestionData.builder()
        .externalId(id)
        .topicPath(topic)
        .type(type)
        .difficulty(Difficulty.NHAN_BIET)
        .points(BigDecimal.ONE)
        .stem("<p>Câu hỏi " + id + "</p>");
  }

  private ParseResult parseFixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/formats/" + name)) {
      assertThat(in).as(name).isNotNull();
      return format.parse(in);
    }
  }
}
