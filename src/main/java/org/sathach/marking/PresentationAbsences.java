package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sathach.audit.AuditTrail;
import org.sathach.identity.Role;
import org.sathach.platform.Callers;
import org.sathach.platform.UtcInstantConverter;

/**
 * The committee's record that a candidate did not present their action plan. Without it a candidate
 * with no sheets is still waiting to present, and the post's results stay incomplete; with it the
 * part is absent, and the candidate fails it. A record can be withdrawn (a mistake); both are
 * audited with the reason.
 */
@ApplicationScoped
@Transactional
public class PresentationAbsences {
  private static final UtcInstantConverter TIME = new UtcInstantConverter();

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  public void record(long partId, long applicationId, String reason) {
    requireCommittee();
    if (reason == null || reason.isBlank()) {
      throw new MarkingProblem("presentation.absence.reasonRequired");
    }
    if (absent(partId).contains(applicationId)) {
      return;
    }
    em.createNativeQuery(
            "INSERT INTO presentation_absence"
                + " (part_id, application_id, reason, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, partId)
        .setParameter(2, applicationId)
        .setParameter(3, reason.strip())
        .setParameter(4, Callers.name(security))
        .setParameter(5, TIME.convertToDatabaseColumn(clock.instant()))
        .executeUpdate();
    audit.record(
        "PRESENTATION_ABSENT", "application " + applicationId, "part " + partId, reason.strip());
  }

  public void withdraw(long partId, long applicationId, String reason) {
    requireCommittee();
    if (reason == null || reason.isBlank()) {
      throw new MarkingProblem("presentation.absence.reasonRequired");
    }
    int removed =
        em.createNativeQuery(
                "DELETE FROM presentation_absence WHERE part_id = ? AND application_id = ?")
            .setParameter(1, partId)
            .setParameter(2, applicationId)
            .executeUpdate();
    if (removed > 0) {
      audit.record(
          "PRESENTATION_ABSENCE_WITHDRAWN",
          "application " + applicationId,
          "part " + partId,
          reason.strip());
    }
  }

  /** The applications recorded absent from a presentation part. */
  public Set<Long> absent(long partId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("SELECT application_id FROM presentation_absence WHERE part_id = ?")
            .setParameter(1, partId)
            .getResultList();
    Set<Long> ids = new HashSet<>();
    rows.forEach(r -> ids.add(((Number) r).longValue()));
    return ids;
  }

  private void requireCommittee() {
    if (!security.isCallerInRole(Role.COMMITTEE.name()) && !Callers.isSystem(security)) {
      throw new MarkingProblem("marking.committeeOnly");
    }
  }
}
