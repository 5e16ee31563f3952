package org.sathach.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sathach.audit.AuditTrail;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.identity.UserFilter;
import org.sathach.identity.Users;
import org.sathach.platform.Callers;
import org.sathach.round.Application;
import org.sathach.round.Applications;
import org.sathach.round.PostStanding;
import org.sathach.round.Rounds;

/**
 * The boundary of sessions (ca thi): scheduling them with room, capacity, proctors and access code,
 * seating admitted candidates (which gives them candidate numbers and, for a published part, their
 * papers at once), and the proctor's draw of the paper set by lot. Everything is audited.
 */
@ApplicationScoped
@Transactional
public class Sessions {
  /** Letters and digits nobody misreads when a proctor reads them out (no 0/O, 1/I/L). */
  private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private static final int CODE_LENGTH = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The proctor may draw the paper set from this long before the start. */
  static final Duration DRAW_OPENS_BEFORE = Duration.ofMinutes(60);

  @PersistenceContext private EntityManager em;
  @Inject private ExamParts parts;
  @Inject private Papers papers;
  @Inject private Rounds rounds;
  @Inject private Applications applications;
  @Inject private Users users;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  /** A new session of the part, not yet saved, with the round's late cut-off. */
  public ExamSession draft(long partId) {
    return new ExamSession(parts.part(partId), actor(), clock.instant());
  }

  /** Saves a new or edited session and its proctors; a new session gets its access code. */
  public ExamSession save(ExamSession session, List<Long> proctorIds) {
    check(session);
    boolean created = session.getId() == null;
    ExamSession saved;
    if (created) {
      session.setAccessCode(newAccessCode());
      em.persist(session);
      saved = session;
    } else {
      saved = em.merge(session);
      if (seats(saved).size() > saved.getCapacity()) {
        throw new ExamProblem("session.overCapacity", saved.getCapacity());
      }
    }
    Set<User> proctors = new HashSet<>();
    for (Long id : proctorIds == null ? List.<Long>of() : proctorIds) {
      User user = users.find(id).orElseThrow(() -> new ExamProblem("session.notProctor", id));
      if (!user.hasRole(Role.PROCTOR)) {
        throw new ExamProblem("session.notProctor", user.getUsername());
      }
      proctors.add(user);
    }
    saved.getProctors().clear();
    saved.getProctors().addAll(proctors);
    em.flush();
    audit.record(
        created ? "SESSION_CREATED" : "SESSION_UPDATED",
        target(saved),
        saved.getName()
            + " part:"
            + saved.getPart().getId()
            + " at "
            + saved.getStartsAt()
            + " room "
            + saved.getRoom()
            + " capacity "
            + saved.getCapacity()
            + " proctors "
            + proctors.stream().map(User::getUsername).sorted().collect(Collectors.joining(",")),
        null);
    return saved;
  }

  private void check(ExamSession s) {
    if (blank(s.getName()) || blank(s.getRoom()) || s.getStartsAt() == null) {
      throw new ExamProblem("session.required");
    }
    if (s.getCapacity() < 1 || s.getLateMinutes() < 0 || s.getWindowMinutes() < 1) {
      throw new ExamProblem("session.numbers");
    }
    Integer limit = s.getPart().getTimeLimitMinutes();
    if (limit != null && s.getWindowMinutes() < limit) {
      throw new ExamProblem("session.windowTooShort", limit);
    }
  }

  public ExamSession session(long id) {
    ExamSession session = em.find(ExamSession.class, id);
    if (session == null) {
      throw new ExamProblem("session.notFound");
    }
    return session;
  }

  public List<ExamSession> ofRound(long roundId) {
    return em.createNamedQuery(ExamSession.OF_ROUND, ExamSession.class)
        .setParameter("round", roundId)
        .getResultList();
  }

  /** The sessions the logged-in proctor is assigned to. */
  public List<ExamSession> mine() {
    return em.createNamedQuery(ExamSession.OF_PROCTOR, ExamSession.class)
        .setParameter("username", actor())
        .getResultList();
  }

  public List<Seat> seats(ExamSession session) {
    return em.createNamedQuery(Seat.OF_SESSION, Seat.class)
        .setParameter("session", session)
        .getResultList();
  }

  /** The seats of a candidate, by user name, soonest session first. */
  public List<Seat> seatsOf(String username) {
    return em.createQuery(
            "SELECT s FROM Seat s WHERE s.application.candidate.username = :username"
                + " ORDER BY s.session.startsAt",
            Seat.class)
        .setParameter("username", username)
        .getResultList();
  }

  /** The paper of a seat in one set, if it was generated. */
  public java.util.Optional<IssuedPaper> paperOf(Seat seat, PaperSet set) {
    return papers.ofSeat(seat).stream().filter(p -> p.getPaperSet() == set).findFirst();
  }

  public Seat seat(long id) {
    Seat seat = em.find(Seat.class, id);
    if (seat == null) {
      throw new ExamProblem("seat.notFound");
    }
    return seat;
  }

