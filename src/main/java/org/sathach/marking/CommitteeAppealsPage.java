package org.sathach.marking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.platform.Messages;
import org.sathach.round.Application;
import org.sathach.round.Applications;

/**
 * The committee's appeals of a round ({@code committee/appeals.xhtml?round=ID}): who appealed what,
 * assigning a re-marker, rejecting, deciding once the re-mark is in, the marks before and after.
 */
@Named("committeeAppeals")
@ViewScoped
public class CommitteeAppealsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Appeals appeals;
  @Inject transient Applications applications;

  private Long roundId;
  private transient List<Appeal> list;
  private final Map<Long, String> remarkers = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();
  private final Map<Long, Application> applicants = new HashMap<>();

  public void load() {
    if (roundId == null) {
      return;
    }
    try {
      list = appeals.ofRound(roundId);
      for (Appeal a : list) {
        applicants.computeIfAbsent(a.getApplicationId(), applications::readable);
      }
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void assign(Appeal appeal) {
    act(() -> appeals.assign(appeal.getId(), remarkers.get(appeal.getId())), "appeal.assigned");
  }

  public void decide(Appeal appeal) {
    act(() -> appeals.decide(appeal.getId(), notes.get(appeal.getId())), "appeal.decided");
  }

  public void reject(Appeal appeal) {
    act(() -> appeals.reject(appeal.getId(), notes.get(appeal.getId())), "appeal.rejected");
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      Messages.info(done);
    } catch (MarkingProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
    load();
  }

  public boolean remarkIn(Appeal appeal) {
    return appeals.remarkIn(appeal);
  }

  public Application applicant(Appeal appeal) {
    return applicants.get(appeal.getApplicationId());
  }

  public List<Appeal> getList() {
    return list;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public Map<Long, String> getRemarkers() {
    return remarkers;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
