package org.sathach.exam;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sathach.bank.QuestionVersion;
import org.sathach.bank.Questions;
import org.sathach.platform.Messages;

/**
 * The committee's paper verifier: shows a seat's stored papers (official and backup) question by
 * question and re-draws each from its recorded inputs to say whether it matches.
 */
@Named
@ViewScoped
public class CheckPaper implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Sessions sessions;
  @Inject transient Papers papers;
  @Inject transient Questions questions;

  private Long seatId;
  private Seat seat;
  private List<IssuedPaper> stored = List.of();
  private final Map<Long, Verification> results = new LinkedHashMap<>();

  public void load() {
    try {
      seat = sessions.seat(seatId);
      stored = papers.ofSeat(seat);
    } catch (ExamProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
  }

  public void verify() {
    results.clear();
    for (IssuedPaper paper : stored) {
      results.put(paper.getId(), papers.verify(paper));
    }
  }

  public Verification resultOf(IssuedPaper paper) {
    return results.get(paper.getId());
  }

  /** The stem of an item's version, for the committee to read what the candidate will see. */
  public String stemOf(PaperItem item) {
    QuestionVersion version = questions.version(item.versionId());
    return version.getStem();
  }

  public Long getSeatId() {
    return seatId;
  }

  public void setSeatId(Long seatId) {
    this.seatId = seatId;
  }

  public Seat getSeat() {
    return seat;
  }

  public List<IssuedPaper> getStored() {
    return stored;
  }
}
