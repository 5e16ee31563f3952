package org.sathach.marking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.sathach.platform.Messages;

/**
 * The examiner's marking page: the work list with progress, and one script opened for marking by
 * its code. It shows only what {@link MarkingDesk} hands out: never the candidate, the attempt or
 * another marker's mark. A submitted mark is final; the page then shows it read-only.
 */
@Named
@ViewScoped
public class MarkEssays implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient MarkingDesk desk;
  @Inject transient EssayScripts scripts;

  private Long markId;
  private List<MarkingDesk.Assignment> work = List.of();
  private MarkingDesk.OpenScript script;
  private BigDecimal points;
  private String comment;

  public void load() {
    try {
      work = desk.myWork();
      if (markId != null) {
        open(markId);
      }
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void open(long id) {
    try {
      script = desk.open(id);
      markId = id;
      points = script.points();
      comment = script.comment();
    } catch (MarkingProblem problem) {
      script = null;
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void submit() {
    if (script == null) {
      return;
    }
    try {
      scripts.mark(script.markId(), points, comment);
      Messages.info("essay.marked", script.code());
      script = desk.open(script.markId());
      work = desk.myWork();
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** Whether the work list's line {@code id} is the script open below. */
  public boolean isOpened(long id) {
    return script != null && script.markId() == id;
  }

  public long getDone() {
    return work.stream().filter(MarkingDesk.Assignment::done).count();
  }

  public int getAssigned() {
    return work.size();
  }

  public Long getMarkId() {
    return markId;
  }

  public void setMarkId(Long markId) {
    this.markId = markId;
  }

  public List<MarkingDesk.Assignment> getWork() {
    return work;
  }

  public MarkingDesk.OpenScript getScript() {
    return script;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
