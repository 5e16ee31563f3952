package org.sathach.proctoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.sathach.platform.UtcInstantConverter;

/** The reads the push makes each second, each in a transaction of its own. */
@ApplicationScoped
@Transactional
public class BoardReads {
  private static final UtcInstantConverter TIME = new UtcInstantConverter();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  String boardJson(long sessionId) {
    return BoardJson.of(sessionId, em, clock.instant());
  }

  /** Each attempt's control state as JSON, by attempt id. */
  Map<Long, String> controlStates(long sessionId) {
    Map<Long, String> states = new HashMap<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT id, status, deadline, admission, paused_at FROM attempt WHERE session_id ="
                    + " ?")
            .setParameter(1, sessionId)
            .getResultList()) {
      Object[] row = (Object[]) r;
      long deadline = row[2] == null ? 0 : TIME.convertToEntityAttribute(row[2]).toEpochMilli();
      long pausedAt = row[4] == null ? 0 : TIME.convertToEntityAttribute(row[4]).toEpochMilli();
      states.put(
          ((Number) row[0]).longValue(),
          "{\"status\":\""
              + row[1]
              + "\",\"deadline\":"
              + deadline
              + ",\"pausedAt\":"
              + pausedAt
              + ",\"admission\":\""
              + row[3]
              + "\"}");
    }
    return states;
  }
}
