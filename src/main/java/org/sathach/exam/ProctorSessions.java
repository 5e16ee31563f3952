package org.sathach.exam;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sathach.platform.Messages;

/** The proctor's sessions: when and where, the access code to read out, the draw of the set. */
@Named
@ViewScoped
public class ProctorSessions implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Sessions sessions;
  @Inject transient java.time.Clock clock;

  private List<ExamSession> mine;

  @PostConstruct
  void init() {
    mine = sessions.mine();
  }

  public void draw(ExamSession session) {
    try {
      ExamSession drawn = sessions.drawPaperSet(session.getId());
      Messages.info("session.drawn", Messages.text("paperSet." + drawn.getDrawnSet()));
    } catch (ExamProblem problem) {
      Messages.error(problem.messageKey(), problem.args());
    }
    mine = sessions.mine();
  }

  /** Whether the draw is possible now: from an hour before the start to the late cut-off. */
  public boolean drawable(ExamSession session) {
    java.time.Instant now = clock.instant();
    return session.getDrawnSet() == null
        && !now.isBefore(session.getStartsAt().minus(Sessions.DRAW_OPENS_BEFORE))
        && !now.isAfter(session.lateCutoff());
  }

  public int seatCount(ExamSession session) {
    return sessions.seats(session).size();
  }

  public List<ExamSession> getMine() {
    return mine;
  }
}
