package org.sathach.exam;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sathach.identity.User;
import org.sathach.platform.Dates;
import org.sathach.platform.Messages;
import org.sathach.round.Application;
import org.sathach.round.RoundProblem;

/**
 * A session's page for the committee: when, where, capacity, proctors; seating admitted candidates;
 * the papers generated for them and their verification; the printable door list.
 */
@Named
@ViewScoped
public class EditSession implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Sessions sessions;
  @Inject transient Papers papers;
  @Inject transient Dates dates;

  private Long id;
  private Long partId;
  private ExamSession session;
  private LocalDateTime startsAt;
  private List<Long> proctorIds = new ArrayList<>();
  private List<User> proctorChoices = List.of();
  private List<Seat> seats = List.of();
  private List<Application> seatable = List.of();
  private List<Long> toSeat = new ArrayList<>();
  private Map<Long, Long> papersPerSeat = Map.of();
  private List<String> mismatches;

  public void load() {
    try {
      session = id != null ? sessions.session(id) : sessions.draft(partId);
      startsAt = dates.toLocal(session.getStartsAt());
      proctorIds =
          new ArrayList<>(session.getProctors().stream().map(User::getId).sorted().toList());
      proctorChoices = sessions.proctorChoices();
      refresh();
    } catch (ExamProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  private void refresh() {
    if (session.getId() != null) {
      seats = sessions.seats(session);
      seatable = sessions.seatable(session.getId());
      papersPerSeat =
          papers.ofSession(session).stream()
              .collect(Collectors.groupingBy(p -> p.getSeat().getId(), Collectors.counting()));
    }
  }

  public String save() {
    try {
      boolean created = session.getId() == null;
      session.setStartsAt(dates.toInstant(startsAt));
      session = sessions.save(session, proctorIds);
      id = session.getId();
      Messages.info("session.saved");
      if (created) {
        return "/committee/session?faces-redirect=true&id=" + id;
      }
      refresh();
    } catch (ExamProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
    return null;
  }

  public void seatSelected() {
    try {
      sessions.seatCandidates(session.getId(), toSeat);
      toSeat = new ArrayList<>();
      session = sessions.session(session.getId());
      refresh();
      Messages.info("session.seated");
    } catch (ExamProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    } catch (RoundProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void unseat(Seat seat) {
    try {
      sessions.unseat(seat.getId(), null);
      refresh();
    } catch (ExamProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void generatePapers() {
    int generated = papers.generate(sessions.session(session.getId()));
    refresh();
    Messages.info("session.papersGenerated", generated);
  }

  public void verifyPapers() {
    mismatches = papers.verifySession(sessions.session(session.getId()));
    if (mismatches.isEmpty()) {
      Messages.info(
          "session.papersVerified", papersPerSeat.values().stream().mapToLong(l -> l).sum());
    } else {
      Messages.error("session.papersDiffer", mismatches.size());
    }
  }

  public long papersOf(Seat seat) {
    return papersPerSeat.getOrDefault(seat.getId(), 0L);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getPartId() {
    return partId;
  }

  public void setPartId(Long partId) {
    this.partId = partId;
  }

  public ExamSession getSession() {
    return session;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public List<Long> getProctorIds() {
    return proctorIds;
  }

  public void setProctorIds(List<Long> proctorIds) {
    this.proctorIds = proctorIds;
  }

  public List<User> getProctorChoices() {
    return proctorChoices;
  }

  public List<Seat> getSeats() {
    return seats;
  }

  public List<Application> getSeatable() {
    return seatable;
  }

  public List<Long> getToSeat() {
    return toSeat;
  }

  public void setToSeat(List<Long> toSeat) {
    this.toSeat = toSeat;
  }

  public List<String> getMismatches() {
    return mismatches;
  }
}
