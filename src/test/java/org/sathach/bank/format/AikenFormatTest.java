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
import org.junit.jupiter.api.Test;
import org.sathach.bank.Choice;
import org.sathach.bank.Difficulty;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

class AikenFormatTest {
  private final AikenFormat format = new AikenFormat();

  @Test
  void vietnameseFileWithBothOptionStylesIsRead() throws IOException {
    ParseResult result;
    try (InputStream in = getClass().getResourceAsStream("/formats/de-on-tap.txt")) {
      result = format.parse(in);
    }

    assertThat(result.problems()).isEmpty();
    assertThat(result.questions())
        .extracting(QuestionData::line, q -> q.choices().size())
        .containsExactly(tuple(1, 4), tuple(10, 3), tuple(16, 2));
    QuestionData first = result.questions().get(0);
    assertThat(first.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
    assertThat(first.difficulty()).isEqualTo(Difficulty.NHAN_BIET);
    assertThat(first.points()).isEqualByComparingTo("1");
    assertThat(first.stem())
        .isEqualTo(
            "Theo Luật Cán bộ, công chức năm 2008, cán bộ là công dân Việt Nam<br>được bầu cử,"
                + " phê chuẩn, bổ nhiệm giữ chức vụ theo nhiệm kỳ ở đâu?");
    assertThat(first.choices())
        .filteredOn(Choice::correct)
        .extracting(Choice::text)
        .containsExactly("Trong cơ quan của Đảng, Nhà nước, tổ chức chính trị - xã hội");
    assertThat(result.questions().get(1).choices().get(0))
        .isEqualTo(new Choice("Người đứng đầu cơ quan có quyết định bị khiếu nại", true));
  }

  @Test
  void windowsLineEndingsByteOrderMarkAndTrailingSpacesAreTolerated() throws IOException {
    ParseResult result =
        parse("\uFEFFCâu hỏi & đáp?  \r\nA. Có \t\r\nB) Không\r\n\r\nANSWER: B  \r\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.questions())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.stem()).isEqualTo("Câu hỏi &amp; đáp?");
              assertThat(q.choices())
                  .containsExactly(new Choice("Có", false), new Choice("Không", true));
            });
  }

  @Test
  void missingAnswerLineIsReportedWithItsLine() throws IOException {
    ParseResult result =
        parse("Câu một?\nA. x\nB. y\n\nCâu hai?\nA. x\nB. y\nANSWER: A\n\nCâu ba?\nA. x\n");

    assertThat(result.problems())
        .containsExactly(
            Problem.at(1, "format.missingField", "ANSWER"),
            Problem.at(10, "format.missingField", "ANSWER"));
    assertThat(result.questions()).extracting(QuestionData::line).containsExactly(5);
  }

  @Test
  void answerLetterThatIsNotAnOptionIsReportedOnTheAnswerLine() throws IOException {
    ParseResult result = parse("Câu?\nA. x\nB. y\nANSWER: C\n");

    assertThat(result.problems()).containsExactly(Problem.at(4, "format.syntax", "ANSWER: C"));
    assertThat(result.questions()).isEmpty();
  }

  @Test
  void fewerThanTwoOptionsIsReportedWithTheQuestionLine() throws IOException {
    ParseResult result = parse("\n\nCâu chỉ có một lựa chọn?\nA. x\nANSWER: A\n");

    assertThat(result.problems()).containsExactly(Problem.at(3, "question.choices.atLeastTwo"));
  }

  @Test
  void optionsOutOfOrderAreReportedWithTheirLine() throws IOException {
    ParseResult result = parse("Câu?\nA. x\nC. y\nANSWER: A\n");

    assertThat(result.problems())
        .extracting(Problem::line, Problem::key)
        .containsExactly(tuple(3, "format.syntax"));
  }

