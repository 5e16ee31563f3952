package org.sathach.proctoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sathach.exam.ExamSession;

/**
 * The live board of a session: its header (with the count of incidents of the whole session, not
 * tied to one candidate) and one row per seated candidate.
 */
public record SessionBoard(ExamSession session, List<BoardRow> rows, int sessionIncidents) {
  public SessionBoard {
    rows = List.copyOf(rows);
  }

  /** How many candidates are in each status, every status listed. */
  public Map<BoardStatus, Integer> counts() {
    Map<BoardStatus, Integer> counts = new EnumMap<>(BoardStatus.class);
    for (BoardStatus status : BoardStatus.values()) {
      counts.put(status, 0);
    }
    rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return counts;
  }

  /** Whether every attempt that started has ended. */
  public boolean allFinished() {
    return rows.stream()
        .noneMatch(r -> r.status() == BoardStatus.IN_PROGRESS || r.status() == BoardStatus.PAUSED);
  }

  /**
   * Whether a candidate checked in and could still start (waiting for admission, or admitted): such
   * an attempt must be refused, with its reason, before the session is sealed.
   */
  public boolean anyWaitingToStart() {
    return rows.stream()
        .anyMatch(r -> r.status() == BoardStatus.WAITING || r.status() == BoardStatus.ADMITTED);
  }
}
