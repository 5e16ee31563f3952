package org.sathach.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sathach.exam.ExamSession;
import org.sathach.exam.IssuedPaper;
import org.sathach.exam.PaperItem;
import org.sathach.exam.Seat;
import org.sathach.exam.TestObjects;

/**
 * The time rules of an attempt with a clock the test moves: the deadline stored at the start, the
 * grace after it, the refusals, and linear navigation.
 */
class AttemptTimeRulesTest {
  /** The session opens at 08:00 in Hà Nội; 60 minutes, 30 minutes late cut-off, window 105. */
  private static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");

  private static final Duration LIMIT = Duration.ofMinutes(60);
  private static final Duration GRACE = Duration.ofSeconds(30);
  private static final Duration NONE = Duration.ZERO;

  private final ExamSession session = TestObjects.session(OPENS, 60, 30);
  private final Seat seat = TestObjects.seat(session, "thisinh01");
  private final IssuedPaper paper =
      TestObjects.paper(
          seat,
          42L,
          List.of(
              new PaperItem(1, BigDecimal.ONE, List.of(0, 1, 2, 3)),
              new PaperItem(2, BigDecimal.ONE, List.of(1, 0)),
              new PaperItem(3, BigDecimal.ONE, List.of())));

  /** The test's clock: starts at the opening and only moves forward when told. */
  private Instant now = OPENS;

  private Attempt checkedIn() {
    return new Attempt(seat, OPENS.minusSeconds(600));
  }

  private Attempt startedAt(Instant at, Duration accommodation) {
    now = at;
    Attempt attempt = checkedIn();
    attempt.start(paper, now, LIMIT, accommodation, session.endsAt(), false);
    return attempt;
  }

  private Attempt linearStarted() {
    Attempt attempt = checkedIn();
    attempt.start(paper, now, LIMIT, NONE, session.endsAt(), true);
    return attempt;
  }

  private void advance(Duration by) {
    now = now.plus(by);
  }

  private static DeliveryProblem refusal(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(DeliveryProblem.class);
    return (DeliveryProblem) thrown;
  }

  @Test
  void theSessionUnderTestHasTheWindowTheRulesAssume() {
    assertThat(session.endsAt()).isEqualTo(OPENS.plus(Duration.ofMinutes(105)));
    assertThat(checkedIn().getSessionId()).isEqualTo(TestObjects.SESSION_ID);
    assertThat(checkedIn().getCandidate()).isEqualTo("thisinh01");
  }

