package org.sathach.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sathach.audit.AuditTrail;

/**
 * The boundary of papers: generating every seat's official and backup paper before its session
 * opens (a start only reads one), reading them, and verifying any stored paper against its recorded
 * inputs.
 */
@ApplicationScoped
@Transactional
public class Papers {
  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** The snapshot recorded at the part's publication, in version id order. */
  public List<PoolQuestion> snapshot(ExamPart part) {
    return em
        .createNamedQuery(SnapshotEntry.OF_PART, SnapshotEntry.class)
        .setParameter("part", part.getId())
        .getResultList()
        .stream()
        .map(SnapshotEntry::pool)
        .toList();
  }

  /** Generates the missing papers of every session of a published part. */
  public int generateForPart(ExamPart part) {
    int generated = 0;
    for (ExamSession session :
        em.createQuery("SELECT s FROM ExamSession s WHERE s.part = :part", ExamSession.class)
            .setParameter("part", part)
            .getResultList()) {
      generated += generate(session);
    }
    return generated;
  }

  /**
   * Generates the official and backup papers of each seat of the session that lacks them; nothing
   * for a part not yet published. Seats that have papers keep them.
   *
   * @return how many papers were generated
   */
  public int generate(ExamSession session) {
    ExamPart part = session.getPart();
    if (!part.getKind().isComputerBased() || !part.isPublished()) {
      return 0;
    }
    Set<String> have = new HashSet<>();
    for (IssuedPaper paper : ofSession(session)) {
      have.add(paper.getSeat().getId() + "/" + paper.getPaperSet());
    }
    List<Seat> seats =
        em.createNamedQuery(Seat.OF_SESSION, Seat.class)
            .setParameter("session", session)
            .getResultList();
    List<PoolQuestion> snapshot = null;
    Blueprint blueprint = part.blueprint();
    int generated = 0;
    for (Seat seat : seats) {
      for (PaperSet set : PaperSet.values()) {
        if (have.contains(seat.getId() + "/" + set)) {
          continue;
        }
        if (snapshot == null) {
          snapshot = snapshot(part);
        }
        long seed = seedOf(part, set, seat);
        Paper paper =
            PaperGenerator.generate(
                blueprint, snapshot, seed, part.isShuffleQuestions(), part.isShuffleOptions());
        em.persist(new IssuedPaper(seat, set, seed, paper, clock.instant()));
        generated++;
      }
    }
    if (generated > 0) {
      em.flush();
      audit.record("PAPERS_GENERATED", Sessions.target(session), generated + " papers", null);
    }
    return generated;
  }

  /** The seed a seat's paper of a set is drawn from: derived from the part's recorded seed. */
  static long seedOf(ExamPart part, PaperSet set, Seat seat) {
    return PaperSeeds.forCandidate(
        PaperSeeds.forSet(part.getSeed(), set), seat.getCandidateNumber());
  }

  public List<IssuedPaper> ofSession(ExamSession session) {
    return em.createNamedQuery(IssuedPaper.OF_SESSION, IssuedPaper.class)
        .setParameter("session", session)
        .getResultList();
  }

  public List<IssuedPaper> ofSeat(Seat seat) {
    return em.createNamedQuery(IssuedPaper.OF_SEAT, IssuedPaper.class)
        .setParameter("seat", seat)
        .getResultList();
  }

  /**
   * Re-draws a stored paper from the part's published blueprint, its recorded snapshot and the seed
   * derived from the part's seed and the candidate number, and compares. A stored seed that is not
   * the derived one is a difference too.
   */
  public Verification verify(IssuedPaper stored) {
    ExamPart part = stored.getSeat().getPart();
    long seed = seedOf(part, stored.getPaperSet(), stored.getSeat());
    if (seed != stored.getSeed()) {
      return Verification.differsAt(-1, "the stored seed is not the one the part's seed gives");
    }
    return PaperVerifier.verify(
        stored.paper(),
        part.blueprint(),
        snapshot(part),
        seed,
        part.isShuffleQuestions(),
        part.isShuffleOptions());
  }

  /** Verifies every paper of the session; returns the ones that do not match, with why. */
  public List<String> verifySession(ExamSession session) {
    List<String> mismatches = new ArrayList<>();
    for (IssuedPaper paper : ofSession(session)) {
      Verification result = verify(paper);
      if (!result.matches()) {
        mismatches.add(
            paper.getSeat().getCandidateNumber()
                + " "
                + paper.getPaperSet()
                + ": "
                + result.difference());
      }
    }
    audit.record(
        "PAPERS_VERIFIED",
        Sessions.target(session),
        mismatches.isEmpty() ? "all match" : mismatches.size() + " differ",
        null);
    return mismatches;
  }
}
