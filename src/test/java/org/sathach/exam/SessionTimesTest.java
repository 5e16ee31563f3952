package org.sathach.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sathach.round.SelectionRound;

/** The time rules of a session: when content opens, the late cut-off, the window's end. */
class SessionTimesTest {
  private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");

  private static ExamSession session(int lateMinutes) {
    SelectionRound round = new SelectionRoundForTest();
    round.setLateMinutes(lateMinutes);
    round.setAppointmentDate(LocalDate.of(2027, 1, 1));
    ExamPart part = new ExamPart(round, null, PartKind.THEORY);
    ExamSession session = new ExamSession(part, "committee", START.minusSeconds(86400));
    session.setStartsAt(START);
    return session;
  }

  @Test
  void contentOpensAtTheStartAndNotASecondBefore() {
    ExamSession session = session(30);
    assertThat(session.isOpenAt(START.minusSeconds(1))).isFalse();
    assertThat(session.isOpenAt(START)).isTrue();
  }

  @Test
  void aCandidateIsAdmittedUntilTheCutOffInclusive() {
    ExamSession session = session(30);
    assertThat(session.lateCutoff()).isEqualTo(START.plusSeconds(30 * 60));
    assertThat(session.admitsArrivalAt(START.plusSeconds(30 * 60))).isTrue();
    assertThat(session.admitsArrivalAt(START.plusSeconds(30 * 60 + 1))).isFalse();
  }

  @Test
  void theRoundsCutOffIsTheDefaultAndTheWindowCoversTheTimeLimitAndTheLateArrival() {
    ExamSession session = session(20);
    assertThat(session.getLateMinutes()).isEqualTo(20);
    assertThat(session.getWindowMinutes()).isEqualTo(60 + 20 + 15);
    assertThat(session.endsAt()).isEqualTo(START.plusSeconds(95 * 60));
  }

  /** A round outside persistence, for the rules that read its settings. */
  private static final class SelectionRoundForTest extends SelectionRound {}
}
