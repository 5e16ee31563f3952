package org.sathach.proctoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.sathach.exam.ExamSession;

/**
 * A session's hand-over export: every attempt with each paper position's version and stored
 * response, its answers hash as recorded at submission and the seal, with the two rules that
 * recompute them. Anyone can check the seal from this file alone: the export reads the same rows as
 * the seal ({@link StoredAttempt}) and states the rules of {@link SealHash}.
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
    for (StoredAttempt attempt : StoredAttempt.ofSession(em, sessionId)) {
      JsonObjectBuilder one =
          Json.createObjectBuilder()
              .add("candidateNumber", attempt.candidateNumber())
              .add("attemptId", attempt.attemptId())
              .add("status", attempt.status())
              .add(
                  "answersHash",
                  attempt.recordedAnswersHash() == null ? "" : attempt.recordedAnswersHash());
      if (attempt.versionIds() != null) {
        one.add("answers", answers(attempt));
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

  private static JsonArrayBuilder answers(StoredAttempt attempt) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < attempt.versionIds().size(); i++) {
      list.add(
          Json.createObjectBuilder()
              .add("position", i)
              .add("versionId", attempt.versionIds().get(i))
              .add("response", attempt.responses().getOrDefault(i, "")));
    }
    return list;
  }
}
