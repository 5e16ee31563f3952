package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.sathach.audit.AuditTrail;
import org.sathach.delivery.AttemptStatus;
import org.sathach.exam.ExamPart;
import org.sathach.identity.Role;
import org.sathach.identity.UserFilter;
import org.sathach.identity.Users;

/**
 * The committee's marking settings of a computer part: how its objective answers earn points
 * (partial credit, negative marking) and who may mark its essays. The rules are fixed once any
 * attempt of the part is submitted, because submitted answers were already marked under them; a
 * wrong rule found later needs an audited regrade, not a quiet edit.
 */
@ApplicationScoped
@Transactional
public class MarkingSettings {
  /** The negative fraction is stored with 4 decimals. */
  private static final int FRACTION_SCALE = 4;

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Users users;

  /** Saves the part's marking rules; refused once an attempt of the part is submitted. */
  public ExamPart save(long partId, MarkingMode mode, BigDecimal negativeFraction) {
    if (!security.isCallerInRole(Role.COMMITTEE.name())) {
      throw new MarkingProblem("marking.committeeOnly");
    }
    ExamPart part = em.find(ExamPart.class, partId, LockModeType.PESSIMISTIC_WRITE);
    if (part == null) {
      throw new MarkingProblem("marking.partNotFound");
    }
    if (!part.getKind().isComputerBased()) {
      throw new MarkingProblem("essay.notComputerPart");
    }
    if (mode == null) {
      throw new MarkingProblem("essay.modeNeeded");
    }
    BigDecimal fraction = negativeFraction == null ? BigDecimal.ZERO : negativeFraction;
    if (fraction.signum() < 0
        || fraction.compareTo(BigDecimal.ONE) > 0
        || fraction.stripTrailingZeros().scale() > FRACTION_SCALE) {
      throw new MarkingProblem("essay.negativeRange");
    }
    long submitted = submittedAttempts(partId);
    if (submitted > 0) {
      throw new MarkingProblem("essay.rulesLocked", submitted);
    }
    part.setMarkingMode(mode);
    part.setNegativeFraction(fraction);
    audit.record(
        "MARKING_RULES_SET",
        "part:" + partId,
        "mode=" + mode + " negative=" + fraction.stripTrailingZeros().toPlainString(),
        null);
    return part;
  }

  /** How many attempts of the part are over (submitted or terminated). */
  public long submittedAttempts(long partId) {
    return em.createQuery(
            "SELECT COUNT(a) FROM Attempt a WHERE a.seat.part.id = :p AND a.status IN :over",
            Long.class)
        .setParameter("p", partId)
        .setParameter("over", List.of(AttemptStatus.SUBMITTED, AttemptStatus.TERMINATED))
        .getSingleResult();
  }

  /** An examiner the committee may name as a marker. */
  public record Examiner(String username, String fullName) implements java.io.Serializable {}

  /** The enabled examiners, by full name. */
  public List<Examiner> examiners() {
    return users.page(new UserFilter(null, Role.EXAMINER, true, "fullName", true), 0, 500).stream()
        .map(u -> new Examiner(u.getUsername(), u.getFullName()))
        .toList();
  }
}
