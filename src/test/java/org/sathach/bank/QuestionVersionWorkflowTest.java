package org.sathach.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionVersionWorkflowTest {
  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

  private static QuestionVersion draftBy(String author) {
    QuestionVersion v = new QuestionVersion(new Question("Q-1", author, NOW), 1, author, NOW);
    v.fill(
        null,
        QuestionData.builder()
            .topicPath(List.of("Lý luận chính trị"))
            .type(QuestionType.TRUE_FALSE)
            .difficulty(Difficulty.NHAN_BIET)
            .points(BigDecimal.ONE)
            .stem("Hiến pháp là luật cơ bản của Nhà nước?")
            .trueFalseAnswer(true)
            .build(),
        "{}");
    return v;
  }

  @Test
  void draftGoesThroughReviewToApproval() {
    QuestionVersion v = draftBy("editor");
    v.submit();
    assertThat(v.getStatus()).isEqualTo(QuestionStatus.IN_REVIEW);
    v.approve("reviewer", NOW);
    assertThat(v.getStatus()).isEqualTo(QuestionStatus.APPROVED);
    assertThat(v.getReviewer()).isEqualTo("reviewer");
    v.retire("out of date");
    assertThat(v.getStatus()).isEqualTo(QuestionStatus.RETIRED);
  }

  @Test
  void authorCannotApproveTheirOwnVersion() {
    QuestionVersion v = draftBy("editor");
    v.submit();
    assertThatThrownBy(() -> v.approve("editor", NOW))
        .isInstanceOf(BankProblem.class)
        .extracting(e -> ((BankProblem) e).messageKey())
        .isEqualTo("bank.ownQuestion");
    assertThat(v.getStatus()).isEqualTo(QuestionStatus.IN_REVIEW);
  }

  @Test
  void onlyAReviewedVersionCanBeApproved() {
    QuestionVersion v = draftBy("editor");
    assertThatThrownBy(() -> v.approve("reviewer", NOW)).isInstanceOf(BankProblem.class);
  }

  @Test
  void backToDraftNeedsAReason() {
    QuestionVersion v = draftBy("editor");
    v.submit();
    assertThatThrownBy(() -> v.backToDraft(" ")).isInstanceOf(BankProblem.class);
    v.backToDraft("đáp án B chưa chính xác");
    assertThat(v.getStatus()).isEqualTo(QuestionStatus.DRAFT);
    assertThat(v.getStatusReason()).isEqualTo("đáp án B chưa chính xác");
  }

  @Test
  void contentIsFrozenOnceTheVersionLeavesDraft() {
    QuestionVersion v = draftBy("editor");
    assertThat(v.editableInPlace()).isTrue();
    v.submit();
    assertThat(v.editableInPlace()).isFalse();
    assertThatThrownBy(() -> v.fill(null, null, "{}"))
        .extracting(e -> ((BankProblem) e).messageKey())
        .isEqualTo("bank.versionFrozen");
  }

  @Test
  void onlyTheAuthorEditsADraftInPlaceSoAnEditorNeverApprovesWhatTheyWrote() {
    QuestionVersion v = draftBy("editor");
    assertThat(v.editableInPlaceBy("editor")).isTrue();
    assertThat(v.editableInPlaceBy("reviewer")).isFalse();
  }

  @Test
  void aReopenedApprovedVersionStaysFrozen() {
    QuestionVersion v = draftBy("editor");
    v.submit();
    v.approve("reviewer", NOW);
    v.backToDraft("cần xem lại");
    assertThat(v.getStatus()).isEqualTo(QuestionStatus.DRAFT);
    assertThat(v.editableInPlace()).isFalse();
  }

  @Test
  void aDraftSentBackFromReviewCanStillBeEditedInPlace() {
    QuestionVersion v = draftBy("editor");
    v.submit();
    v.backToDraft("sửa phương án C");
    assertThat(v.editableInPlace()).isTrue();
  }

  @Test
  void retiringNeedsApprovalAndAReason() {
    QuestionVersion v = draftBy("editor");
    assertThatThrownBy(() -> v.retire("x")).isInstanceOf(BankProblem.class);
    v.submit();
    v.approve("reviewer", NOW);
    assertThatThrownBy(() -> v.retire(null)).isInstanceOf(BankProblem.class);
  }

  @Test
  void aNewerApprovedVersionSupersedesTheOlder() {
    QuestionVersion v = draftBy("editor");
    v.submit();
    v.approve("reviewer", NOW);
    v.supersede(2);
    assertThat(v.getStatus()).isEqualTo(QuestionStatus.RETIRED);
    assertThat(v.getStatusReason()).contains("2");
  }
}
