package org.sathach.proctoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionBoardTest {
  private static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");

  private static SessionBoard board(BoardStatus... statuses) {
    List<BoardRow> rows =
        Arrays.stream(statuses)
            .map(s -> new BoardRow(1, 1L, "0001", "Nguyễn Văn A", s, 0, 7, 0, null, null, 0, 0, 0))
            .toList();
    return new SessionBoard(null, rows, 0);
  }

  @Test
  void everyStatusIsCountedAndAbsentOnesAreZero() {
    SessionBoard board =
        board(BoardStatus.IN_PROGRESS, BoardStatus.IN_PROGRESS, BoardStatus.NOT_ARRIVED);
    assertThat(board.counts()).hasSize(BoardStatus.values().length);
    assertThat(board.counts().get(BoardStatus.IN_PROGRESS)).isEqualTo(2);
    assertThat(board.counts().get(BoardStatus.NOT_ARRIVED)).isEqualTo(1);
    assertThat(board.counts().get(BoardStatus.PAUSED)).isZero();
  }

  @Test
  void aSessionWithAnAttemptInProgressOrPausedIsNotFinished() {
    assertThat(board(BoardStatus.SUBMITTED, BoardStatus.IN_PROGRESS).allFinished()).isFalse();
    assertThat(board(BoardStatus.SUBMITTED, BoardStatus.PAUSED).allFinished()).isFalse();
    assertThat(board(BoardStatus.SUBMITTED, BoardStatus.TERMINATED).allFinished()).isTrue();
  }

  @Test
  void aCheckedInCandidateWhoCouldStillStartHoldsTheSeal() {
    assertThat(board(BoardStatus.SUBMITTED, BoardStatus.WAITING).anyWaitingToStart()).isTrue();
    assertThat(board(BoardStatus.SUBMITTED, BoardStatus.ADMITTED).anyWaitingToStart()).isTrue();
    assertThat(
            board(
                    BoardStatus.SUBMITTED,
                    BoardStatus.TERMINATED,
                    BoardStatus.REFUSED,
                    BoardStatus.NOT_ARRIVED)
                .anyWaitingToStart())
        .isFalse();
  }

  @Test
  void timeLeftRunsWithTheClockAndStopsAtZero() {
    LocalDateTime deadline = LocalDateTime.parse("2026-05-04T02:10:00");
    assertThat(Proctoring.secondsLeft(deadline, null, NOW)).isEqualTo(600);
    assertThat(Proctoring.secondsLeft(deadline, null, NOW.plusSeconds(599))).isEqualTo(1);
    assertThat(Proctoring.secondsLeft(deadline, null, NOW.plusSeconds(3_600))).isZero();
    assertThat(Proctoring.secondsLeft(null, null, NOW)).isZero();
  }

  @Test
  void timeLeftIsFrozenWhilePaused() {
    LocalDateTime deadline = LocalDateTime.parse("2026-05-04T02:10:00");
    String pausedAt = "2026-05-04 02:04:00.000000";
    assertThat(Proctoring.secondsLeft(deadline, pausedAt, NOW)).isEqualTo(360);
    assertThat(Proctoring.secondsLeft(deadline, pausedAt, NOW.plusSeconds(3_600))).isEqualTo(360);
  }
}
