package org.sathach.round;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sathach.platform.Messages;

/** The committee's list of rounds and the form that opens a new one. */
@Named
@ViewScoped
public class RoundList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Rounds rounds;
  @Inject transient Clock clock;

  private List<SelectionRound> all;
  private SelectionRound draft;

  @PostConstruct
  void init() {
    all = rounds.all();
    draft = rounds.draft();
    draft.setAppointmentDate(LocalDate.now(clock).plusMonths(3).withDayOfMonth(1));
  }

  /** Saves the new round and opens its page. */
  public String create() {
    try {
      SelectionRound round = rounds.save(draft);
      return "/committee/round?faces-redirect=true&id=" + round.getId();
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
      return null;
    }
  }

  public List<SelectionRound> getAll() {
    return all;
  }

  public SelectionRound getDraft() {
    return draft;
  }
}
