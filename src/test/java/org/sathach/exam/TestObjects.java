package org.sathach.exam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sathach.identity.User;
import org.sathach.round.Application;
import org.sathach.round.Post;
import org.sathach.round.PostLevel;
import org.sathach.round.SelectionRound;

/**
 * Exam objects built outside persistence, for the unit tests of other features that need a seat or
 * an issued paper (whose constructors belong to this package): a round, a post, a candidate's
 * application, a computer-based part, a session with an id, a seat in it and a paper for it.
 */
public final class TestObjects {
  /** The id the test session reports, as if it had been stored. */
  public static final long SESSION_ID = 7L;

  private TestObjects() {}

  /**
   * A session of a theory part with {@code timeLimitMinutes}, starting at {@code startsAt}, with
   * the round's late cut-off of {@code lateMinutes}: its window is the time limit plus the late
   * cut-off plus 15 minutes.
   */
  public static ExamSession session(Instant startsAt, int timeLimitMinutes, int lateMinutes) {
    SelectionRound round = new RoundForTest();
    round.setName("Đợt thi tuyển thử");
    round.setLateMinutes(lateMinutes);
    round.setAppointmentDate(LocalDate.of(2027, 1, 1));
    ExamPart part = new ExamPart(round, null, PartKind.THEORY);
    part.setTimeLimitMinutes(timeLimitMinutes);
    ExamSession session = new SessionForTest(part, startsAt.minusSeconds(86_400));
    session.setStartsAt(startsAt);
    return session;
  }

  /** A seat in {@code session} for a candidate called {@code username}. */
  public static Seat seat(ExamSession session, String username) {
    Instant applied = session.getStartsAt().minusSeconds(30L * 86_400);
    Post post = new Post(session.getPart().getRound(), PostLevel.DIVISION);
    post.setTitle("Trưởng phòng thử");
    User candidate = new User(username, "Thí sinh " + username, applied);
    Application application = new Application(post, candidate, "committee", applied);
    return new Seat(session, application);
  }

  /** The official paper issued to {@code seat}, drawn with {@code seed}. */
  public static IssuedPaper paper(Seat seat, long seed, List<PaperItem> items) {
    return new IssuedPaper(
        seat, PaperSet.OFFICIAL, seed, new Paper(items), seat.getSession().getStartsAt());
  }

  /** A round outside persistence, for the rules that read its settings. */
  private static final class RoundForTest extends SelectionRound {}

  /** A session outside persistence that reports an id, as a stored one would. */
  private static final class SessionForTest extends ExamSession {
    SessionForTest(ExamPart part, Instant createdAt) {
      super(part, "committee", createdAt);
    }

    @Override
    public Long getId() {
      return SESSION_ID;
    }
  }
}
