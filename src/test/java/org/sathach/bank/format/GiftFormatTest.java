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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sathach.bank.Choice;
import org.sathach.bank.Criterion;
import org.sathach.bank.Difficulty;
import org.sathach.bank.MatchMode;
import org.sathach.bank.MatchPair;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

class GiftFormatTest {
  private final GiftFormat format = new GiftFormat();

  @Test
  void moodleExportWithVietnameseTextIsReadCompletely() throws IOException {
    ParseResult result = parseResource("moodle-export.gift");

    assertThat(result.problems()).isEmpty();
    assertThat(result.questions())
        .extracting(QuestionData::externalId, QuestionData::type)
        .containsExactly(
            tuple("HCM-001", QuestionType.SINGLE_CHOICE),
            tuple("HCM-002", QuestionType.MULTIPLE_RESPONSE),
            tuple("HCM-003", QuestionType.TRUE_FALSE),
            tuple("HP-001", QuestionType.SHORT_ANSWER),
            tuple("HP-002", QuestionType.MATCHING),
            tuple("HP-003", QuestionType.ESSAY),
            tuple("HP-004", QuestionType.SINGLE_CHOICE));
    QuestionData first = result.questions().get(0);
    assertThat(first.topicPath()).containsExactly("Default for LLCT", "Tư tưởng Hồ Chí Minh");
    assertThat(first.tags()).containsExactly("đạo đức", "cần kiệm liêm chính");
    assertThat(first.difficulty()).isEqualTo(Difficulty.NHAN_BIET);
    assertThat(first.line()).isEqualTo(7);
    assertThat(first.stem())
        .isEqualTo("<p>Theo Hồ Chí Minh, đức tính nào sau đây là \"gốc\" của người cách mạng?</p>");
    assertThat(first.choices())
        .containsExactly(
            new Choice("<p>Trí tuệ</p>", false),
            new Choice("<p>Đạo đức</p>", true),
            new Choice("<p>Sức khỏe</p>", false),
            new Choice("<p>Tài năng</p>", false));
    assertThat(first.explanation())
        .isEqualTo(
            "<p>Hồ Chí Minh viết trong \"Sửa đổi lối làm việc\" (1947): đạo đức là cái gốc của"
                + " người cách mạng.</p>");
  }

  @Test
  void moodleExportKeepsEveryTypesAnswers() throws IOException {
    List<QuestionData> qs = parseResource("moodle-export.gift").questions();

    assertThat(qs.get(1).choices())
        .extracting(Choice::correct)
        .containsExactly(true, true, false, false);
    assertThat(qs.get(2).stem())
        .isEqualTo("Hồ Chí Minh viết: \"Không có gì quý hơn độc lập, tự do\"<br>vào năm 1966.");
    assertThat(qs.get(2).trueFalseAnswer()).isTrue();
    assertThat(qs.get(2).explanation()).isEqualTo("Lời kêu gọi ngày 17/7/1966.");
    assertThat(qs.get(3).topicPath())
        .containsExactly("Default for LLCT", "Pháp luật/Hiến pháp 2013");
    assertThat(qs.get(3).acceptedAnswers()).containsExactly("2013", "năm 2013");
    assertThat(qs.get(3).matchMode()).isEqualTo(MatchMode.IGNORE_CASE);
    assertThat(qs.get(4).pairs())
        .containsExactly(
            new MatchPair("<p>Quốc hội</p>", "Quyền lập pháp"),
            new MatchPair("<p>Chính phủ</p>", "Quyền hành pháp"),
            new MatchPair("<p>Tòa án nhân dân</p>", "Quyền tư pháp"));
    assertThat(qs.get(5).rubric()).containsExactly(new Criterion(BigDecimal.ONE, "Overall"));
    assertThat(qs.get(5).explanation())
        .isEqualTo("<p>Nêu đủ ba mặt: phân công, phối hợp, kiểm soát.</p>");
    assertThat(qs.get(6).stem()).isEqualTo("<p>Ký hiệu { } ~ = # và dấu \\ được viết thế nào?</p>");
    assertThat(qs.get(6).choices().get(0).text()).isEqualTo("<p>Có dấu \\ đứng trước</p>");
  }

