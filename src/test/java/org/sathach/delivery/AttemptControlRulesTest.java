package org.sathach.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sathach.exam.ExamSession;
import org.sathach.exam.IssuedPaper;
import org.sathach.exam.PaperItem;
import org.sathach.exam.Seat;
import org.sathach.exam.TestObjects;

/**
 * The proctor's pause, resume and extension as time arithmetic, with a clock the test moves: a
 * 60-minute part started at 09:00 (Hà Nội time) in a session whose window is longer (105 minutes).
 */
class AttemptControlRulesTest {
  private static final Instant OPENS = Instant.parse("2026-12-01T02:00:00Z");
  private static final Duration LIMIT = Duration.ofMinutes(60);
  private static final Duration GRACE = Duration.ofSeconds(30);

  private final ExamSession session = TestObjects.session(OPENS, 60, 30);
  private final Seat seat = TestObjects.seat(session, "thisinh01");
  private final IssuedPaper paper =
      TestObjects.paper(seat, 7L, List.of(new PaperItem(1, BigDecimal.ONE, List.of(0, 1))));

  private Attempt started() {
    Attempt attempt = new Attempt(seat, OPENS.minusSeconds(300));
    attempt.start(paper, OPENS, LIMIT, Duration.ZERO, session.endsAt(), false);
    return attempt;
  }

  private static String refusalKey(Runnable action) {
    Throwable thrown = catchThrowable(action::run);
    assertThat(thrown).isInstanceOf(DeliveryProblem.class);
    return ((DeliveryProblem) thrown).messageKey();
  }

  @Test
  void aPauseFreezesTheTimeLeftAndRefusesAnswers() {
    Attempt attempt = started();
    Instant pausedAt = OPENS.plus(Duration.ofMinutes(20));
    attempt.pause(pausedAt);
    assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.PAUSED);
    // 40 minutes were left at the pause, and still are 7 minutes later.
    assertThat(attempt.remainingAt(pausedAt.plus(Duration.ofMinutes(7))))
        .isEqualTo(Duration.ofMinutes(40));
    assertThat(attempt.refusalAt(pausedAt.plusSeconds(1), GRACE)).isEqualTo("attempt.paused");
    assertThat(attempt.acceptsAnswerAt(pausedAt.plusSeconds(1), GRACE)).isFalse();
  }

  @Test
  void resumingMovesTheDeadlineByExactlyThePausedTime() {
    Attempt attempt = started();
    attempt.pause(OPENS.plus(Duration.ofMinutes(20)));
    attempt.resume(OPENS.plus(Duration.ofMinutes(27)).plusSeconds(15));
    // 10:00 + 7 min 15 s.
    assertThat(attempt.getDeadline()).isEqualTo(OPENS.plus(LIMIT).plus(Duration.ofSeconds(435)));
    assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.IN_PROGRESS);
    assertThat(attempt.getPausedAt()).isNull();
    assertThat(attempt.remainingAt(OPENS.plus(Duration.ofMinutes(27)).plusSeconds(15)))
        .isEqualTo(Duration.ofMinutes(40));
  }

  @Test
  void twoPausesAddUp() {
    Attempt attempt = started();
    attempt.pause(OPENS.plus(Duration.ofMinutes(10)));
    attempt.resume(OPENS.plus(Duration.ofMinutes(13)));
    attempt.pause(OPENS.plus(Duration.ofMinutes(30)));
    attempt.resume(OPENS.plus(Duration.ofMinutes(35)));
    assertThat(attempt.getDeadline()).isEqualTo(OPENS.plus(Duration.ofMinutes(60 + 3 + 5)));
  }

  @Test
  void anExtensionAddsItsMinutesAndIsCounted() {
    Attempt attempt = started();
    attempt.extend(10, OPENS.plus(Duration.ofMinutes(50)));
    attempt.extend(5, OPENS.plus(Duration.ofMinutes(55)));
    assertThat(attempt.getDeadline()).isEqualTo(OPENS.plus(Duration.ofMinutes(75)));
    assertThat(attempt.getExtendedMinutes()).isEqualTo(15);
    // An answer at 10:14:30 is taken; the old deadline plus grace would have refused it.
    assertThat(attempt.acceptsAnswerAt(OPENS.plus(Duration.ofMinutes(74)).plusSeconds(30), GRACE))
        .isTrue();
  }

  @Test
  void aPausedAttemptCanBeExtendedAndKeepsBoth() {
    Attempt attempt = started();
    attempt.pause(OPENS.plus(Duration.ofMinutes(20)));
    attempt.extend(10, OPENS.plus(Duration.ofMinutes(21)));
    attempt.resume(OPENS.plus(Duration.ofMinutes(24)));
    assertThat(attempt.getDeadline()).isEqualTo(OPENS.plus(Duration.ofMinutes(60 + 10 + 4)));
  }

  @Test
  void extensionsOutsideOneToTwoHundredFortyMinutesAreRefused() {
    Attempt attempt = started();
    assertThat(refusalKey(() -> attempt.extend(0, OPENS))).isEqualTo("attempt.extendRange");
    assertThat(refusalKey(() -> attempt.extend(241, OPENS))).isEqualTo("attempt.extendRange");
    assertThat(attempt.getDeadline()).isEqualTo(OPENS.plus(LIMIT));
  }

  @Test
  void onlyAnAttemptInProgressPausesAndOnlyAPausedOneResumes() {
    Attempt attempt = started();
    assertThat(refusalKey(() -> attempt.resume(OPENS))).isEqualTo("attempt.notPaused");
    attempt.pause(OPENS.plusSeconds(60));
    assertThat(refusalKey(() -> attempt.pause(OPENS.plusSeconds(61)))).isEqualTo("attempt.paused");
    Attempt checkedIn = new Attempt(seat, OPENS);
    assertThat(refusalKey(() -> checkedIn.pause(OPENS))).isEqualTo("attempt.notInProgress");
    assertThat(refusalKey(() -> checkedIn.extend(5, OPENS))).isEqualTo("attempt.notInProgress");
  }

  @Test
  void aSubmittedAttemptIsNeitherPausedNorExtended() {
    Attempt attempt = started();
    attempt.submit(
        OPENS.plusSeconds(600), SubmittedBy.CANDIDATE, "h", BigDecimal.ZERO, BigDecimal.ONE);
    assertThat(refusalKey(() -> attempt.pause(OPENS.plusSeconds(601))))
        .isEqualTo("attempt.notInProgress");
    assertThat(refusalKey(() -> attempt.extend(5, OPENS.plusSeconds(601))))
        .isEqualTo("attempt.notInProgress");
  }

  @Test
  void theProctorEndsAPausedAttemptAsTerminated() {
    Attempt attempt = started();
    attempt.pause(OPENS.plusSeconds(600));
    attempt.submit(
        OPENS.plusSeconds(700), SubmittedBy.PROCTOR, "h", BigDecimal.ZERO, BigDecimal.ONE);
    assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.TERMINATED);
    assertThat(attempt.getPausedAt()).isNull();
    assertThat(attempt.remainingAt(OPENS.plusSeconds(800))).isEqualTo(Duration.ZERO);
  }
}
