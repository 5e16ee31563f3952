package org.sathach.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test scaffolding for the appeal tests: publishes a computer part with the given blueprint and
 * opens a session for it now, with the given candidates seated and its paper set drawn.
 */
@ApplicationScoped
public class ComputerPartFixtures {
  @Inject ExamParts parts;
  @Inject Sessions sessions;
  @Inject Clock clock;

  /** The open session: its id, access code and each application's seat. */
  public record Opened(long sessionId, String accessCode, Map<Long, Long> seats) {}

  public Opened open(long partId, List<RowInput> blueprint, List<Long> applicationIds) {
    ExamPart part = parts.part(partId);
    part.setTimeLimitMinutes(60);
    part.setNavigation(Navigation.FREE);
    parts.saveRules(part);
    parts.saveBlueprint(partId, blueprint);
    parts.publish(partId);
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    ExamSession session = sessions.draft(partId);
    session.setName("Appeal session " + tag);
    session.setRoom("Appeal room");
    session.setCapacity(applicationIds.size() + 5);
    session.setAdmissionRequired(false);
    session.setStartsAt(now.plus(Duration.ofMinutes(5)));
    session = sessions.save(session, List.of());
    Map<Long, Long> seats = new HashMap<>();
    for (Seat seat : sessions.seatCandidates(session.getId(), applicationIds)) {
      seats.put(seat.getApplication().getId(), seat.getId());
    }
    session = sessions.session(session.getId());
    session.setStartsAt(now.minusSeconds(1));
    session.setWindowMinutes(180);
    session = sessions.save(session, List.of());
    String code = "PK" + tag.substring(0, 4);
    sessions.prepareForDemo(session.getId(), code);
    return new Opened(session.getId(), code, seats);
  }
}