  @Test
  void handWrittenFileWithEveryTypeAndCommentLinesIsRead() throws IOException {
    ParseResult result = parseResource("hand-written.gift");

    assertThat(result.problems()).isEmpty();
    List<QuestionData> qs = result.questions();
    assertThat(qs)
        .extracting(QuestionData::type, QuestionData::difficulty, QuestionData::line)
        .containsExactly(
            tuple(QuestionType.SINGLE_CHOICE, Difficulty.THONG_HIEU, 7),
            tuple(QuestionType.MULTIPLE_RESPONSE, Difficulty.NHAN_BIET, 13),
            tuple(QuestionType.TRUE_FALSE, Difficulty.NHAN_BIET, 20),
            tuple(QuestionType.TRUE_FALSE, Difficulty.NHAN_BIET, 22),
            tuple(QuestionType.SHORT_ANSWER, Difficulty.NHAN_BIET, 24),
            tuple(QuestionType.SHORT_ANSWER, Difficulty.NHAN_BIET, 26),
            tuple(QuestionType.MATCHING, Difficulty.VAN_DUNG, 29),
            tuple(QuestionType.ESSAY, Difficulty.VAN_DUNG_CAO, 37),
            tuple(QuestionType.SINGLE_CHOICE, Difficulty.NHAN_BIET, 39));
    assertThat(qs)
        .allSatisfy(
            q -> assertThat(q.topicPath()).containsExactly("Chuyên môn nghiệp vụ", "Tài chính"));
    assertThat(qs.get(0).tags()).containsExactly("ngân sách", "luật");
    assertThat(qs.get(0).points()).isEqualByComparingTo("2");
    assertThat(qs.get(0).stem()).isEqualTo("Cơ quan nào quyết định dự toán ngân sách nhà nước?");
    assertThat(qs.get(0).choices())
        .containsExactly(
            new Choice("Quốc hội", true),
            new Choice("Chính phủ", false),
            new Choice("Bộ Tài chính", false));
    assertThat(qs.get(1).points()).isEqualByComparingTo("1");
    assertThat(qs.get(2).trueFalseAnswer()).isTrue();
    assertThat(qs.get(3).trueFalseAnswer()).isFalse();
    assertThat(qs.get(4).stem())
        .isEqualTo(
            "Luật Ngân sách nhà nước hiện hành là luật năm _____ và có hiệu lực từ năm ngân sách"
                + " 2017.");
    assertThat(qs.get(4).acceptedAnswers()).containsExactly("2015", "năm 2015");
    assertThat(qs.get(5).acceptedAnswers()).containsExactly("đồng", "VND", "Việt Nam đồng");
    assertThat(qs.get(6).pairs()).hasSize(3);
    assertThat(qs.get(7).points()).isEqualByComparingTo("10");
    assertThat(qs.get(7).rubric()).containsExactly(new Criterion(new BigDecimal("10"), "Overall"));
    assertThat(qs.get(8).stem())
        .isEqualTo("Một câu có dấu hai chấm: và dấu bằng = vẫn là văn bản &lt;thường&gt;.");
  }

