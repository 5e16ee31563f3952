package org.sathach.round;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sathach.platform.Messages;

/** The committee's list of a round's applications with each verdict and the posts' standing. */
@Named
@ViewScoped
public class ApplicationList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Applications applications;
  @Inject transient Rounds rounds;

  private Long roundId;
  private SelectionRound round;
  private List<Application> all;
  private List<PostStanding> standings;

  public void load() {
    try {
      round = rounds.round(roundId);
      all = applications.ofRound(roundId);
      standings = rounds.standings(roundId);
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  /** The first failed criterion's reason, or empty when all pass. */
  public CriterionResult firstFailure(Application application) {
    return application.evaluation().stream().filter(r -> !r.passed()).findFirst().orElse(null);
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public SelectionRound getRound() {
    return round;
  }

  public List<Application> getAll() {
    return all;
  }

  public List<PostStanding> getStandings() {
    return standings;
  }
}
