package org.sathach.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sathach.testing.Deployments;

/** The question bank on a real Payara Micro and database: loading, import, four eyes, versions. */
@ExtendWith(ArquillianExtension.class)
class BankIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWith(BankIT.class);
  }

  @Inject Questions questions;
  @Inject BankTransfer transfer;

  private static String file(String topic, String... blocks) {
    StringBuilder out = new StringBuilder("@topic Chuyên môn nghiệp vụ > " + topic + "\n");
    for (String block : blocks) {
      out.append('\n').append(block);
    }
    return out.toString();
  }

  private static String trueFalse(String id, String stem) {
    return "=== "
        + id
        + "\ntype: true-false\nlevel: thông hiểu\nstem: "
        + stem
        + "\nanswer: đúng\n";
  }

  private ImportPreview preview(String format, String text) {
    return transfer.preview(format, "test." + format, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void sampleBanksAreLoadedAsApprovedAtFirstStart() {
    long approved = questions.count(BankFilter.all().withStatus(QuestionStatus.APPROVED));
    assertTrue(approved >= 400, "approved sample questions: " + approved);
  }

  @Test
  void oneBrokenQuestionImportsNothingAndNamesItsLine() {
    String topic = "Kiểm thử " + UUID.randomUUID();
    String text =
        file(
            topic,
            trueFalse("A1", "Câu một " + topic + "?"),
            "=== A2\ntype: single-choice\nlevel: nhận biết\nstem: Câu hai?\noption+: x\noption+: y\n",
            trueFalse("A3", "Câu ba " + topic + "?"));
    long before = questions.count(BankFilter.all());
    ImportPreview preview = preview("shq", text);
    assertFalse(preview.importable());
    assertEquals(1, preview.problems().size());
    assertEquals(9, preview.problems().get(0).line());
    assertEquals("question.single.exactlyOneCorrect", preview.problems().get(0).key());
    BankProblem refused =
        assertThrows(BankProblem.class, () -> transfer.importAll(preview, false, false));
    assertEquals("bank.importHasProblems", refused.messageKey());
    assertEquals(before, questions.count(BankFilter.all()));
  }

  @Test
  void brokenMoodleFileChangesNothing() {
    long before = questions.count(BankFilter.all());
    ImportPreview preview =
        preview("moodle", "<?xml version=\"1.0\"?><quiz><question type=\"truefalse\">");
    assertFalse(preview.importable());
    assertEquals("format.malformed", preview.problems().get(0).key());
    assertEquals(before, questions.count(BankFilter.all()));
  }

  @Test
  void questionsFromAnotherSystemGoUnderTheChosenTargetTopic() {
    String aiken =
        "Cơ quan nào là cơ quan quyền lực nhà nước cao nhất?\nA. Chính phủ\nB. Quốc hội\n"
            + "C. Tòa án nhân dân tối cao\nANSWER: B\n";
    ImportPreview withoutTarget = preview("aiken", aiken);
    assertEquals("import.needsTopic", withoutTarget.problems().get(0).key());
    assertEquals(1, withoutTarget.problems().get(0).line());
    long target = questions.page(BankFilter.all(), 0, 1).get(0).getTopic().getId();
    ImportPreview placed =
        transfer.preview("aiken", "de.txt", aiken.getBytes(StandardCharsets.UTF_8), target);
    assertTrue(placed.importable(), placed.problems().toString());
    assertEquals(
        questions.data(questions.page(BankFilter.all(), 0, 1).get(0)).topicPath(),
        placed.questions().get(0).topicPath());
  }

  @Test
  void duplicatesAreReportedAndSkippedOnRequest() {
    String topic = "Trùng " + UUID.randomUUID();
    String text = file(topic, trueFalse("D1", "Câu trùng?"), trueFalse("D2", "Câu khác?"));
    ImportReport first = transfer.importAll(preview("shq", text), true, false);
    assertEquals(2, first.imported());
    String again = file(topic, trueFalse("D3", "  CÂU TRÙNG? "), trueFalse("D4", "Câu mới?"));
    ImportPreview preview = preview("shq", again);
    assertEquals(java.util.Set.of(0), preview.duplicates());
    ImportReport second = transfer.importAll(preview, true, false);
    assertEquals(1, second.imported());
    assertEquals(1, second.skippedDuplicates());
  }

  @Test
  void importedQuestionsStartAsDrafts() {
    String topic = "Nháp " + UUID.randomUUID();
    transfer.importAll(preview("shq", file(topic, trueFalse("N1", "Câu nháp?"))), false, false);
    QuestionVersion v = findOne(topic);
    assertEquals(QuestionStatus.DRAFT, v.getStatus());
  }

  @Test
  void authorCannotApproveTheirOwnQuestionInTheDatabase() {
    String topic = "Bốn mắt " + UUID.randomUUID();
    transfer.importAll(preview("shq", file(topic, trueFalse("F1", "Câu bốn mắt?"))), false, false);
    QuestionVersion v = findOne(topic);
    questions.submit(List.of(v.getId()));
    BankProblem refused = assertThrows(BankProblem.class, () -> questions.approve(v.getId()));
    assertEquals("bank.ownQuestion", refused.messageKey());
    assertEquals(QuestionStatus.IN_REVIEW, questions.version(v.getId()).getStatus());
  }

  @Test
  void editingAnApprovedQuestionMakesANewVersionAndKeepsTheOld() {
    QuestionVersion approved =
        questions.page(BankFilter.all().withStatus(QuestionStatus.APPROVED), 0, 1).get(0);
    String oldStem = approved.getStem();
    QuestionData changed = questions.data(approved).toBuilder().stem("Nội dung đã sửa?").build();
    QuestionVersion next = questions.edit(approved.getId(), changed, "sửa câu chữ");
    assertNotEquals(approved.getId(), next.getId());
    assertEquals(approved.getVersionNo() + 1, next.getVersionNo());
    assertEquals(QuestionStatus.DRAFT, next.getStatus());
    QuestionVersion old = questions.version(approved.getId());
    assertEquals(oldStem, old.getStem());
    assertEquals(QuestionStatus.APPROVED, old.getStatus());
    assertFalse(old.isLatest());
    assertTrue(questions.diff(old, next).containsKey("stem"));
  }

  @Test
  void reopenedApprovedVersionIsEditedAsANewVersion() {
    QuestionVersion approved =
        questions.page(BankFilter.all().withStatus(QuestionStatus.APPROVED), 5, 1).get(0);
    BankProblem noReason =
        assertThrows(BankProblem.class, () -> questions.reopen(approved.getId(), " "));
    assertEquals("bank.reasonRequired", noReason.messageKey());
    questions.reopen(approved.getId(), "rà soát theo luật mới");
    QuestionVersion reopened = questions.version(approved.getId());
    assertEquals(QuestionStatus.DRAFT, reopened.getStatus());
    QuestionVersion next =
        questions.edit(
            approved.getId(),
            questions.data(reopened).toBuilder().tags(List.of("rà soát")).build(),
            "x");
    assertNotEquals(approved.getId(), next.getId());
    assertEquals(approved.getStem(), questions.version(approved.getId()).getStem());
  }

  @Test
  void exportedSubtreeReadsBackAsTheSameQuestions() throws IOException {
    String topic = "Xuất " + UUID.randomUUID();
    String text =
        file(
            topic,
            trueFalse("X1", "Câu xuất một?"),
            "=== X2\ntype: single-choice\nlevel: vận dụng\nstem: Chọn một?\noption: a\noption+: b\n");
    transfer.importAll(preview("shq", text), false, false);
    long topicId = findOne(topic).getTopic().getId();
    for (String format : List.of("shq", "moodle", "gift", "excel")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(transfer.export(format, topicId, out).isEmpty(), format);
      ImportPreview back = transfer.preview(format, "x", out.toByteArray());
      assertTrue(back.problems().isEmpty(), format + ": " + back.problems());
      assertEquals(2, back.questions().size(), format);
      assertEquals(java.util.Set.of(0, 1), back.duplicates(), format);
    }
  }

  private QuestionVersion findOne(String topicName) {
    return questions.page(BankFilter.all(), 0, 100000).stream()
        .filter(v -> v.getTopic().getName().equals(topicName))
        .findFirst()
        .orElseThrow();
  }
}