  @Test
  void unclosedAnswerBlockIsReportedAtTheBraceAndTheNextQuestionStillRead() throws IOException {
    ParseResult result = parse("Câu một?\n{=a ~b\n~c\n\nCâu hai? {=x ~y}\n");

    assertThat(result.problems()).containsExactly(Problem.at(2, "format.syntax", "{ without }"));
    assertThat(result.questions()).extracting(QuestionData::line).containsExactly(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQuestions")
  void eachKindOfBadQuestionIsReportedWithItsKeyAndLine(
      String what, String file, String key, int line) throws IOException {
    ParseResult result = parse("Câu đúng? {T}\n\n" + file);

    assertThat(result.problems())
        .extracting(Problem::key, Problem::line)
        .containsExactly(tuple(key, line));
    assertThat(result.questions()).extracting(QuestionData::line).containsExactly(1);
  }

  static Stream<Arguments> badQuestions() {
    return Stream.of(
        Arguments.of("} without {", "// chú thích\nCâu hỏi =a ~b\n}\n", "format.syntax", 5),
        Arguments.of("second answer block", "Câu {=a ~b} và\n{=c ~d}\n", "format.syntax", 4),
        Arguments.of("unclosed title", "::Q2 Câu hỏi? {T}\n", "format.syntax", 3),
        Arguments.of("numerical", "::N1:: 2 + 2 = ?\n{#4:0}\n", "format.unsupported", 4),
        Arguments.of("description", "Chỉ là lời giới thiệu.\n", "format.unsupported", 3),
        Arguments.of("pair without ->", "Nối {\n=a -> 1\n=b -> 2\n=c 3\n}\n", "format.syntax", 6),
        Arguments.of("text before options", "Chọn {\nlạc đề\n=a\n~b\n}\n", "format.syntax", 4));
  }

  @Test
  void unknownLevelAndBadPointsAreReportedOnTheirCommentLines() throws IOException {
    ParseResult result = parse("// level: dễ\n// points: hai\nCâu? {T}\n");

    assertThat(result.problems())
        .containsExactly(
            Problem.at(1, "format.unknownLevel", "dễ"), Problem.at(2, "format.badNumber", "hai"));
  }

  @Test
  void invalidQuestionsAreReportedByTheirRulesWithTheirLines() throws IOException {
    String file =
        "Hai đáp án đúng? {=a =b ~c}\n\n"
            + "Không đáp án đúng? {~a ~b}\n\n"
            + "Một cặp? {=a -> 1}\n\n"
            + "Thiếu đáp án {=a ~}\n";

    ParseResult result = parse(file);

    assertThat(result.problems())
        .containsExactly(
            Problem.at(1, "question.single.exactlyOneCorrect", "2"),
            Problem.at(3, "question.multiple.atLeastOneCorrect"),
            Problem.at(5, "question.matching.atLeastTwo"),
            Problem.at(7, "question.choice.empty"));
  }

  @Test
  void everyErrorOfAFileIsReportedInOnePass() throws IOException {
    String file = "Q1 {=a ~b\n\nQ2 {#3}\n\nQ3 {=ok ~no}\n\n// level: khó\nQ4 {T}\n";

    ParseResult result = parse(file);

    assertThat(result.problems())
        .extracting(Problem::line, Problem::key)
        .containsExactly(
            tuple(1, "format.syntax"),
            tuple(3, "format.unsupported"),
            tuple(7, "format.unknownLevel"));
    assertThat(result.questions()).extracting(QuestionData::line).containsExactly(5, 8);
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws IOException {
    byte[] bytes = {
      'Q', '1', ' ', '{', 'T', '}', '\n', '\n', 'C', (byte) 0xE2, (byte) 0x28, '{', 'T', '}'
    };

    ParseResult result = format.parse(new ByteArrayInputStream(bytes));

    assertThat(result.questions()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::key, Problem::line)
        .containsExactly(tuple("format.encoding", 3));
  }

  @Test
  void emptyFileOrOnlyCommentsIsReportedAsEmpty() throws IOException {
    assertThat(parse("").problems()).containsExactly(Problem.at(0, "format.empty"));
    assertThat(parse("// chỉ có chú thích\n\n$CATEGORY: a/b\n").problems())
        .containsExactly(Problem.at(0, "format.empty"));
  }

  @Test
  void windowsLineEndingsAndByteOrderMarkAreAccepted() throws IOException {
    ParseResult result = parse("\uFEFF// level: vận dụng\r\n::A:: Câu?\r\n{=a\r\n~b}\r\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.questions().get(0).difficulty()).isEqualTo(Difficulty.VAN_DUNG);
    assertThat(result.questions().get(0).choices())
        .extracting(Choice::text)
        .containsExactly("a", "b");
  }

  @Test
  void everyExpressibleTypeRoundTrips() throws IOException {
    List<QuestionData> questions = GiftSamples.everyExpressibleType();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Problem> lost = format.write(questions, out);
    ParseResult back = format.parse(new ByteArrayInputStream(out.toByteArray()));

    assertThat(lost).isEmpty();
    assertThat(back.problems()).isEmpty();
    assertThat(withoutLines(back.questions())).isEqualTo(withoutLines(questions));
  }

  @Test
  void writtenFileCarriesCategoryAndCommentLines() throws IOException {
    String text = write(GiftSamples.everyExpressibleType());

    assertThat(text)
        .startsWith("$CATEGORY: $course$/top/Lý luận chính trị/Tư tưởng Hồ Chí Minh\n\n")
        .contains("// level: vận dụng\n// tags: đạo đức; Bác Hồ\n// points: 2\n::HCM\\:01::")
        .contains("$CATEGORY: $course$/top/Chuyên môn nghiệp vụ/Thu//chi\n")
        .contains("\t####Giải thích có \\{ngoặc\\}");
  }

  @Test
  void orderingIsReportedAndLeftOut() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    List<Problem> lost =
        format.write(List.of(GiftSamples.ordering(), GiftSamples.trueFalse()), out);

    assertThat(lost).containsExactly(Problem.at(12, "export.notExpressible", "ordering"));
    assertThat(format.parse(new ByteArrayInputStream(out.toByteArray())).questions())
        .extracting(QuestionData::type)
        .containsExactly(QuestionType.TRUE_FALSE);
  }

  @Test
  void essayRubricAndMarkingGuideAreReportedButTheEssayIsWritten() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    List<Problem> lost = format.write(List.of(GiftSamples.essayWithRubric()), out);
    List<QuestionData> back = format.parse(new ByteArrayInputStream(out.toByteArray())).questions();

    assertThat(lost)
        .containsExactly(Problem.at(3, "export.notExpressible", "rubric, marking guide"));
    assertThat(back)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.type()).isEqualTo(QuestionType.ESSAY);
              assertThat(q.points()).isEqualByComparingTo("10");
              assertThat(q.rubric())
                  .containsExactly(new Criterion(new BigDecimal("10"), "Overall"));
            });
  }

  @Test
  void exactMatchingOfShortAnswersIsReportedAsLost() throws IOException {
    QuestionData exact =
        GiftSamples.shortAnswer().toBuilder().matchMode(MatchMode.EXACT).line(9).build();

    List<Problem> lost = format.write(List.of(exact), new ByteArrayOutputStream());

    assertThat(lost).containsExactly(Problem.at(9, "export.notExpressible", "match mode exact"));
  }

  private ParseResult parse(String text) throws IOException {
    return format.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private ParseResult parseResource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/formats/" + name)) {
      return format.parse(in);
    }
  }

  private String write(List<QuestionData> questions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(questions, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<QuestionData> withoutLines(List<QuestionData> questions) {
    return questions.stream().map(q -> q.toBuilder().line(0).build()).toList();
  }
}
