package org.sathach.exam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.sathach.audit.AuditEvent;
import org.sathach.audit.AuditTrail;
import org.sathach.bank.Difficulty;
import org.sathach.bank.Questions;
import org.sathach.bank.Topic;
import org.sathach.bank.Topics;
import org.sathach.round.Application;
import org.sathach.round.ApplicationDocument;
import org.sathach.round.ApplicationForm;
import org.sathach.round.Applications;
import org.sathach.round.Decision;
import org.sathach.round.Degree;
import org.sathach.round.Gender;
import org.sathach.round.PerformanceRating;
import org.sathach.round.PoliticalTheoryLevel;
import org.sathach.round.Post;
import org.sathach.round.PostLevel;
import org.sathach.round.PostStanding;
import org.sathach.round.RoundProblem;
import org.sathach.round.Rounds;
import org.sathach.round.SelectionRound;
import org.sathach.round.StateManagementLevel;
import org.sathach.testing.Deployments;

/**
 * Rounds and exams on a real Payara Micro and database, against the demo bank: publication and its
 * coverage rule, eligibility decisions, seating, pre-generated papers and their verification.
 */
@ExtendWith(ArquillianExtension.class)
class ExamIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWith(ExamIT.class);
  }

  @Inject Rounds rounds;
  @Inject Applications applications;
  @Inject ExamParts parts;
  @Inject Sessions sessions;
  @Inject Papers papers;
  @Inject Questions questions;
  @Inject Topics topics;
  @Inject AuditTrail audit;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;
  @Resource ManagedExecutorService executor;

  @Test
  void publishingIsRefusedNamingTheShortCells() {
    ExamPart theory = theoryPart(newPost().getRound());
    Cell enough = cells().stream().filter(c -> c.available() >= 3).findFirst().orElseThrow();
    Cell thin = cells().stream().filter(c -> c.level() != enough.level()).findFirst().orElseThrow();
    int count = thin.available() / 3 + 1;
    List<RowInput> rows = List.of(enough.row(1), thin.row(count));
    List<CellCoverage> preview = parts.coverage(theory.getId(), rows);
    assertEquals(List.of(false, true), preview.stream().map(CellCoverage::isShort).toList());
    parts.saveBlueprint(theory.getId(), rows);

    ExamProblem refused = assertThrows(ExamProblem.class, () -> parts.publish(theory.getId()));
    assertEquals("part.shortCells", refused.messageKey());
    String named = String.valueOf(refused.args()[0]);
    assertTrue(named.contains(thin.topic().getName()), named);
    assertTrue(named.contains(thin.level().label() + ": " + thin.available() + "/" + 3 * count));
    assertFalse(named.contains(";"), "only the short cell is named: " + named);
    ExamPart after = parts.part(theory.getId());
    assertEquals(PartStatus.DRAFT, after.getStatus());
    assertNull(after.getSeed());
    assertTrue(parts.snapshot(after).isEmpty());
  }

  @Test
  void publishingRecordsSnapshotAndSeedAndAudits() {
    long partId = theoryPart(newPost().getRound()).getId();
    List<Cell> cells = coverableCells();
    ExamPart published = publish(partId, cells);
    assertEquals(PartStatus.PUBLISHED, published.getStatus());
    assertNotNull(published.getSeed());
    List<PoolQuestion> snapshot = parts.snapshot(published);
    assertEquals(cells.get(0).available() + cells.get(1).available(), snapshot.size());
    Blueprint blueprint = published.blueprint();
    snapshot.forEach(q -> assertTrue(blueprint.rowOf(q) >= 0, q + " matches no row"));
    String details = latest("PART_PUBLISHED", "part:" + partId).getDetails();
    assertFalse(details.contains(published.getSeed().toString()), "the seed stays secret");

    assertEquals("part.published", refusal(() -> parts.publish(partId)));
    List<RowInput> edit = List.of(cells.get(0).row(1));
    assertEquals("part.published", refusal(() -> parts.saveBlueprint(partId, edit)));
    assertEquals(blueprint, parts.part(partId).blueprint());
    assertEquals(snapshot, parts.snapshot(published));
  }

  @Test
  void seatingGeneratesBothPaperSetsBeforeTheSessionOpens() {
    Fixture publishedFirst = newRoundWithEligibleCandidates(3);
    ExamPart part = publish(publishedFirst.theory().getId(), coverableCells());
    ExamSession session = newSession(part, 10);
    assertEquals(3, sessions.seatCandidates(session.getId(), publishedFirst.ids()).size());
    assertEverySeatHasPapersFollowingTheBlueprint(session, part);

    Fixture seatedFirst = newRoundWithEligibleCandidates(2);
    ExamSession early = newSession(seatedFirst.theory(), 10);
    sessions.seatCandidates(early.getId(), seatedFirst.ids());
    assertTrue(papers.ofSession(early).isEmpty(), "a draft part has no papers yet");
    ExamPart publishedLater = publish(seatedFirst.theory().getId(), coverableCells());
    assertEverySeatHasPapersFollowingTheBlueprint(early, publishedLater);
  }

  @Test
  void storedPapersVerifyAndATamperedPaperIsCaught() throws Exception {
    Fixture f = newRoundWithEligibleCandidates(2);
    ExamSession session = newSession(publish(f.theory().getId(), coverableCells()), 10);
    sessions.seatCandidates(session.getId(), f.ids());
    List<IssuedPaper> stored = papers.ofSession(session);
    assertEquals(4, stored.size());
    stored.forEach(p -> assertTrue(papers.verify(p).matches(), papers.verify(p).difference()));
    assertTrue(papers.verifySession(session).isEmpty());

    IssuedPaper victim = stored.get(0);
    List<PaperItem> swapped = new ArrayList<>(victim.paper().items());
    swapped.set(0, victim.paper().items().get(1));
    swapped.set(1, victim.paper().items().get(0));
    setItems(victim.getId(), PaperCodec.encode(new Paper(swapped)));
    try {
      Verification tampered = papers.verify(reload(session, victim));
      assertFalse(tampered.matches());
      assertEquals(0, tampered.index());
      assertTrue(tampered.difference().contains("version"), tampered.difference());
      assertEquals(1, papers.verifySession(session).size());
    } finally {
      setItems(victim.getId(), PaperCodec.encode(victim.paper()));
    }
    assertTrue(papers.verify(reload(session, victim)).matches());
  }

  @Test
  void aPostWithFewerThanTwoEligibleCandidatesCannotBeSeated() {
    Post post = newPost();
    Application eligible = apply(post, PoliticalTheoryLevel.ADVANCED);
    assertFalse(apply(post, PoliticalTheoryLevel.BASIC).isEligible());
    assertTrue(eligible.isAdmitted());

    PostStanding standing = rounds.standingsById(post.getRound().getId()).get(post.getId());
    assertEquals(2, standing.applications());
    assertEquals(1, standing.eligible());
    assertFalse(standing.examinable());
    ExamSession session = newSession(theoryPart(post.getRound()), 10);
    assertTrue(sessions.seatable(session.getId()).isEmpty());
    List<Long> one = List.of(eligible.getId());
    assertEquals("seat.notSeatable", refusal(() -> sessions.seatCandidates(session.getId(), one)));
    assertTrue(sessions.seats(session).isEmpty());
  }

  @Test
  void overridingEligibilityNeedsAReasonAndIsAudited() {
    long id = apply(newPost(), PoliticalTheoryLevel.BASIC).getId();
    for (String blank : new String[] {null, "  "}) {
      assertEquals(
          "application.reasonRequired", refusal(() -> applications.override(id, true, blank)));
    }
    assertEquals(Decision.CONFIRMED, applications.readable(id).getDecision());

    String reason = "Đã có bằng cao cấp lý luận chính trị " + UUID.randomUUID();
    Application overridden = applications.override(id, true, reason);
    assertEquals(Decision.OVERRIDDEN, overridden.getDecision());
    assertFalse(overridden.computedEligible());
    assertTrue(overridden.isEligible());
    assertTrue(applications.readable(id).isAdmitted());
    AuditEvent event = latest("ELIGIBILITY_OVERRIDDEN", "application:" + id);
    assertEquals(reason, event.getReason());
    assertEquals("eligible=true (computed false)", event.getDetails());
    long other = apply(overridden.getPost(), PoliticalTheoryLevel.ADVANCED).getId();
    assertFalse(applications.override(other, false, "kỷ luật mới").isEligible());
  }

  @Test
  void aDocumentThatIsNotWhatItClaimsIsRefused() {
    long id = apply(newPost(), PoliticalTheoryLevel.ADVANCED).getId();
    byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
    assertEquals("document.type", refusal(() -> applications.addDocument(id, "x.pdf", hello)));
    assertTrue(applications.documents(id).isEmpty());

    byte[] pdf =
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    ApplicationDocument stored = applications.addDocument(id, "scan/x.pdf", pdf);
    assertEquals("x.pdf", stored.getFileName());
    Applications.Download download = applications.download(stored.getId());
    assertEquals("application/pdf", download.contentType());
    assertArrayEquals(pdf, download.content());
  }

  @Test
  void sessionsRefuseOverCapacityAndSecondSeatForThePart() {
    Fixture f = newRoundWithEligibleCandidates(3);
    List<Long> ids = f.ids();
    ExamSession small = newSession(f.theory(), 2);
    assertEquals(
        "session.overCapacity", refusal(() -> sessions.seatCandidates(small.getId(), ids)));
    assertTrue(sessions.seats(small).isEmpty(), "a refused request seats nobody");

    sessions.seatCandidates(small.getId(), ids.subList(0, 2));
    long other = newSession(f.theory(), 10).getId();
    List<Long> first = ids.subList(0, 1);
    assertEquals("seat.notSeatable", refusal(() -> sessions.seatCandidates(other, first)));
    assertEquals(ids.subList(2, 3), sessions.seatable(other).stream().map(a -> a.getId()).toList());

    small.setCapacity(1);
    assertEquals("session.overCapacity", refusal(() -> sessions.save(small, List.of())));
    assertEquals(2, sessions.session(small.getId()).getCapacity());
  }

  @Test
  void concurrentSeatingNeverOverfillsASession() throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      Fixture f = newRoundWithEligibleCandidates(2);
      long session = newSession(f.theory(), 1).getId();
      List<Callable<List<Seat>>> requests = new ArrayList<>();
      f.ids().forEach(id -> requests.add(() -> sessions.seatCandidates(session, List.of(id))));
      executor.invokeAll(requests);
      assertEquals(1, sessions.seats(sessions.session(session)).size(), "attempt " + attempt);
    }
  }

  @Test
  void theSameCandidateTwiceInOneRequestIsRefusedByTheRules() {
    Fixture f = newRoundWithEligibleCandidates(2);
    long session = newSession(f.theory(), 10).getId();
    List<Long> twice = List.of(f.ids().get(0), f.ids().get(0));
    assertEquals("seat.notSeatable", refusal(() -> sessions.seatCandidates(session, twice)));
  }

  /** A round with one division post and candidates confirmed eligible, and its theory part. */
  private record Fixture(ExamPart theory, List<Application> candidates) {
    List<Long> ids() {
      return candidates.stream().map(Application::getId).toList();
    }
  }

  /** Approved questions the bank holds for one topic subtree at one difficulty. */
  private record Cell(Topic topic, Difficulty level, int available) {
    RowInput row(int count) {
      return new RowInput(topic.getId(), level, count, BigDecimal.valueOf(5));
    }
  }

  private Fixture newRoundWithEligibleCandidates(int n) {
    Post post = newPost();
    List<Application> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      candidates.add(apply(post, PoliticalTheoryLevel.ADVANCED));
    }
    return new Fixture(theoryPart(post.getRound()), candidates);
  }

  /** A division post of a new round whose appointment is three months away. */
  private Post newPost() {
    SelectionRound round = rounds.draft();
    round.setName("ExamIT " + UUID.randomUUID());
    round.setOrganiser("Sở Nội vụ");
    round.setAppointmentDate(LocalDate.now().plusMonths(3));
    Post post = rounds.draftPost(rounds.save(round).getId(), PostLevel.DIVISION);
    post.setTitle("Trưởng phòng Tổ chức cán bộ");
    post.setUnit("Sở Nội vụ");
    post.setSector("Nội vụ");
    return rounds.savePost(post);
  }

  /** Registers and confirms a 45-year-old meeting every criterion but perhaps the theory one. */
  private Application apply(Post post, PoliticalTheoryLevel theory) {
    LocalDate appointment = post.getRound().getAppointmentDate();
    ApplicationForm form = ApplicationForm.forRound(post.getRound(), post.getRatedYears());
    form.getRatings().replaceAll((year, rating) -> PerformanceRating.GOOD);
    form.setPostId(post.getId());
    form.setUsername("examit-" + UUID.randomUUID().toString().substring(0, 13));
    form.setFullName("Nguyễn Văn Thử " + form.getUsername());
    form.setBirthDate(appointment.minusYears(45));
    form.setGender(Gender.MALE);
    form.setTheory(theory);
    form.setStateManagement(StateManagementLevel.MAIN_OFFICER);
    form.setDegree(Degree.MASTER);
    form.setAtLevelBelowSince(appointment.minusYears(6));
    return applications.confirm(applications.register(form).application().getId(), null);
  }

  private ExamPart theoryPart(SelectionRound round) {
    return parts.partsOf(round.getId()).stream()
        .filter(p -> p.getKind() == PartKind.THEORY)
        .findFirst()
        .orElseThrow();
  }

  private ExamSession newSession(ExamPart part, int capacity) {
    ExamSession session = sessions.draft(part.getId());
    session.setName("Ca sáng");
    session.setRoom("Phòng 101");
    session.setCapacity(capacity);
    session.setStartsAt(Instant.now().plus(Duration.ofDays(1)));
    return sessions.save(session, List.of());
  }

  /** Every (topic, difficulty) cell below the roots holding an approved question. */
  private List<Cell> cells() {
    Map<Long, Map<Difficulty, Long>> coverage = questions.coverage();
    List<Cell> cells = new ArrayList<>();
    for (Topic t : topics.all()) {
      if (t.getParent() != null) {
        coverage
            .getOrDefault(t.getId(), Map.of())
            .forEach((d, n) -> cells.add(new Cell(t, d, n.intValue())));
      }
    }
    return cells;
  }

  /** Two cells of different difficulty (so no question feeds both) that can give 2 questions. */
  private List<Cell> coverableCells() {
    List<Cell> rich = cells().stream().filter(c -> c.available() >= 6).toList();
    Cell first = rich.get(0);
    return List.of(
        first, rich.stream().filter(c -> c.level() != first.level()).findFirst().orElseThrow());
  }

  private ExamPart publish(long partId, List<Cell> cells) {
    parts.saveBlueprint(partId, cells.stream().map(c -> c.row(2)).toList());
    return parts.publish(partId);
  }

  private AuditEvent latest(String action, String target) {
    return audit.latest(0, 10, action, null).stream()
        .filter(e -> e.getTarget().equals(target))
        .findFirst()
        .orElseThrow();
  }

  /** Both sets per seat, drawn before the start, each row's count from its cell, no repeats. */
  private void assertEverySeatHasPapersFollowingTheBlueprint(ExamSession session, ExamPart part) {
    Map<Long, PoolQuestion> snapshot =
        parts.snapshot(part).stream().collect(Collectors.toMap(PoolQuestion::versionId, q -> q));
    Blueprint blueprint = part.blueprint();
    Set<String> numbers = new HashSet<>();
    List<Seat> seats = sessions.seats(session);
    assertFalse(seats.isEmpty());
    for (Seat seat : seats) {
      assertTrue(seat.getCandidateNumber().matches("\\d{4}"), seat.getCandidateNumber());
      assertTrue(numbers.add(seat.getCandidateNumber()), "unique " + seat.getCandidateNumber());
      List<IssuedPaper> issued = papers.ofSeat(seat);
      Set<PaperSet> sets =
          issued.stream().map(IssuedPaper::getPaperSet).collect(Collectors.toSet());
      assertEquals(EnumSet.allOf(PaperSet.class), sets);
      assertNotEquals(issued.get(0).getSeed(), issued.get(1).getSeed());
      for (IssuedPaper stored : issued) {
        assertTrue(stored.getGeneratedAt().isBefore(session.getStartsAt()));
        Paper paper = stored.paper();
        assertEquals(paper.items().size(), Set.copyOf(paper.versionIds()).size(), "repeats");
        int[] perRow = new int[blueprint.rows().size()];
        for (PaperItem item : paper.items()) {
          int row = blueprint.rowOf(snapshot.get(item.versionId()));
          assertEquals(0, blueprint.rows().get(row).pointsEach().compareTo(item.points()));
          perRow[row]++;
        }
        for (int r = 0; r < perRow.length; r++) {
          assertEquals(blueprint.rows().get(r).count(), perRow[r], "questions from row " + r);
        }
        assertEquals(0, blueprint.totalPoints().compareTo(paper.totalPoints()));
      }
    }
  }

  /** The message key of the exam or round rule that refused the call. */
  private static String refusal(Executable call) {
    RuntimeException refused = assertThrows(RuntimeException.class, call);
    if (refused instanceof ExamProblem problem) {
      return problem.messageKey();
    }
    if (refused instanceof RoundProblem problem) {
      return problem.messageKey();
    }
    throw new AssertionError("refused by no rule", refused);
  }

  private IssuedPaper reload(ExamSession session, IssuedPaper paper) {
    return papers.ofSession(session).stream()
        .filter(p -> p.getId().equals(paper.getId()))
        .findFirst()
        .orElseThrow();
  }

  /** Rewrites a stored paper behind the application's back, as someone with database access. */
  private void setItems(long paperId, String items) throws Exception {
    tx.begin();
    try {
      em.createNativeQuery("UPDATE paper SET items = ?1 WHERE id = ?2")
          .setParameter(1, items)
          .setParameter(2, paperId)
          .executeUpdate();
      tx.commit();
    } finally {
      if (tx.getStatus() == Status.STATUS_ACTIVE) {
        tx.rollback();
      }
    }
  }
}
