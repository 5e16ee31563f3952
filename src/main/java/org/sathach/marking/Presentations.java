package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sathach.audit.AuditTrail;
import org.sathach.exam.ExamPart;
import org.sathach.exam.ExamParts;
import org.sathach.exam.ExamProblem;
import org.sathach.exam.PartKind;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.identity.UserFilter;
import org.sathach.identity.Users;
import org.sathach.platform.Callers;
import org.sathach.round.Application;
import org.sathach.round.Applications;
import org.sathach.round.Post;
import org.sathach.round.Rounds;

/**
 * The boundary of action-plan presentations (thuyết trình đề án). The committee sets up a round's
 * presentation part — the scoring sheet's criteria, the board members, how their sheets combine —
 * and draws the presentation order by lot, once, from a recorded seed. Each board member submits
 * one final scoring sheet per candidate and only then sees the other members' sheets for that
 * candidate. The part's mark on 100 exists once every member has submitted. Candidates are the
 * round's admitted applications (decided eligible by the committee); they never read sheets. Every
 * change is audited.
 */
@ApplicationScoped
@Transactional
public class Presentations implements PresentationMarks {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private ExamParts parts;
  @Inject private Rounds rounds;
  @Inject private Applications applications;
  @Inject private Users users;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;
  @Inject private Clock clock;

  // ---- reading the setup ------------------------------------------------------------------

  /** The presentation part, if the caller is the committee or one of its board members. */
  public ExamPart part(long partId) {
    ExamPart part = presentationPart(partId);
    if (!isCommittee() && !isMember(partId)) {
      throw new MarkingProblem("presentation.notMember");
    }
    return part;
  }

  public List<CriterionEntry> criteria(long partId) {
    part(partId);
    return criteriaOf(partId);
  }

  public List<User> members(long partId) {
    part(partId);
    return membersOf(partId).stream().map(BoardMember::getUser).toList();
  }

  public BoardAggregation aggregation(long partId) {
    part(partId);
    return aggregationOf(partId);
  }

  public Optional<PresentationDraw> drawOf(long partId) {
    part(partId);
    return Optional.ofNullable(em.find(PresentationDraw.class, partId));
  }

  /** Enabled users with the EXAMINER role, for the board picker. */
  public List<User> memberChoices() {
    requireCommittee();
    return users.page(new UserFilter(null, Role.EXAMINER, true, "fullName", true), 0, 500);
  }

  /** The presentation parts on whose board the caller sits. */
  public List<ExamPart> myParts() {
    return em
        .createNamedQuery(BoardMember.PARTS_OF, Long.class)
        .setParameter("username", actor())
        .getResultList()
        .stream()
        .sorted(Comparator.reverseOrder())
        .map(parts::part)
        .toList();
  }

  // ---- the committee's setup --------------------------------------------------------------

  /** Replaces the criteria; refused once any sheet exists, since sheets score these criteria. */
  public List<CriterionEntry> setCriteria(long partId, List<PresentationCriterion> criteria) {
    ExamPart part = setupable(partId);
    PresentationRules.checkCriteria(criteria);
    criteriaOf(partId).forEach(em::remove);
    em.flush();
    for (int i = 0; i < criteria.size(); i++) {
      em.persist(new CriterionEntry(partId, i, criteria.get(i)));
    }
    em.flush();
    audit.record(
        "PRESENTATION_CRITERIA",
        target(part),
        criteria.stream()
            .map(c -> c.name() + "=" + c.maxPoints().toPlainString())
            .collect(Collectors.joining("; ")),
        null);
    return criteriaOf(partId);
  }

  /** Replaces the board: 3 to 9 enabled examiners; refused once any sheet exists. */
  public List<User> setMembers(long partId, List<Long> userIds) {
    ExamPart part = setupable(partId);
    Set<Long> distinct = new LinkedHashSet<>(userIds);
    PresentationRules.checkBoardSize(distinct.size());
    List<User> chosen = new ArrayList<>();
    for (Long id : distinct) {
      User user = users.find(id).orElse(null);
      if (user == null || !user.isEnabled() || !user.hasRole(Role.EXAMINER)) {
        throw new MarkingProblem("presentation.board.notExaminer");
      }
      chosen.add(user);
    }
    membersOf(partId).forEach(em::remove);
    em.flush();
    chosen.forEach(user -> em.persist(new BoardMember(partId, user)));
    em.flush();
    audit.record(
        "PRESENTATION_BOARD",
        target(part),
        chosen.stream().map(User::getUsername).sorted().collect(Collectors.joining(",")),
        null);
    return chosen;
  }

