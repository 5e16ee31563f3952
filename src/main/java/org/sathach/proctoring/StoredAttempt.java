package org.sathach.proctoring;

import jakarta.persistence.EntityManager;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sathach.exam.Paper;
import org.sathach.exam.PaperCodec;
import org.sathach.exam.PaperItem;

/**
 * One attempt of a session as the seal and the export read it: straight from the answer rows and
 * the paper, never from the answers hash recorded at submission, so that an answer row changed
 * afterwards changes the seal. {@code versionIds} is null when no paper was issued; {@code
 * responses} holds the stored response of each answered position.
 */
record StoredAttempt(
    String candidateNumber,
    long attemptId,
    String status,
    String recordedAnswersHash,
    List<Long> versionIds,
    Map<Integer, String> responses) {

  private static final String ATTEMPTS =
      "SELECT ap.candidate_number, a.id, a.status, a.answers_hash, p.items FROM attempt a"
          + " JOIN seat s ON s.id = a.seat_id JOIN application ap ON ap.id = s.application_id"
          + " LEFT JOIN paper p ON p.id = a.paper_id"
          + " WHERE a.session_id = ? ORDER BY ap.candidate_number, a.id";
  private static final String ANSWERS =
      "SELECT x.attempt_id, x.position, x.response FROM answer x"
          + " JOIN attempt a ON a.id = x.attempt_id WHERE a.session_id = ?";

  /** Whether the attempt was submitted or ended by a proctor: only then are its answers sealed. */
  boolean ended() {
    return "SUBMITTED".equals(status) || "TERMINATED".equals(status);
  }

  /** The attempt's line of the seal, its answers hashed from the rows as they are now. */
  SealHash.Entry sealEntry() {
    String answers =
        ended() && versionIds != null ? SealHash.answersHash(versionIds, responses) : null;
    return new SealHash.Entry(candidateNumber, attemptId, status, answers);
  }

  /** Every attempt of the session in candidate-number order, in two queries. */
  static List<StoredAttempt> ofSession(EntityManager em, long sessionId) {
    Map<Long, Map<Integer, String>> responses = new HashMap<>();
    for (Object r : em.createNativeQuery(ANSWERS).setParameter(1, sessionId).getResultList()) {
      Object[] row = (Object[]) r;
      String response = text(row[2]);
      if (response != null) {
        responses
            .computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
            .put(((Number) row[1]).intValue(), response);
      }
    }
    List<StoredAttempt> attempts = new ArrayList<>();
    for (Object r : em.createNativeQuery(ATTEMPTS).setParameter(1, sessionId).getResultList()) {
      Object[] row = (Object[]) r;
      long attemptId = ((Number) row[1]).longValue();
      String items = text(row[4]);
      attempts.add(
          new StoredAttempt(
              String.valueOf(row[0]),
              attemptId,
              String.valueOf(row[2]).strip(),
              row[3] == null ? null : text(row[3]).strip(),
              items == null ? null : versionIds(PaperCodec.decode(items)),
              Map.copyOf(responses.getOrDefault(attemptId, Map.of()))));
    }
    return attempts;
  }

  private static List<Long> versionIds(Paper paper) {
    return paper.items().stream().map(PaperItem::versionId).toList();
  }

  /** A text column's value, whether the driver gives a string or a character large object. */
  private static String text(Object value) {
    if (value instanceof Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (SQLException e) {
        throw new IllegalStateException("unreadable text column", e);
      }
    }
    return value == null ? null : value.toString();
  }
}
