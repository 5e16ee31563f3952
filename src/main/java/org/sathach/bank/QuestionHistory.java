package org.sathach.bank;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sathach.platform.Messages;

/** Every version of one question, and what changed from each version to the next. */
@Named
@ViewScoped
public class QuestionHistory implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Questions questions;

  private Long questionId;
  private List<QuestionVersion> versions = List.of();
  private String reason;

  /** One step of the history: a version and its changes from the one before. */
  public record Step(QuestionVersion version, List<Map.Entry<String, String[]>> changes) {}

  public void load() {
    if (questionId != null) {
      versions = questions.versionsOf(questionId);
    }
  }

  public List<Step> getSteps() {
    List<Step> steps = new ArrayList<>();
    for (int i = versions.size() - 1; i >= 0; i--) {
      QuestionVersion v = versions.get(i);
      List<Map.Entry<String, String[]>> changes =
          i == 0 ? List.of() : List.copyOf(questions.diff(versions.get(i - 1), v).entrySet());
      steps.add(new Step(v, changes));
    }
    return steps;
  }

  /** Brings an approved or retired latest version back to DRAFT, with a reason (audited). */
  public void reopen(QuestionVersion v) {
    try {
      questions.reopen(v.getId(), reason);
      Messages.info("history.reopened", v.getVersionNo());
      reason = null;
      load();
    } catch (BankProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public QuestionData data(QuestionVersion v) {
    return questions.data(v);
  }

  public Long getQuestionId() {
    return questionId;
  }

  public void setQuestionId(Long questionId) {
    this.questionId = questionId;
  }
}