  /** Sets how sheets combine into the mark; refused once any sheet exists. */
  public void setAggregation(long partId, BoardAggregation how) {
    ExamPart part = setupable(partId);
    if (how == null) {
      throw new MarkingProblem("presentation.aggregationRequired");
    }
    em.createNativeQuery("UPDATE exam_part SET board_aggregation = ? WHERE id = ?")
        .setParameter(1, how.name())
        .setParameter(2, partId)
        .executeUpdate();
    audit.record("PRESENTATION_AGGREGATION", target(part), how.name(), null);
  }

  /**
   * Draws the presentation order by lot, once, among at least 2 candidates: candidate numbers are
   * given to those who have none yet, a seed is taken from {@link SecureRandom} and recorded with
   * who drew and when, and the audit trail holds the seed and the order so anyone can re-draw it.
   */
  public PresentationDraw draw(long partId) {
    requireCommittee();
    ExamPart part = presentationPart(partId);
    em.lock(part, LockModeType.PESSIMISTIC_WRITE);
    if (em.find(PresentationDraw.class, partId) != null) {
      throw new MarkingProblem("presentation.draw.already");
    }
    List<Application> candidates = candidatesOf(part);
    if (candidates.size() < 2) {
      throw new MarkingProblem("presentation.draw.tooFew");
    }
    Map<String, Long> byNumber = new HashMap<>();
    for (Application a : candidates) {
      byNumber.put(applications.numberFor(a.getId()), a.getId());
    }
    long seed = RANDOM.nextLong();
    PresentationOrder order = PresentationOrder.draw(byNumber.keySet(), seed);
    List<Long> ids = order.order().stream().map(byNumber::get).toList();
    PresentationDraw draw = new PresentationDraw(partId, order, ids, actor(), clock.instant());
    em.persist(draw);
    em.flush();
    audit.record(
        "PRESENTATION_ORDER_DRAWN",
        target(part),
        "seed=" + seed + " order=" + String.join(",", order.order()),
        null);
    return draw;
  }

  // ---- the board's sheets -----------------------------------------------------------------

  /** The caller's candidates in turn order, each with the state of the caller's own sheet. */
  public List<PresentationRow> myCandidates(long partId) {
    presentationPart(partId);
    requireMember(partId);
    return rows(partId, actor());
  }

  /** Every candidate with the sheets in and the mark once complete, for the committee. */
  public List<PresentationRow> progress(long partId) {
    requireCommittee();
    presentationPart(partId);
    return rows(partId, null);
  }

  /**
   * A board member submits their sheet for a candidate: a score for every criterion, 0 to its
   * maximum, at most 2 decimals. Final: a second sheet is refused.
   */
  public PresentationSheet submit(
      long partId, long applicationId, Map<Long, BigDecimal> scores, String comment) {
    ExamPart part = presentationPart(partId);
    User member = requireMember(partId);
    List<CriterionEntry> criteria = criteriaOf(partId);
    if (criteria.isEmpty()) {
      throw new MarkingProblem("presentation.sheet.noCriteria");
    }
    requireCandidate(part, applicationId);
    if (sheetOf(partId, applicationId, member.getUsername()).isPresent()) {
      throw new MarkingProblem("presentation.sheet.already");
    }
    Map<Long, PresentationCriterion> byId = new LinkedHashMap<>();
    criteria.forEach(c -> byId.put(c.getId(), c.criterion()));
    Map<Long, BigDecimal> given = scores == null ? Map.of() : new HashMap<>(scores);
    given.values().removeIf(v -> v == null);
    PresentationRules.checkScores(byId, given);
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    if (note != null && note.length() > 2000) {
      throw new MarkingProblem("presentation.sheet.commentTooLong", 2000);
    }
    PresentationSheet sheet =
        new PresentationSheet(partId, applicationId, member, given, note, clock.instant());
    em.persist(sheet);
    em.flush();
    BigDecimal total = sheet.scoringSheet(criteria).total(byId.values().stream().toList());
    audit.record(
        "PRESENTATION_SHEET_SUBMITTED",
        "application:" + applicationId,
        target(part) + " sheet:" + sheet.getId() + " total=" + total.toPlainString(),
        null);
    return sheet;
  }

  /** The caller's own sheet for a candidate, if submitted. */
  public Optional<SheetView> mySheet(long partId, long applicationId) {
    presentationPart(partId);
    User member = requireMember(partId);
    List<CriterionEntry> criteria = criteriaOf(partId);
    return sheetOf(partId, applicationId, member.getUsername())
        .map(s -> view(s, criteria, List.of()));
  }

