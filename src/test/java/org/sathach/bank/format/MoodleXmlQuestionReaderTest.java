package org.sathach.bank.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sathach.bank.Criterion;
import org.sathach.bank.Difficulty;
import org.sathach.bank.MatchMode;
import org.sathach.bank.Problem;
import org.sathach.bank.QuestionData;

/** The rules for single questions and odd files, on small inline Moodle XML. */
class MoodleXmlQuestionReaderTest {
  private final MoodleXmlFormat format = new MoodleXmlFormat();

  @Test
  void emptyFileAndQuizWithoutQuestionsAreEmpty() throws IOException {
    assertThat(parse("").problems()).containsExactly(Problem.at(0, "format.empty"));
    assertThat(parse(quiz("")).problems()).containsExactly(Problem.at(0, "format.empty"));
  }

  @Test
  void everyMoodleOnlyTypeIsReportedAsUnsupportedWithItsName() throws IOException {
    ParseResult result =
        parse(
            quiz(
                """
        <question type="calculated"></question>
        <question type="ddwtos"></question>
        <question type="gapselect"></question>
        <question type="cloze"></question>
        <question type="multianswer"></question>
        """));

    assertThat(result.problems()).extracting(Problem::key).containsOnly("format.unsupported");
    assertThat(result.problems())
        .extracting(Problem::detail, Problem::line)
        .containsExactly(
            tuple("calculated", 3),
            tuple("ddwtos", 4),
            tuple("gapselect", 5),
            tuple("cloze", 6),
            tuple("multianswer", 7));
  }

  @Test
  void invalidQuestionIsReportedAtItsLineByTheBankRules() throws IOException {
    ParseResult result =
        parse(
            quiz(
                """
        <question type="multichoice">
          <questiontext format="html"><text>Câu hỏi</text></questiontext>
          <single>true</single>
          <answer fraction="50"><text>A</text></answer>
          <answer fraction="0"><text>B</text></answer>
        </question>
        """));

    assertThat(result.problems())
        .containsExactly(Problem.at(3, "question.single.exactlyOneCorrect", "0"));
  }

  @Test
  void ownTagsCarryLevelAndRubricButAnUnknownLevelIsReported() throws IOException {
    ParseResult result =
        parse(
            quiz(
                """
        <question type="essay">
          <questiontext format="plain_text"><text>Viết &lt;b&gt;luận&lt;/b&gt;</text></questiontext>
          <defaultgrade>10</defaultgrade>
          <tags>
            <tag><text>level:vận dụng cao</text></tag>
            <tag><text>criterion:6|Nêu khái niệm</text></tag>
            <tag><text>criterion:3|Liên hệ</text></tag>
            <tag><text>level:khó</text></tag>
          </tags>
        </question>
        """));

    QuestionData essay = result.questions().get(0);
    assertThat(essay.stem()).isEqualTo("Viết &lt;b&gt;luận&lt;/b&gt;");
    assertThat(essay.difficulty()).isEqualTo(Difficulty.VAN_DUNG_CAO);
    assertThat(essay.tags()).isEmpty();
    assertThat(essay.rubric())
        .extracting(Criterion::description)
        .containsExactly("Nêu khái niệm", "Liên hệ");
    assertThat(result.problems())
        .extracting(Problem::key)
        .containsExactly("format.unknownLevel", "question.essay.pointsMismatch");
  }

  @Test
  void orderingPluginItemsAreInTheirCorrectOrderAndUsecaseOneIsExact() throws IOException {
    ParseResult result =
        parse(
            quiz(
                """
        <question type="ordering">
          <questiontext format="html"><text>Sắp xếp</text></questiontext>
          <answer fraction="1" format="html"><text><![CDATA[<p>Một</p>]]></text></answer>
          <answer fraction="2" format="html"><text><![CDATA[<p>Hai</p>]]></text></answer>
        </question>
        <question type="shortanswer">
          <questiontext format="html"><text>Viết tắt?</text></questiontext>
          <usecase>1</usecase>
          <answer fraction="100"><text>UBND</text></answer>
        </question>
        """));

    assertThat(result.problems()).isEmpty();
    assertThat(result.questions().get(0).orderItems()).containsExactly("<p>Một</p>", "<p>Hai</p>");
    assertThat(result.questions().get(1).matchMode()).isEqualTo(MatchMode.EXACT);
  }

  @Test
  void whatTheBankCannotHoldIsReported() throws IOException {
    ParseResult result =
        parse(
            quiz(
                """
        <question type="shortanswer">
          <questiontext format="html"><text>Tỉnh?</text><file name="map.pdf" path="/" encoding="base64">AA==</file></questiontext>
          <answer fraction="100"><text>Hà*</text></answer>
        </question>
        <question type="matching">
          <questiontext format="html"><text>Nối</text></questiontext>
          <subquestion format="html"><text>A</text><answer><text>1</text></answer></subquestion>
          <subquestion format="html"><text>B</text><answer><text>2</text></answer></subquestion>
          <subquestion format="html"><text></text><answer><text>3</text></answer></subquestion>
        </question>
        """));

    assertThat(result.problems())
        .containsExactly(
            Problem.at(4, "format.unsupported", "embedded file map.pdf"),
            Problem.at(5, "format.unsupported", "wildcard * in Hà*"),
            Problem.at(11, "format.unsupported", "extra matching answer 3"));
  }

  @Test
  void categoryPathLosesContextAndTopAndReadsDoubleSlashAsSlash() throws IOException {
    ParseResult result =
        parse(
            quiz(
                """
        <question type="category"><category><text>$system$/top/Chuyên môn//Nghiệp vụ/Luật</text></category></question>
        <question type="truefalse">
          <questiontext format="html"><text>Đúng?</text></questiontext>
          <answer fraction="100"><text>true</text></answer>
          <answer fraction="0"><text>false</text></answer>
        </question>
        """));

    assertThat(result.questions().get(0).topicPath())
        .containsExactly("Chuyên môn/Nghiệp vụ", "Luật");
  }

  @Test
  void matchTagOverridesUsecaseAndIsNotKeptAsTag() throws IOException {
    ParseResult result =
        parse(
            quiz(
                """
        <question type="shortanswer">
          <questiontext format="html"><text>Tên tỉnh?</text></questiontext>
          <usecase>1</usecase>
          <answer fraction="100"><text>Đà Nẵng</text></answer>
          <tags><tag><text>match:ignore-case-and-diacritics</text></tag><tag><text>địa lý</text></tag></tags>
        </question>
        """));

    assertThat(result.questions().get(0).matchMode())
        .isEqualTo(MatchMode.IGNORE_CASE_AND_DIACRITICS);
    assertThat(result.questions().get(0).tags()).containsExactly("địa lý");
  }

  private static String quiz(String questions) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questions + "</quiz>\n";
  }

  private ParseResult parse(String xml) throws IOException {
    return format.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
