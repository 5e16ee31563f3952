package org.sathach.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.platform.Messages;

/** The candidate's exams: each session's time and status, and check-in with the access code. */
@Named
@ViewScoped
public class MyExams implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Attempts attempts;

  private List<MyExam> exams;
  private final Map<Long, String> codes = new HashMap<>();

  @PostConstruct
  void init() {
    exams = attempts.mine();
  }

  /** Checks in to the seat with the code typed for it and opens the exam page. */
  public String checkIn(long seatId) {
    try {
      Attempt attempt = attempts.checkIn(seatId, codes.get(seatId));
      return "/candidate/exam?faces-redirect=true&attempt=" + attempt.getId();
    } catch (DeliveryProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
      return null;
    }
  }

  public List<MyExam> getExams() {
    return exams;
  }

  /** The access code typed per seat; a page binds {@code codes[seat.id]}. */
  public Map<Long, String> getCodes() {
    return codes;
  }
}