  /**
   * Every submitted sheet for a candidate: for the committee at any time; for a board member only
   * after their own sheet for that candidate is in, so that nobody scores with the others' figures
   * in view.
   */
  public List<SheetView> sheets(long partId, long applicationId) {
    ExamPart part = presentationPart(partId);
    if (!isCommittee()) {
      User member = requireMember(partId);
      if (sheetOf(partId, applicationId, member.getUsername()).isEmpty()) {
        throw new MarkingProblem("presentation.sheet.ownFirst");
      }
    }
    requireCandidate(part, applicationId);
    List<CriterionEntry> criteria = criteriaOf(partId);
    List<PresentationSheet> sheets = sheetsOf(partId, applicationId);
    List<String> setAside =
        markOf(partId, applicationId, criteria, sheets)
            .map(PresentationMark::setAside)
            .orElse(null);
    return sheets.stream()
        .map(s -> view(s, criteria, setAside == null ? List.of() : setAside))
        .toList();
  }

  // ---- marks ------------------------------------------------------------------------------
  // Marks carry no sheet and no member: the ranking reads them and decides who sees them.

  /** The part's mark on 100 for a candidate once every board member has submitted, else empty. */
  public Optional<BigDecimal> mark(long partId, long applicationId) {
    presentationPart(partId);
    return markOf(partId, applicationId, criteriaOf(partId), sheetsOf(partId, applicationId))
        .map(PresentationMark::mark);
  }

  /** Application id → mark on 100, for the candidates every board member has scored. */
  @Override
  public Map<Long, BigDecimal> marks(long partId) {
    presentationPart(partId);
    Map<Long, BigDecimal> marks = new LinkedHashMap<>();
    marksOf(partId).forEach((id, mark) -> marks.put(id, mark.mark()));
    return marks;
  }

  // ---- internals --------------------------------------------------------------------------

  private List<PresentationRow> rows(long partId, String member) {
    ExamPart part = presentationPart(partId);
    int expected = membersOf(partId).size();
    Map<Long, Integer> turns = new HashMap<>();
    PresentationDraw draw = em.find(PresentationDraw.class, partId);
    if (draw != null) {
      draw.getTurns().forEach(t -> turns.put(t.getApplicationId(), t.getTurn()));
    }
    Map<Long, List<PresentationSheet>> sheets = sheetsByApplication(partId);
    Map<Long, PresentationMark> marks = marksOf(partId);
    List<PresentationRow> rows = new ArrayList<>();
    for (Application a : candidatesOf(part)) {
      List<PresentationSheet> in = sheets.getOrDefault(a.getId(), List.of());
      boolean mine =
          member != null && in.stream().anyMatch(s -> s.getMember().getUsername().equals(member));
      rows.add(
          new PresentationRow(
              a.getId(),
              turns.get(a.getId()),
              a.getCandidateNumber(),
              a.getFullName(),
              a.getPost().getTitle(),
              in.size(),
              expected,
              mine,
              marks.get(a.getId())));
    }
    // Drawn turns first in order; candidates admitted after the draw follow, by name.
    rows.sort(
        Comparator.comparing(PresentationRow::turn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PresentationRow::fullName));
    return rows;
  }

  private Map<Long, PresentationMark> marksOf(long partId) {
    List<CriterionEntry> criteria = criteriaOf(partId);
    Map<Long, PresentationMark> marks = new LinkedHashMap<>();
    sheetsByApplication(partId)
        .forEach(
            (applicationId, sheets) ->
                markOf(partId, applicationId, criteria, sheets)
                    .ifPresent(mark -> marks.put(applicationId, mark)));
    return marks;
  }

  /** The mark when every current board member has a sheet for the candidate. */
  private Optional<PresentationMark> markOf(
      long partId,
      long applicationId,
      List<CriterionEntry> criteria,
      List<PresentationSheet> sheets) {
    Set<String> board =
        membersOf(partId).stream().map(m -> m.getUser().getUsername()).collect(Collectors.toSet());
    Set<String> submitted =
        sheets.stream().map(s -> s.getMember().getUsername()).collect(Collectors.toSet());
    if (board.isEmpty() || criteria.isEmpty() || !submitted.containsAll(board)) {
      return Optional.empty();
    }
    List<ScoringSheet> counted =
        sheets.stream()
            .filter(s -> board.contains(s.getMember().getUsername()))
            .map(s -> s.scoringSheet(criteria))
            .toList();
    return Optional.of(
        PresentationMark.of(
            criteria.stream().map(CriterionEntry::criterion).toList(),
            counted,
            aggregationOf(partId)));
  }

