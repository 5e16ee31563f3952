package org.sathach.bank;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.sathach.platform.Messages;

/**
 * The reviewer's queue: versions waiting for review, each shown with its key, to approve or send
 * back with a reason. A reviewer's own questions are listed but cannot be approved by them.
 */
@Named
@ViewScoped
public class ReviewQueue implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int LIMIT = 200;

  @Inject transient Questions questions;
  @Inject transient SecurityContext security;

  private List<QuestionVersion> waiting;
  private String reason;

  public List<QuestionVersion> getWaiting() {
    if (waiting == null) {
      waiting = questions.page(BankFilter.all().withStatus(QuestionStatus.IN_REVIEW), 0, LIMIT);
    }
    return waiting;
  }

  public QuestionData data(QuestionVersion v) {
    return questions.data(v);
  }

  public boolean isOwn(QuestionVersion v) {
    return v.getAuthor().equals(security.getCallerPrincipal().getName());
  }

  public void approve(QuestionVersion v) {
    try {
      questions.approve(v.getId());
      Messages.info("review.approved", v.getQuestion().getId());
      waiting = null;
    } catch (BankProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void sendBack(QuestionVersion v) {
    try {
      questions.sendBack(v.getId(), reason);
      Messages.info("review.sentBack", v.getQuestion().getId());
      waiting = null;
      reason = null;
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
}