  /**
   * The admitted candidates who may still be seated for the session's part: of the post for a
   * professional part, of every post that can be examined for a round-wide part.
   */
  public List<Application> seatable(long sessionId) {
    ExamSession session = session(sessionId);
    ExamPart part = session.getPart();
    List<Long> postIds =
        rounds.standings(part.getRound().getId()).stream()
            .filter(PostStanding::examinable)
            .map(s -> s.post().getId())
            .filter(id -> part.getPost() == null || part.getPost().getId().equals(id))
            .toList();
    Set<Long> seated =
        em
            .createQuery("SELECT s.application.id FROM Seat s WHERE s.part = :part", Long.class)
            .setParameter("part", part)
            .getResultList()
            .stream()
            .collect(Collectors.toSet());
    return applications.admitted(postIds).stream()
        .filter(a -> !seated.contains(a.getId()))
        .toList();
  }

  /**
   * Seats candidates: each must be seatable (admitted, of an examinable post, not yet seated for
   * the part) and the room must hold them. Each gets a candidate number; for a published part the
   * new seats' papers are generated now, before the session opens.
   */
  public List<Seat> seatCandidates(long sessionId, List<Long> applicationIds) {
    ExamSession session = session(sessionId);
    if (session.isOpenAt(clock.instant())) {
      throw new ExamProblem("session.alreadyOpen");
    }
    // One seating of a part at a time: the capacity and "seated once per part" checks below
    // would otherwise race between two committee members (or two instances).
    em.lock(session.getPart(), LockModeType.PESSIMISTIC_WRITE);
    java.util.Map<Long, Application> allowed =
        seatable(sessionId).stream()
            .collect(Collectors.toMap(Application::getId, java.util.function.Function.identity()));
    int taken = seats(session).size();
    if (taken + applicationIds.size() > session.getCapacity()) {
      throw new ExamProblem("session.overCapacity", session.getCapacity());
    }
    List<Seat> seated = new ArrayList<>();
    for (Long id : applicationIds) {
      Application application = allowed.remove(id);
      if (application == null) {
        throw new ExamProblem("seat.notSeatable", id);
      }
      String number = applications.numberFor(id);
      Seat seat = new Seat(session, application);
      em.persist(seat);
      seated.add(seat);
      audit.record(
          "CANDIDATE_SEATED", target(session), "application:" + id + " number " + number, null);
    }
    em.flush();
    papers.generate(session);
    return seated;
  }

  /** Takes a candidate out of a session that has not opened; their papers go with the seat. */
  public void unseat(long seatId, String reason) {
    Seat seat = seat(seatId);
    ExamSession session = seat.getSession();
    if (session.isOpenAt(clock.instant())) {
      throw new ExamProblem("session.alreadyOpen");
    }
    papers.ofSeat(seat).forEach(em::remove);
    em.remove(seat);
    audit.record(
        "CANDIDATE_UNSEATED",
        target(session),
        "application:" + seat.getApplication().getId(),
        reason);
  }

  /**
   * The proctor draws by lot which paper set the session uses: once, by a proctor of the session,
   * from {@link #DRAW_OPENS_BEFORE} before the start until the late cut-off, and only when the
   * papers exist.
   */
  public ExamSession drawPaperSet(long sessionId) {
    ExamSession session = session(sessionId);
    if (!session.isProctoredBy(actor())) {
      throw new ExamProblem("session.notYourSession");
    }
    if (session.getDrawnSet() != null) {
      throw new ExamProblem("session.alreadyDrawn", session.getDrawnSet());
    }
    Instant now = clock.instant();
    if (now.isBefore(session.getStartsAt().minus(DRAW_OPENS_BEFORE))
        || now.isAfter(session.lateCutoff())) {
      throw new ExamProblem("session.drawWindow");
    }
    if (session.getPart().getKind().isComputerBased()) {
      papers.generate(session);
      if (papers.ofSession(session).isEmpty()) {
        throw new ExamProblem("session.noPapers");
      }
    }
    PaperSet set = PaperSet.values()[RANDOM.nextInt(PaperSet.values().length)];
    session.recordDraw(set, actor(), now);
    audit.record("PAPER_SET_DRAWN", target(session), set.name(), null);
    return session;
  }

  /**
   * Demo mode only: the session gets a fixed access code (printed in the README) and its paper set
   * is drawn at once by the system, so a newcomer can sit the exam right after the first start.
   */
  void prepareForDemo(long sessionId, String accessCode) {
    ExamSession session = session(sessionId);
    session.setAccessCode(accessCode);
    papers.generate(session);
    PaperSet set = PaperSet.values()[RANDOM.nextInt(PaperSet.values().length)];
    session.recordDraw(set, Callers.SYSTEM, clock.instant());
    audit.record("PAPER_SET_DRAWN", target(session), set.name(), "demo session, drawn at start-up");
  }

  /** Enabled users with the PROCTOR role, for the session form. */
  public List<User> proctorChoices() {
    return users.page(new UserFilter(null, Role.PROCTOR, true, "fullName", true), 0, 500);
  }

  private static String newAccessCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < CODE_LENGTH; i++) {
      code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return code.toString();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private String actor() {
    return Callers.name(security);
  }

  /** The audit target of a session, for the features that act on it. */
  public static String targetOf(ExamSession session) {
    return target(session);
  }

  static String target(ExamSession session) {
    return "session:" + session.getId();
  }
}
