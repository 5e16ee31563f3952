package org.sathach.proctoring;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.sathach.platform.UtcInstantConverter;

/**
 * The board as the page's script reads it. Time left is sent as a deadline (epoch ms, frozen while
 * paused) so that the JSON only changes when something happens, not every second.
 */
final class BoardJson {
  private static final UtcInstantConverter TIME = new UtcInstantConverter();

  private BoardJson() {}

  static String of(long sessionId, EntityManager em, Instant now) {
    List<BoardRow> rows = BoardQuery.rows(em, sessionId, now);
    Object[] session =
        (Object[])
            em.createNativeQuery(
                    "SELECT paused_at, sealed_at, seal_hash, drawn_set FROM exam_session WHERE id ="
                        + " ?")
                .setParameter(1, sessionId)
                .getSingleResult();
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (BoardRow row : rows) {
      JsonObjectBuilder one =
          Json.createObjectBuilder()
              .add("seat", row.seatId())
              .add("number", row.candidateNumber())
              .add("name", row.fullName())
              .add("status", row.status().name())
              .add("answered", row.answered())
              .add("total", row.total())
              .add("focus", row.focusLosses())
              .add("incidents", row.incidents())
              .add("sanctions", row.sanctions());
      if (row.attemptId() != null) {
        one.add("attempt", row.attemptId());
      }
      if (row.lastSeen() != null) {
        one.add("lastSeen", row.lastSeen().toEpochMilli());
      }
      if (row.status() == BoardStatus.IN_PROGRESS) {
        one.add("deadline", row.deadline().toEpochMilli());
      } else if (row.status() == BoardStatus.PAUSED) {
        one.add("frozenSeconds", row.secondsLeft());
      }
      list.add(one);
    }
    JsonObjectBuilder board =
        Json.createObjectBuilder()
            .add("rows", list)
            .add("paused", session[0] != null)
            .add("sealed", session[1] != null)
            .add("sessionIncidents", BoardQuery.sessionIncidents(em, sessionId));
    if (session[2] != null) {
      board.add("seal", session[2].toString());
    }
    if (session[3] != null) {
      board.add("drawnSet", session[3].toString());
    }
    return board.build().toString();
  }

  static Instant instant(Object value) {
    return value == null ? null : TIME.convertToEntityAttribute(value);
  }
}
