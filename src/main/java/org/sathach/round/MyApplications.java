package org.sathach.round;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The candidate's home: their applications and the rounds open to apply to. */
@Named
@ViewScoped
public class MyApplications implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Applications applications;
  @Inject transient Rounds rounds;

  private List<Application> mine;
  private List<SelectionRound> open;

  @PostConstruct
  void init() {
    mine = applications.mine();
    Set<Long> applied = mine.stream().map(a -> a.getRound().getId()).collect(Collectors.toSet());
    open = rounds.open().stream().filter(r -> !applied.contains(r.getId())).toList();
  }

  public List<Application> getMine() {
    return mine;
  }

  public List<SelectionRound> getOpen() {
    return open;
  }
}
