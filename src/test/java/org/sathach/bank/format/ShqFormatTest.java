package org.sathach.bank.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sathach.bank.Difficulty;
import org.sathach.bank.MatchMode;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;
import org.sathach.bank.QuestionType;

class ShqFormatTest {
  private final ShqFormat format = new ShqFormat();

  private ParseResult parse(String text) throws IOException {
    return format.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String GOOD =
      """
      # comment
      @topic Lý luận chính trị > Tư tưởng Hồ Chí Minh

      === HCM-001
      type: single-choice
      level: nhận biết
      points: 1
      tags: đạo đức; cần kiệm liêm chính
      stem: Theo Hồ Chí Minh, đức tính nào là "gốc" của người cách mạng?
      option: Trí tuệ
      option+: Đạo đức
      option: Sức khỏe & tài năng
      explanation: Hồ Chí Minh viết trong "Sửa đổi lối làm việc":
        đạo đức là cái gốc.
      """;

  @Test
  void readsTheReadmeExample() throws IOException {
    ParseResult result = parse(GOOD);
    assertThat(result.problems()).isEmpty();
    QuestionData q = result.questions().get(0);
    assertThat(q.externalId()).isEqualTo("HCM-001");
    assertThat(q.topicPath()).containsExactly("Lý luận chính trị", "Tư tưởng Hồ Chí Minh");
    assertThat(q.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
    assertThat(q.difficulty()).isEqualTo(Difficulty.NHAN_BIET);
    assertThat(q.tags()).containsExactly("đạo đức", "cần kiệm liêm chính");
    assertThat(q.choices()).hasSize(3);
    assertThat(q.choices().get(1).correct()).isTrue();
    assertThat(q.choices().get(2).text()).isEqualTo("Sức khỏe &amp; tài năng");
    assertThat(q.explanation())
        .isEqualTo("Hồ Chí Minh viết trong \"Sửa đổi lối làm việc\":<br>đạo đức là cái gốc.");
    assertThat(q.line()).isEqualTo(4);
  }

  @Test
  void singleChoiceWithTwoKeysIsReportedAtTheQuestion() throws IOException {
    ParseResult result = parse(GOOD.replace("option: Trí tuệ", "option+: Trí tuệ"));
    assertThat(result.problems())
        .containsExactly(Problem.at(4, "question.single.exactlyOneCorrect", "2"));
  }

  @Test
  void eachBadLineIsReportedWithItsNumber() throws IOException {
    ParseResult result =
        parse(
            """
            @topic Lý luận chính trị > Hiến pháp
            === A
            type: riddle
            level: khó
            points: hai
            stem: ?
            colour: red
            this line has no colon
            """);
    assertThat(result.problems())
        .contains(
            Problem.at(3, "format.unknownType", "riddle"),
            Problem.at(4, "format.unknownLevel", "khó"),
            Problem.at(5, "format.badNumber", "hai"),
            Problem.at(7, "format.unknownField", "colour"),
            Problem.at(8, "format.syntax", "this line has no colon"),
            Problem.at(2, "question.type.required"));
  }

  @Test
  void questionWithoutTopicAndTopicOutsideTheRootsAreRefused() throws IOException {
    assertThat(parse("=== A\ntype: true-false\nlevel: vận dụng\nstem: x\nanswer: sai\n").problems())
        .containsExactly(Problem.at(1, "format.noTopic"));
    assertThat(parse("@topic Toán học > Đại số\n").problems())
        .containsExactly(Problem.at(1, "format.badTopic", "Toán học > Đại số"));
  }

  @Test
  void duplicateIdsAreReported() throws IOException {
    ParseResult result = parse(GOOD + GOOD.substring(GOOD.indexOf("=== HCM-001")));
    assertThat(result.problems()).containsExactly(Problem.at(15, "format.duplicateId", "HCM-001"));
  }

  @Test
  void emptyFileAndWrongEncodingAreRefused() throws IOException {
    assertThat(parse("# nothing here\n").problems()).containsExactly(Problem.at(0, "format.empty"));
    byte[] windows1258 = "@topic L\u00fd lu\u1eadn\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] latin = "# ok\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(format.parse(new ByteArrayInputStream(latin)).problems())
        .containsExactly(Problem.at(2, "format.encoding", "UTF-8"));
    assertThat(format.parse(new ByteArrayInputStream(windows1258)).ok()).isFalse();
  }

  @Test
  void everyTypeSurvivesARoundTrip() throws IOException {
    List<String> topic = List.of("Chuyên môn nghiệp vụ", "Tài chính");
    List<QuestionData> questions =
        List.of(
            base(topic, "S1", QuestionType.SINGLE_CHOICE)
                .choice("Một", false)
                .choice("Hai <b>đậm</b>", true)
                .build(),
            base(topic, "M1", QuestionType.MULTIPLE_RESPONSE)
                .choice("A", true)
                .choice("B", true)
                .choice("C", false)
                .build(),
            base(topic, "T1", QuestionType.TRUE_FALSE).trueFalseAnswer(false).build(),
            base(topic, "SA1", QuestionType.SHORT_ANSWER)
                .accept("Quốc hội")
                .accept("QH")
                .matchMode(MatchMode.IGNORE_CASE_AND_DIACRITICS)
                .build(),
            base(topic, "MA1", QuestionType.MATCHING)
                .pair("Luật", "Quốc hội")
                .pair("Nghị định", "Chính phủ")
                .build(),
            base(topic, "O1", QuestionType.ORDERING)
                .orderItem("Lập")
                .orderItem("Chấp hành")
                .orderItem("Quyết toán")
                .build(),
            base(List.of("Lý luận chính trị", "Điều lệ Đảng"), "E1", QuestionType.ESSAY)
                .points(new BigDecimal("10"))
                .markingGuide("Nêu đủ ba ý.<br>Mỗi ý có ví dụ.")
                .criterion(new BigDecimal("4"), "Khái niệm")
                .criterion(new BigDecimal("6"), "Liên hệ thực tiễn")
                .build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(format.write(questions, out)).isEmpty();
    ParseResult back = format.parse(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.problems()).isEmpty();
    assertThat(back.questions()).hasSameSizeAs(questions);
    for (int i = 0; i < questions.size(); i++) {
      assertThat(back.questions().get(i).toBuilder().line(0).build()).isEqualTo(questions.get(i));
    }
  }

  private static QuestionData.Builder base(List<String> topic, String id, QuestionType type) {
    return QuestionData.builder()
        .externalId(id)
        .topicPath(topic)
        .type(type)
        .difficulty(Difficulty.THONG_HIEU)
        .points(BigDecimal.ONE)
        .tag("mẫu")
        .stem("Câu hỏi " + id + " &lt;thử&gt;?")
        .explanation("Vì luật quy định.");
  }
}
