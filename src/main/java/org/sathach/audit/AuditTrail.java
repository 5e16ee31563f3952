package org.sathach.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The boundary of the audit trail: appends events to the hash chain and verifies it.
 *
 * <p>An event joins the caller's transaction, so it is recorded if and only if the change it
 * describes is committed. Appending locks the chain's head row until that commit: call {@link
 * #record} as the last step of a boundary method to keep the lock short.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {
  static final String SYSTEM = "system";
  private static final int PAGE = 500;

  @PersistenceContext private EntityManager em;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  /** Records an event by the current caller (or {@code system} when nobody is logged in). */
  @Transactional
  public AuditRecord record(String action, String target, String details, String reason) {
    return record(currentActor(), action, target, details, reason);
  }

  /** Records an event by a named actor, e.g. the user name typed into a failed login. */
  @Transactional
  public AuditRecord record(
      String actor, String action, String target, String details, String reason) {
    AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    long seq = head.lastSeq() + 1;
    Instant at = AuditChain.truncate(clock.instant());
    String actorName = actor == null || actor.isBlank() ? SYSTEM : clip(actor, 64);
    // The row's content first, then its hash over exactly that content (AuditChain.hashOf).
    AuditRecord content =
        new AuditRecord(
            seq,
            at,
            actorName,
            action,
            clip(target, 200),
            clip(details, 4000),
            clip(reason, 2000),
            head.lastHash(),
            null);
    String hash = AuditChain.hashOf(content);
    AuditRecord record =
        new AuditRecord(
            seq,
            at,
            content.actor(),
            action,
            content.target(),
            content.details(),
            content.reason(),
            content.prevHash(),
            hash);
    em.persist(new AuditEvent(record));
    head.advance(seq, hash);
    return record;
  }

  /** Walks the whole chain in order and reports the first broken link. */
  @Transactional
  public Verification verify() {
    AuditHead head = em.find(AuditHead.class, AuditHead.ID);
    AuditChain chain = new AuditChain();
    long from = 1;
    while (true) {
      List<AuditEvent> page =
          em.createNamedQuery(AuditEvent.FROM_SEQ, AuditEvent.class)
              .setParameter("from", from)
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEvent event : page) {
        Optional<BrokenLink> broken = chain.check(event.toRecord());
        if (broken.isPresent()) {
          return Verification.broken(chain.checked(), broken.get(), clock.instant());
        }
      }
      if (page.size() < PAGE) {
        break;
      }
      from = page.get(page.size() - 1).getSeq() + 1;
      em.clear();
    }
    return chain
        .checkEnd(head.lastSeq(), head.lastHash())
        .map(link -> Verification.broken(chain.checked(), link, clock.instant()))
        .orElseGet(() -> Verification.intact(chain.checked(), clock.instant()));
  }

  /** The most recent events first, for the audit page. */
  public List<AuditEvent> latest(int first, int max, String actionFilter, String actorFilter) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE (:action IS NULL OR e.action = :action)"
                + " AND (:actor IS NULL OR e.actor = :actor) ORDER BY e.seq DESC",
            AuditEvent.class)
        .setParameter("action", blankToNull(actionFilter))
        .setParameter("actor", blankToNull(actorFilter))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(String actionFilter, String actorFilter) {
    return em.createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE (:action IS NULL OR e.action = :action)"
                + " AND (:actor IS NULL OR e.actor = :actor)",
            Long.class)
        .setParameter("action", blankToNull(actionFilter))
        .setParameter("actor", blankToNull(actorFilter))
        .getSingleResult();
  }

  private String currentActor() {
    try {
      Principal principal = security.getCallerPrincipal();
      return principal == null ? SYSTEM : principal.getName();
    } catch (RuntimeException outsideRequest) {
      return SYSTEM;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