  @Test
  void aCheckedInAttemptHasNoDeadlineYet() {
    Attempt attempt = checkedIn();
    assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.CHECKED_IN);
    assertThat(attempt.getDeadline()).isNull();
    assertThat(attempt.getPaper()).isNull();
  }

  @Test
  void theDeadlineIsTheStartPlusTheTimeLimit() {
    Attempt attempt = startedAt(OPENS.plusSeconds(90), NONE);
    assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.IN_PROGRESS);
    assertThat(attempt.getStartedAt()).isEqualTo(OPENS.plusSeconds(90));
    assertThat(attempt.getDeadline()).isEqualTo(OPENS.plusSeconds(90).plus(LIMIT));
    assertThat(attempt.getPaper()).isSameAs(paper);
  }

  @Test
  void anAccommodationIsAddedToTheDeadline() {
    Attempt attempt = startedAt(OPENS.plus(Duration.ofMinutes(5)), Duration.ofMinutes(15));
    assertThat(attempt.getDeadline()).isEqualTo(OPENS.plus(Duration.ofMinutes(5 + 60 + 15)));
  }

  @Test
  void aLateStarterGetsOnlyWhatIsLeftOfTheWindow() {
    Attempt attempt = startedAt(OPENS.plus(Duration.ofMinutes(50)), NONE);
    assertThat(attempt.getDeadline()).isEqualTo(session.endsAt());
    assertThat(attempt.remainingAt(now)).isEqualTo(Duration.ofMinutes(55));
  }

  @Test
  void aLateStarterWithAnAccommodationKeepsTheAccommodationPastTheWindowEnd() {
    Attempt attempt = startedAt(OPENS.plus(Duration.ofMinutes(60)), Duration.ofMinutes(10));
    assertThat(attempt.getDeadline()).isEqualTo(session.endsAt().plus(Duration.ofMinutes(10)));
  }

  @Test
  void aStartThatEndsExactlyAtTheWindowEndIsNotCut() {
    Attempt attempt = startedAt(OPENS.plus(Duration.ofMinutes(45)), NONE);
    assertThat(attempt.getDeadline()).isEqualTo(session.endsAt());
    assertThat(attempt.getDeadline()).isEqualTo(attempt.getStartedAt().plus(LIMIT));
  }

  @Test
  void answersAreTakenUntilTheDeadlinePlusGraceInclusive() {
    Attempt attempt = startedAt(OPENS, NONE);
    assertThat(attempt.acceptsAnswerAt(now, GRACE)).isTrue();
    advance(LIMIT);
    assertThat(attempt.acceptsAnswerAt(now, GRACE)).isTrue();
    advance(GRACE);
    assertThat(attempt.acceptsAnswerAt(now, GRACE)).isTrue();
    assertThat(attempt.refusalAt(now, GRACE)).isNull();
  }

  @Test
  void anAnswerOneNanosecondAfterTheGraceIsRefusedAsPastTheDeadline() {
    Attempt attempt = startedAt(OPENS, NONE);
    advance(LIMIT.plus(GRACE).plusNanos(1));
    assertThat(attempt.acceptsAnswerAt(now, GRACE)).isFalse();
    assertThat(attempt.refusalAt(now, GRACE)).isEqualTo("attempt.pastDeadline");
  }

  @Test
  void anAnswerOneSecondAfterTheGraceIsRefusedAsPastTheDeadline() {
    Attempt attempt = startedAt(OPENS, NONE);
    advance(LIMIT.plus(GRACE).plusSeconds(1));
    assertThat(attempt.acceptsAnswerAt(now, GRACE)).isFalse();
    assertThat(attempt.refusalAt(now, GRACE)).isEqualTo("attempt.pastDeadline");
  }

  @Test
  void theGraceIsCountedFromTheCappedDeadlineOfALateStarter() {
    Attempt attempt = startedAt(OPENS.plus(Duration.ofMinutes(70)), NONE);
    now = session.endsAt().plus(GRACE);
    assertThat(attempt.acceptsAnswerAt(now, GRACE)).isTrue();
    advance(Duration.ofNanos(1));
    assertThat(attempt.acceptsAnswerAt(now, GRACE)).isFalse();
  }

  @Test
  void anAnswerBeforeTheStartIsRefusedAsNotStarted() {
    Attempt attempt = checkedIn();
    assertThat(attempt.acceptsAnswerAt(now, GRACE)).isFalse();
    assertThat(attempt.refusalAt(now, GRACE)).isEqualTo("attempt.notStarted");
  }

  @Test
  void anAnswerAfterSubmittingIsRefusedAsSubmittedEvenWithTimeLeft() {
    Attempt attempt = startedAt(OPENS, NONE);
    advance(Duration.ofMinutes(20));
    attempt.submit(now, SubmittedBy.CANDIDATE, "hash", BigDecimal.ONE, BigDecimal.TEN);
    assertThat(attempt.acceptsAnswerAt(now, GRACE)).isFalse();
    assertThat(attempt.refusalAt(now, GRACE)).isEqualTo("attempt.submitted");
    advance(Duration.ofHours(2));
    assertThat(attempt.refusalAt(now, GRACE)).isEqualTo("attempt.submitted");
  }

  @Test
  void anAttemptIsOverdueOnlyOnceTheDeadlineAndTheGraceHavePassed() {
    Attempt attempt = startedAt(OPENS, NONE);
    advance(LIMIT);
    assertThat(attempt.isOverdueAt(now, GRACE)).isFalse();
    advance(GRACE);
    assertThat(attempt.isOverdueAt(now, GRACE)).isFalse();
    advance(Duration.ofNanos(1));
    assertThat(attempt.isOverdueAt(now, GRACE)).isTrue();
  }

  @Test
  void neitherACheckedInNorASubmittedAttemptIsOverdue() {
    Instant muchLater = OPENS.plus(Duration.ofDays(1));
    assertThat(checkedIn().isOverdueAt(muchLater, GRACE)).isFalse();
    Attempt submitted = startedAt(OPENS, NONE);
    submitted.submit(
        OPENS.plusSeconds(60), SubmittedBy.CANDIDATE, "h", BigDecimal.ZERO, BigDecimal.ONE);
    assertThat(submitted.isOverdueAt(muchLater, GRACE)).isFalse();
  }

  @Test
  void theRemainingTimeCountsDownToTheDeadline() {
    Attempt attempt = startedAt(OPENS, NONE);
    assertThat(attempt.remainingAt(now)).isEqualTo(LIMIT);
    advance(Duration.ofMinutes(45).plusSeconds(30));
    assertThat(attempt.remainingAt(now)).isEqualTo(Duration.ofMinutes(14).plusSeconds(30));
  }

  @Test
  void theRemainingTimeIsNeverNegative() {
    Attempt attempt = startedAt(OPENS, NONE);
    advance(LIMIT);
    assertThat(attempt.remainingAt(now)).isEqualTo(Duration.ZERO);
    advance(GRACE.plusSeconds(3600));
    assertThat(attempt.remainingAt(now)).isEqualTo(Duration.ZERO);
  }

  @Test
  void theRemainingTimeIsZeroOnceSubmitted() {
    Attempt attempt = startedAt(OPENS, NONE);
    advance(Duration.ofMinutes(10));
    attempt.submit(now, SubmittedBy.CANDIDATE, "h", BigDecimal.ZERO, BigDecimal.ONE);
    assertThat(attempt.remainingAt(now)).isEqualTo(Duration.ZERO);
  }

  @Test
  void thereIsNoTimeLeftToShowBeforeTheStart() {
    Attempt attempt = checkedIn();
    assertThat(attempt.remainingAt(now)).isEqualTo(Duration.ZERO);
  }

  @Test
  void startingTwiceIsAConflict() {
    Attempt attempt = startedAt(OPENS, NONE);
    Instant deadline = attempt.getDeadline();
    advance(Duration.ofMinutes(5));
    DeliveryProblem problem =
        refusal(() -> attempt.start(paper, now, LIMIT, NONE, session.endsAt(), false));
    assertThat(problem.messageKey()).isEqualTo("attempt.alreadyStarted");
    assertThat(problem.isConflict()).isTrue();
    assertThat(attempt.getDeadline()).isEqualTo(deadline);
    assertThat(attempt.getStartedAt()).isEqualTo(OPENS);
  }

  @Test
  void startingASubmittedAttemptIsAConflict() {
    Attempt attempt = startedAt(OPENS, NONE);
    attempt.submit(now, SubmittedBy.CANDIDATE, "h", BigDecimal.ZERO, BigDecimal.ONE);
    DeliveryProblem problem =
        refusal(() -> attempt.start(paper, now, LIMIT, NONE, session.endsAt(), false));
    assertThat(problem.messageKey()).isEqualTo("attempt.alreadyStarted");
    assertThat(problem.isConflict()).isTrue();
    assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.SUBMITTED);
  }

  @Test
  void submittingRecordsWhenByWhomAndTheAutomaticMarks() {
    Attempt attempt = startedAt(OPENS, NONE);
    advance(Duration.ofMinutes(61));
    attempt.submit(now, SubmittedBy.SERVER, "abc", new BigDecimal("7.5"), BigDecimal.TEN);
    assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.SUBMITTED);
    assertThat(attempt.getSubmittedAt()).isEqualTo(now);
    assertThat(attempt.getSubmittedBy()).isEqualTo(SubmittedBy.SERVER);
    assertThat(attempt.getAnswersHash()).isEqualTo("abc");
    assertThat(attempt.getAutoPoints()).isEqualByComparingTo("7.5");
    assertThat(attempt.getAutoMax()).isEqualByComparingTo("10");
  }

  @Test
  void submittingTwiceIsAConflictAndKeepsTheFirstSubmission() {
    Attempt attempt = startedAt(OPENS, NONE);
    Instant first = now.plusSeconds(600);
    attempt.submit(first, SubmittedBy.CANDIDATE, "first", BigDecimal.ONE, BigDecimal.TEN);
    advance(Duration.ofMinutes(20));
    DeliveryProblem problem =
        refusal(
            () ->
                attempt.submit(now, SubmittedBy.SERVER, "second", BigDecimal.TEN, BigDecimal.TEN));
    assertThat(problem.messageKey()).isEqualTo("attempt.submitted");
    assertThat(problem.isConflict()).isTrue();
    assertThat(attempt.getSubmittedAt()).isEqualTo(first);
    assertThat(attempt.getSubmittedBy()).isEqualTo(SubmittedBy.CANDIDATE);
    assertThat(attempt.getAnswersHash()).isEqualTo("first");
    assertThat(attempt.getAutoPoints()).isEqualByComparingTo("1");
  }

  @Test
  void submittingBeforeTheStartIsAConflict() {
    Attempt attempt = checkedIn();
    DeliveryProblem problem =
        refusal(
            () -> attempt.submit(now, SubmittedBy.CANDIDATE, "h", BigDecimal.ZERO, BigDecimal.ONE));
    assertThat(problem.messageKey()).isEqualTo("attempt.notStarted");
    assertThat(problem.isConflict()).isTrue();
    assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.CHECKED_IN);
  }

  @Test
  void aLinearAttemptMovesForwardOneQuestionAtATime() {
    Attempt attempt = linearStarted();
    assertThat(attempt.isLinear()).isTrue();
    assertThat(attempt.getReached()).isZero();
    attempt.advance(0, 3);
    assertThat(attempt.getReached()).isEqualTo(1);
    attempt.advance(1, 3);
    assertThat(attempt.getReached()).isEqualTo(2);
  }

  @Test
  void aLinearAttemptCannotMovePastTheLastQuestion() {
    Attempt attempt = linearStarted();
    attempt.advance(0, 3);
    attempt.advance(1, 3);
    DeliveryProblem problem = refusal(() -> attempt.advance(2, 3));
    assertThat(problem.messageKey()).isEqualTo("attempt.linearOrder");
    assertThat(problem.isConflict()).isTrue();
    assertThat(attempt.getReached()).isEqualTo(2);
  }

  @Test
  void aLinearAttemptRefusesToMoveFromAQuestionItLeftBehind() {
    Attempt attempt = linearStarted();
    attempt.advance(0, 3);
    DeliveryProblem problem = refusal(() -> attempt.advance(0, 3));
    assertThat(problem.messageKey()).isEqualTo("attempt.linearOrder");
    assertThat(problem.isConflict()).isTrue();
    assertThat(attempt.getReached()).isEqualTo(1);
  }

  @Test
  void aLinearAttemptRefusesToMoveFromAQuestionNotYetReached() {
    Attempt attempt = linearStarted();
    DeliveryProblem problem = refusal(() -> attempt.advance(1, 3));
    assertThat(problem.messageKey()).isEqualTo("attempt.linearOrder");
    assertThat(attempt.getReached()).isZero();
  }

  @Test
  void aOneQuestionPaperHasNowhereToMove() {
    Attempt attempt = linearStarted();
    DeliveryProblem problem = refusal(() -> attempt.advance(0, 1));
    assertThat(problem.messageKey()).isEqualTo("attempt.linearOrder");
    assertThat(attempt.getReached()).isZero();
  }

  @Test
  void aSubmittedAttemptDoesNotMove() {
    Attempt attempt = linearStarted();
    attempt.submit(now, SubmittedBy.CANDIDATE, "h", BigDecimal.ZERO, BigDecimal.ONE);
    DeliveryProblem problem = refusal(() -> attempt.advance(0, 3));
    assertThat(problem.messageKey()).isEqualTo("attempt.submitted");
    assertThat(problem.isConflict()).isTrue();
    assertThat(attempt.getReached()).isZero();
  }

  @Test
  void anAttemptThatHasNotStartedDoesNotMoveAndSaysSo() {
    Attempt attempt = checkedIn();
    DeliveryProblem problem = refusal(() -> attempt.advance(0, 3));
    assertThat(problem.messageKey()).isEqualTo("attempt.notStarted");
    assertThat(problem.isConflict()).isTrue();
    assertThat(attempt.getReached()).isZero();
  }
}
