package org.sathach.exam;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.identity.UserFilter;
import org.sathach.identity.Users;
import org.sathach.platform.Messages;
import org.sathach.ranking.TieBreak;
import org.sathach.round.PostStanding;
import org.sathach.round.RoundProblem;
import org.sathach.round.RoundStatus;
import org.sathach.round.Rounds;
import org.sathach.round.SelectionRound;

/**
 * A round's page for the committee: its settings, posts and their standing, the exam parts and the
 * sessions. It lives with the exam feature because it shows both features side by side.
 */
@Named
@ViewScoped
public class RoundOverview implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Rounds rounds;
  @Inject transient ExamParts parts;
  @Inject transient Sessions sessions;
  @Inject transient Users users;

  private Long id;
  private SelectionRound round;
  private List<PostStanding> standings;
  private List<ExamPart> examParts;
  private List<ExamSession> roundSessions;
  private List<TieBreak> ties;

  public void load() {
    try {
      round = rounds.round(id);
      ties = null;
      refresh();
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  private void refresh() {
    standings = rounds.standings(id);
    examParts = parts.partsOf(id);
    roundSessions = sessions.ofRound(id);
  }

  public void save() {
    try {
      round.setTieBreakChain(tieSteps().stream().filter(java.util.Objects::nonNull).toList());
      round = rounds.save(round);
      ties = null;
      Messages.info("round.saved");
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void changeStatus(RoundStatus status) {
    round = rounds.setStatus(id, status);
    Messages.info("round.statusChanged");
  }

  /** The tie-break chain as the page edits it: four steps, blank after the last. */
  private List<TieBreak> tieSteps() {
    if (ties == null) {
      ties = new ArrayList<>(round.tieBreakChain());
      while (ties.size() < TieBreak.values().length) {
        ties.add(null);
      }
    }
    return ties;
  }

  public TieBreak getTie1() {
    return tieSteps().get(0);
  }

  public void setTie1(TieBreak step) {
    tieSteps().set(0, step);
  }

  public TieBreak getTie2() {
    return tieSteps().get(1);
  }

  public void setTie2(TieBreak step) {
    tieSteps().set(1, step);
  }

  public TieBreak getTie3() {
    return tieSteps().get(2);
  }

  public void setTie3(TieBreak step) {
    tieSteps().set(2, step);
  }

  public TieBreak getTie4() {
    return tieSteps().get(3);
  }

  public void setTie4(TieBreak step) {
    tieSteps().set(3, step);
  }

  public TieBreak[] getTieBreaks() {
    return TieBreak.values();
  }

  /** The committee members who may chair, by username and name. */
  public List<User> getCommitteeMembers() {
    return users.page(new UserFilter(null, Role.COMMITTEE, true, "fullName", true), 0, 200);
  }

  public Integer getMaleYears() {
    return years(round.getMaleRetirementMonths());
  }

  public void setMaleYears(Integer years) {
    round.setMaleRetirementMonths(months(years, getMaleMonths()));
  }

  public Integer getMaleMonths() {
    return restMonths(round.getMaleRetirementMonths());
  }

  public void setMaleMonths(Integer months) {
    round.setMaleRetirementMonths(months(getMaleYears(), months));
  }

  public Integer getFemaleYears() {
    return years(round.getFemaleRetirementMonths());
  }

  public void setFemaleYears(Integer years) {
    round.setFemaleRetirementMonths(months(years, getFemaleMonths()));
  }

  public Integer getFemaleMonths() {
    return restMonths(round.getFemaleRetirementMonths());
  }

  public void setFemaleMonths(Integer months) {
    round.setFemaleRetirementMonths(months(getFemaleYears(), months));
  }

  private static Integer years(Integer months) {
    return months == null ? null : months / 12;
  }

  private static Integer restMonths(Integer months) {
    return months == null ? null : months % 12;
  }

  /** No years means the law's roadmap; months alone are added to nothing. */
  private static Integer months(Integer years, Integer months) {
    return years == null ? null : years * 12 + (months == null ? 0 : months);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public SelectionRound getRound() {
    return round;
  }

  public List<PostStanding> getStandings() {
    return standings;
  }

  public List<ExamPart> getExamParts() {
    return examParts;
  }

  public List<ExamSession> getSessions() {
    return roundSessions;
  }
}
