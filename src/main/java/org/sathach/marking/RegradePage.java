package org.sathach.marking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.sathach.bank.QuestionVersion;
import org.sathach.exam.ExamPart;
import org.sathach.platform.Messages;

/**
 * The committee's regrade page of a computer part: choose a question version shown in the part, the
 * action (and for a key correction the later version whose key counts), see the dry run's changes,
 * then apply with a reason. Applying re-runs the regrade on the stored rows, so it never applies a
 * stale dry run: the page shows what was actually applied.
 */
@Named("regrade")
@ViewScoped
public class RegradePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Regrades regrades;

  private Long partId;
  private ExamPart part;
  private List<RegradeQuestion> questions = List.of();
  private List<Later> laterVersions = List.of();
  private List<Regrade> history = List.of();
  private Long versionId;
  private RegradeAction action = RegradeAction.KEY_CORRECTED;
  private Long correctedVersionId;
  private String reason;
  private RegradeResult result;
  private boolean applied;

  /** A later version of the chosen question, as the page lists it. */
  public record Later(long id, int versionNo, String status, String excerpt)
      implements Serializable {}

  public void load() {
    try {
      part = regrades.part(partId == null ? -1 : partId);
      refresh();
    } catch (MarkingProblem problem) {
      part = null;
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  private void refresh() {
    questions = regrades.questions(partId);
    history = regrades.history(partId);
  }

  /** The question or the action changed: the later versions follow, the old dry run goes. */
  public void choose() {
    result = null;
    applied = false;
    correctedVersionId = null;
    laterVersions =
        versionId == null || action != RegradeAction.KEY_CORRECTED
            ? List.of()
            : regrades.laterVersions(versionId).stream().map(RegradePage::later).toList();
  }

  /** Another version to take the key from: the old dry run no longer holds. */
  public void clearResult() {
    result = null;
    applied = false;
  }

  private static Later later(QuestionVersion v) {
    return new Later(
        v.getId(), v.getVersionNo(), v.getStatus().name(), Regrades.excerpt(v.getStem()));
  }

  public void dryRun() {
    act(
        () -> {
          result = regrades.dryRun(partId, required(), action, correctedVersionId);
          applied = false;
          Messages.info("regrade.dryRun.done", result.changes().size());
        });
  }

  public void apply() {
    act(
        () -> {
          result = regrades.apply(partId, required(), action, correctedVersionId, reason);
          applied = true;
          reason = null;
          refresh();
          Messages.info("regrade.applied", result.regradeId(), result.changes().size());
        });
  }

  private long required() {
    if (versionId == null) {
      throw new MarkingProblem("regrade.questionRequired");
    }
    return versionId;
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** The question's label in lists: number on the first paper, excerpt, version. */
  public String label(RegradeQuestion q) {
    return Messages.text(
        "regrade.question.label", q.number(), q.excerpt(), q.versionNo(), q.versionId());
  }

  public String questionLabel() {
    return questions.stream()
        .filter(q -> Objects.equals(q.versionId(), versionId))
        .map(this::label)
        .findFirst()
        .orElse("");
  }

  public RegradeAction[] getActions() {
    return RegradeAction.values();
  }

  public boolean isKeyCorrection() {
    return action == RegradeAction.KEY_CORRECTED;
  }

  public Long getPartId() {
    return partId;
  }

  public void setPartId(Long partId) {
    this.partId = partId;
  }

  public ExamPart getPart() {
    return part;
  }

  public List<RegradeQuestion> getQuestions() {
    return questions;
  }

  public List<Later> getLaterVersions() {
    return laterVersions;
  }

  public List<Regrade> getHistory() {
    return history;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public RegradeAction getAction() {
    return action;
  }

  public void setAction(RegradeAction action) {
    this.action = action;
  }

  public Long getCorrectedVersionId() {
    return correctedVersionId;
  }

  public void setCorrectedVersionId(Long correctedVersionId) {
    this.correctedVersionId = correctedVersionId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public RegradeResult getResult() {
    return result;
  }

  public boolean isApplied() {
    return applied;
  }
}
