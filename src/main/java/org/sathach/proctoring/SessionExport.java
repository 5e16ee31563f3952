package org.sathach.proctoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.exam.ExamSession;
import org.sathach.exam.Paper;
import org.sathach.exam.PaperCodec;

/**
 * A session's hand-over export: every attempt with each paper position's version and stored
 * response, its answers hash and the seal, with the two rules that recompute them. Anyone can check
 * the seal from this file alone.
 */
@ApplicationScoped
@Transactional
public class SessionExport {
  static final String ANSWERS_RULE =
      "answersHash = SHA-256 (hex) of UTF-8 lines 'position:versionId:response\\n' for every"
          + " position of the paper in order, response empty when unanswered";
  static final String SEAL_RULE =
      "seal = SHA-256 (hex) of UTF-8 lines 'candidateNumber|attemptId|status|answersHash\\n' in"
          + " candidate-number order (answersHash empty when not submitted)";

  @PersistenceContext private EntityManager em;
  @Inject private Proctoring proctoring;

  public String of(long sessionId) {
    ExamSession session = proctoring.readable(sessionId);
    JsonArrayBuilder attempts = Json.createArrayBuilder();
    List<?> rows =
        em.createNativeQuery(
                "SELECT ap.candidate_number, a.id, a.status, a.answers_hash, p.items FROM attempt a"
                    + " JOIN seat s ON s.id = a.seat_id JOIN application ap ON ap.id ="
                    + " s.application_id LEFT JOIN paper p ON p.id = a.paper_id"
                    + " WHERE a.session_id = ? ORDER BY ap.candidate_number")
            .setParameter(1, sessionId)
            .getResultList();
    for (Object r : rows) {
      Object[] row = (Object[]) r;
      long attemptId = ((Number) row[1]).longValue();
      JsonObjectBuilder one =
          Json.createObjectBuilder()
              .add("candidateNumber", String.valueOf(row[0]))
              .add("attemptId", attemptId)
              .add("status", String.valueOf(row[2]))
              .add("answersHash", row[3] == null ? "" : row[3].toString());
      if (row[4] != null) {
        one.add("answers", answers(attemptId, PaperCodec.decode(row[4].toString())));
      }
      attempts.add(one);
    }
    JsonObjectBuilder export =
        Json.createObjectBuilder()
            .add("session", sessionId)
            .add("name", session.getName())
            .add("answersRule", ANSWERS_RULE)
            .add("sealRule", SEAL_RULE)
            .add("attempts", attempts);
    if (session.getSealHash() != null) {
      export.add("seal", session.getSealHash());
    }
    return export.build().toString();
  }

  private JsonArrayBuilder answers(long attemptId, Paper paper) {
    Map<Integer, String> stored = new HashMap<>();
    for (Object r :
        em.createNativeQuery("SELECT position, response FROM answer WHERE attempt_id = ?")
            .setParameter(1, attemptId)
            .getResultList()) {
      Object[] row = (Object[]) r;
      if (row[1] != null) {
        stored.put(((Number) row[0]).intValue(), row[1].toString());
      }
    }
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < paper.items().size(); i++) {
      list.add(
          Json.createObjectBuilder()
              .add("position", i)
              .add("versionId", paper.items().get(i).versionId())
              .add("response", stored.getOrDefault(i, "")));
    }
    return list;
  }
}
