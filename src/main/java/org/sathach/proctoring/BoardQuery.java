package org.sathach.proctoring;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sathach.platform.UtcInstantConverter;

/**
 * Reads a whole board in one query, however many candidates the room holds: each seat with its
 * attempt, answered count, last sign of life (latest save, focus event or check-in), focus losses,
 * incidents and sanctions.
 */
final class BoardQuery {
  private static final UtcInstantConverter TIME = new UtcInstantConverter();

  private static final String SQL =
      "SELECT s.id, a.id, ap.candidate_number, ap.full_name, a.status, a.admission, a.deadline,"
          + " a.paused_at, p.item_count, a.checked_in_at,"
          + " (SELECT COUNT(*) FROM answer x WHERE x.attempt_id = a.id AND x.response IS NOT NULL),"
          + " (SELECT MAX(x.saved_at) FROM answer x WHERE x.attempt_id = a.id),"
          + " (SELECT MAX(e.occurred_at) FROM attempt_event e WHERE e.attempt_id = a.id),"
          + " (SELECT COUNT(*) FROM attempt_event e WHERE e.attempt_id = a.id"
          + "   AND e.kind = 'FOCUS_LOST'),"
          + " (SELECT COUNT(*) FROM incident i WHERE i.attempt_id = a.id),"
          + " (SELECT COUNT(*) FROM violation_record v WHERE v.attempt_id = a.id)"
          + " FROM seat s JOIN application ap ON ap.id = s.application_id"
          + " LEFT JOIN attempt a ON a.seat_id = s.id"
          + " LEFT JOIN paper p ON p.id = a.paper_id"
          + " WHERE s.session_id = ? ORDER BY ap.candidate_number";

  private static final String SESSION_INCIDENTS =
      "SELECT COUNT(*) FROM incident WHERE session_id = ? AND attempt_id IS NULL";

  private BoardQuery() {}

  /** Incidents of the whole session, not of one candidate (a power cut, a network failure). */
  static int sessionIncidents(EntityManager em, long sessionId) {
    return intOf(
        em.createNativeQuery(SESSION_INCIDENTS).setParameter(1, sessionId).getSingleResult());
  }

  static List<BoardRow> rows(EntityManager em, long sessionId, Instant now) {
    List<BoardRow> rows = new ArrayList<>();
    List<?> result = em.createNativeQuery(SQL).setParameter(1, sessionId).getResultList();
    for (Object r : result) {
      Object[] row = (Object[]) r;
      Long attemptId = row[1] == null ? null : ((Number) row[1]).longValue();
      rows.add(
          new BoardRow(
              ((Number) row[0]).longValue(),
              attemptId,
              String.valueOf(row[2]),
              String.valueOf(row[3]),
              status(row[4], row[5]),
              intOf(row[10]),
              intOf(row[8]),
              Proctoring.secondsLeft(row[6], row[7], now),
              row[6] == null ? null : TIME.convertToEntityAttribute(row[6]),
              latest(row[9], row[11], row[12]),
              intOf(row[13]),
              intOf(row[14]),
              intOf(row[15])));
    }
    return rows;
  }

  private static BoardStatus status(Object status, Object admission) {
    if (status == null) {
      return BoardStatus.NOT_ARRIVED;
    }
    return switch (status.toString()) {
      case "CHECKED_IN" ->
          switch (String.valueOf(admission)) {
            case "PENDING" -> BoardStatus.WAITING;
            case "REFUSED" -> BoardStatus.REFUSED;
            default -> BoardStatus.ADMITTED;
          };
      case "IN_PROGRESS" -> BoardStatus.IN_PROGRESS;
      case "PAUSED" -> BoardStatus.PAUSED;
      case "TERMINATED" -> BoardStatus.TERMINATED;
      default -> BoardStatus.SUBMITTED;
    };
  }

  private static Instant latest(Object... times) {
    Instant latest = null;
    for (Object time : times) {
      Instant t = time == null ? null : TIME.convertToEntityAttribute(time);
      if (t != null && (latest == null || t.isAfter(latest))) {
        latest = t;
      }
    }
    return latest;
  }

  private static int intOf(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }
}