  private SheetView view(
      PresentationSheet sheet, List<CriterionEntry> criteria, List<String> setAside) {
    List<BigDecimal> scores = criteria.stream().map(c -> sheet.getScores().get(c.getId())).toList();
    BigDecimal total =
        scores.stream().filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new SheetView(
        sheet.getMember().getUsername(),
        sheet.getMember().getFullName(),
        scores,
        total,
        sheet.getComment(),
        sheet.getSubmittedAt(),
        setAside.contains(sheet.getMember().getUsername()));
  }

  /** The round's admitted applications: every post, since the presentation part is round-wide. */
  private List<Application> candidatesOf(ExamPart part) {
    List<Long> posts =
        part.getPost() != null
            ? List.of(part.getPost().getId())
            : rounds.posts(part.getRound().getId()).stream().map(Post::getId).toList();
    return applications.admitted(posts);
  }

  private void requireCandidate(ExamPart part, long applicationId) {
    if (candidatesOf(part).stream().noneMatch(a -> a.getId() == applicationId)) {
      throw new MarkingProblem("presentation.notCandidate");
    }
  }

  private ExamPart presentationPart(long partId) {
    ExamPart part;
    try {
      part = parts.part(partId);
    } catch (ExamProblem notFound) {
      throw new MarkingProblem("presentation.notFound");
    }
    if (part.getKind() != PartKind.PRESENTATION) {
      throw new MarkingProblem("presentation.notFound");
    }
    return part;
  }

  /** The part, for a setup change by the committee while no sheet exists. */
  private ExamPart setupable(long partId) {
    requireCommittee();
    ExamPart part = presentationPart(partId);
    em.lock(part, LockModeType.PESSIMISTIC_WRITE);
    long sheets =
        em.createNamedQuery(PresentationSheet.COUNT_OF_PART, Long.class)
            .setParameter("part", partId)
            .getSingleResult();
    if (sheets > 0) {
      throw new MarkingProblem("presentation.locked");
    }
    return part;
  }

  private BoardAggregation aggregationOf(long partId) {
    Object stored =
        em.createNativeQuery("SELECT board_aggregation FROM exam_part WHERE id = ?")
            .setParameter(1, partId)
            .getSingleResult();
    return BoardAggregation.valueOf(stored.toString().trim());
  }

  private List<CriterionEntry> criteriaOf(long partId) {
    return em.createNamedQuery(CriterionEntry.OF_PART, CriterionEntry.class)
        .setParameter("part", partId)
        .getResultList();
  }

  private List<BoardMember> membersOf(long partId) {
    return em.createNamedQuery(BoardMember.OF_PART, BoardMember.class)
        .setParameter("part", partId)
        .getResultList();
  }

  private List<PresentationSheet> sheetsOf(long partId, long applicationId) {
    return em.createNamedQuery(PresentationSheet.OF_CANDIDATE, PresentationSheet.class)
        .setParameter("part", partId)
        .setParameter("a", applicationId)
        .getResultList();
  }

  private Map<Long, List<PresentationSheet>> sheetsByApplication(long partId) {
    return em
        .createNamedQuery(PresentationSheet.OF_PART, PresentationSheet.class)
        .setParameter("part", partId)
        .getResultList()
        .stream()
        .collect(
            Collectors.groupingBy(
                PresentationSheet::getApplicationId, LinkedHashMap::new, Collectors.toList()));
  }

  private Optional<PresentationSheet> sheetOf(long partId, long applicationId, String username) {
    return sheetsOf(partId, applicationId).stream()
        .filter(s -> s.getMember().getUsername().equals(username))
        .findFirst();
  }

  private boolean isMember(long partId) {
    String me = actor();
    return membersOf(partId).stream().anyMatch(m -> m.getUser().getUsername().equals(me));
  }

  private User requireMember(long partId) {
    String me = actor();
    return membersOf(partId).stream()
        .map(BoardMember::getUser)
        .filter(u -> u.getUsername().equals(me))
        .findFirst()
        .orElseThrow(() -> new MarkingProblem("presentation.notMember"));
  }

  /** The container's own work (demo data at start-up) acts for the committee. */
  private boolean isCommittee() {
    return Callers.isSystem(security) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  private void requireCommittee() {
    if (!isCommittee()) {
      throw new MarkingProblem("presentation.committeeOnly");
    }
  }

  private String actor() {
    return Callers.name(security);
  }

  static String target(ExamPart part) {
    return "part:" + part.getId();
  }
}
