package org.sathach.marking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sathach.platform.Messages;

/** The committee's line-by-line explanation of one candidate's mark in one computer part. */
@Named("markExplanation")
@ViewScoped
public class MarkExplanationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient MarkExplanations explanations;

  private Long partId;
  private Long applicationId;
  private Long postId;
  private MarkExplanation explanation;

  public void load() {
    if (partId == null || applicationId == null) {
      return;
    }
    try {
      explanation = explanations.explain(partId, applicationId);
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public MarkExplanation getExplanation() {
    return explanation;
  }

  public Long getPartId() {
    return partId;
  }

  public void setPartId(Long partId) {
    this.partId = partId;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public Long getPostId() {
    return postId;
  }

  public void setPostId(Long postId) {
    this.postId = postId;
  }
}
