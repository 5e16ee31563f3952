package org.sathach.marking;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.platform.Messages;

/**
 * The examiner's presentation re-marks after appeals ({@code marking/appeals.xhtml}): each known by
 * its appeal code only, with no name and no earlier mark; one mark on 100 each.
 */
@Named("remarkPresentations")
@ViewScoped
public class RemarkPresentationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Appeals appeals;

  private transient List<Appeals.PresentationRemark> tasks;
  private final Map<Long, BigDecimal> marks = new HashMap<>();

  @PostConstruct
  void load() {
    try {
      tasks = appeals.myRemarks();
    } catch (MarkingProblem problem) {
      tasks = List.of();
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void submit(Appeals.PresentationRemark task) {
    try {
      appeals.remarkPresentation(task.appealId(), marks.get(task.appealId()));
      Messages.info("appeal.remarked");
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
    load();
  }

  public List<Appeals.PresentationRemark> getTasks() {
    if (tasks == null) {
      load();
    }
    return tasks;
  }

  public Map<Long, BigDecimal> getMarks() {
    return marks;
  }
}