  @Test
  void answerLineWithoutAQuestionIsReported() throws IOException {
    ParseResult result = parse("Câu?\nA. x\nB. y\nANSWER: A\nANSWER: B\n");

    assertThat(result.problems()).containsExactly(Problem.at(5, "format.syntax", "ANSWER: B"));
    assertThat(result.questions()).hasSize(1);
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws IOException {
    // "Câu" saved in Windows-1258: 0xE2 is 'â' there, and starts a broken sequence in UTF-8.
    byte[] bytes = {'Q', '?', '\n', 'C', (byte) 0xE2, 'u', '\n', 'A', '.', ' ', 'x'};

    ParseResult result = format.parse(new ByteArrayInputStream(bytes));

    assertThat(result.questions()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::key, Problem::line)
        .containsExactly(tuple("format.encoding", 2));
  }

  @Test
  void emptyFileIsReportedAsEmpty() throws IOException {
    assertThat(parse("").problems()).containsExactly(Problem.at(0, "format.empty"));
    assertThat(parse("\n  \r\n\n").problems()).containsExactly(Problem.at(0, "format.empty"));
  }

  @Test
  void singleChoiceQuestionsRoundTrip() throws IOException {
    List<QuestionData> questions =
        List.of(
            singleChoice("Câu hỏi có dấu &amp; và &lt;ngoặc&gt;?", "Đáp án A", "Đáp án B"),
            singleChoice("Câu hỏi<br>trên hai dòng", "Một", "Hai", "Ba"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Problem> lost = format.write(questions, out);
    ParseResult back = format.parse(new ByteArrayInputStream(out.toByteArray()));

    assertThat(lost).isEmpty();
    assertThat(back.problems()).isEmpty();
    assertThat(back.questions().stream().map(q -> q.toBuilder().line(0).build()))
        .containsExactlyElementsOf(questions);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Câu hỏi có dấu & và <ngoặc>?\nA. Đáp án A\nB. Đáp án B\nANSWER: B\n\n");
  }

  @Test
  void otherTypesAreReportedWithTheirCodeAndLeftOut() throws IOException {
    QuestionData trueFalse =
        QuestionData.builder()
            .type(QuestionType.TRUE_FALSE)
            .difficulty(Difficulty.NHAN_BIET)
            .stem("Đúng hay sai?")
            .trueFalseAnswer(true)
            .line(7)
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    List<Problem> lost = format.write(List.of(trueFalse, singleChoice("Câu?", "x", "y")), out);

    assertThat(lost).containsExactly(Problem.at(7, "export.notExpressible", "true-false"));
    assertThat(format.parse(new ByteArrayInputStream(out.toByteArray())).questions()).hasSize(1);
  }

  @Test
  void lostTopicLevelTagsAndExplanationAreReportedOncePerQuestion() throws IOException {
    QuestionData rich =
        singleChoice("Câu?", "x", "y").toBuilder()
            .topicPath(List.of("Chuyên môn nghiệp vụ"))
            .difficulty(Difficulty.VAN_DUNG)
            .tags(List.of("luật"))
            .explanation("Vì thế.")
            .points(new BigDecimal("2"))
            .line(4)
            .build();
    QuestionData explained =
        singleChoice("Câu?", "x", "y").toBuilder().explanation("Vì thế.").line(9).build();

    List<Problem> lost =
        format.write(
            List.of(rich, explained, singleChoice("Câu?", "x", "y")), new ByteArrayOutputStream());

    assertThat(lost)
        .containsExactly(
            Problem.at(4, "export.notExpressible", "topic, level, tags, explanation, points"),
            Problem.at(9, "export.notExpressible", "explanation"));
  }

  @Test
  void formattingThatPlainTextCannotHoldIsReported() throws IOException {
    QuestionData bold =
        singleChoice("<p>Câu <b>đậm</b>?</p>", "x", "y").toBuilder().line(2).build();

    List<Problem> lost = format.write(List.of(bold), new ByteArrayOutputStream());

    assertThat(lost).containsExactly(Problem.at(2, "export.notExpressible", "formatting"));
  }

  /** A single-choice question whose last option is the key. */
  private static QuestionData singleChoice(String stem, String... options) {
    QuestionData.Builder q =
        QuestionData.builder()
            .type(QuestionType.SINGLE_CHOICE)
            .difficulty(Difficulty.NHAN_BIET)
            .points(BigDecimal.ONE)
            .stem(stem);
    for (int i = 0; i < options.length; i++) {
      q.choice(options[i], i == options.length - 1);
    }
    return q.build();
  }

  private ParseResult parse(String text) throws IOException {
    return format.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
