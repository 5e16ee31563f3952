package org.sathach.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.sathach.audit.AuditEvent;
import org.sathach.audit.AuditTrail;
import org.sathach.exam.ExamPart;
import org.sathach.exam.ExamParts;
import org.sathach.exam.PartKind;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.identity.Users;
import org.sathach.round.Application;
import org.sathach.round.ApplicationForm;
import org.sathach.round.Applications;
import org.sathach.round.Degree;
import org.sathach.round.Gender;
import org.sathach.round.PerformanceRating;
import org.sathach.round.PoliticalTheoryLevel;
import org.sathach.round.Post;
import org.sathach.round.PostLevel;
import org.sathach.round.Rounds;
import org.sathach.round.SelectionRound;
import org.sathach.round.StateManagementLevel;
import org.sathach.testing.CallerStandIn;
import org.sathach.testing.Deployments;

/**
 * Presentations on a real Payara Micro and database. The committee's setup runs with no caller (the
 * system acts for the committee); board members, an examiner off the board and a candidate act
 * through {@link CallerStandIn}, which stands in for the logged-in caller on the test's thread.
 */
@ExtendWith(ArquillianExtension.class)
class PresentationIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWith(PresentationIT.class, CallerStandIn.class);
  }

  @Inject Presentations presentations;
  @Inject ExamParts parts;
  @Inject Rounds rounds;
  @Inject Applications applications;
  @Inject Users users;
  @Inject AuditTrail audit;
  @Inject CallerStandIn caller;

  @Test
  void theOrderIsDrawnOnceFromARecordedSeedAndAudited() {
    Board board = newBoard(3, 4, BoardAggregation.MEAN);
    assertEquals(
        "presentation.committeeOnly",
        refusal(() -> as(board.member(0), () -> presentations.draw(board.partId()))));

    PresentationDraw draw = presentations.draw(board.partId());
    List<PresentationTurn> turns = draw.getTurns();
    assertEquals(List.of(1, 2, 3, 4), turns.stream().map(PresentationTurn::getTurn).toList());
    assertEquals(
        board.ids().stream().sorted().toList(),
        turns.stream().map(PresentationTurn::getApplicationId).sorted().toList());
    List<String> numbers = turns.stream().map(PresentationTurn::getCandidateNumber).toList();
    assertEquals(PresentationOrder.draw(numbers, draw.getSeed()).order(), numbers);

    assertEquals("presentation.draw.already", refusal(() -> presentations.draw(board.partId())));
    PresentationDraw stored = presentations.drawOf(board.partId()).orElseThrow();
    assertEquals(draw.getSeed(), stored.getSeed());
    List<AuditEvent> drawn = audited("PRESENTATION_ORDER_DRAWN", "part:" + board.partId());
    assertEquals(1, drawn.size(), "one draw, one audit event");
    assertEquals(
        "seed=" + draw.getSeed() + " order=" + String.join(",", numbers),
        drawn.get(0).getDetails());

    // The member's list follows the drawn order.
    List<PresentationRow> mine =
        as(board.member(1), () -> presentations.myCandidates(board.partId()));
    assertEquals(numbers, mine.stream().map(PresentationRow::candidateNumber).toList());

    Board alone = newBoard(3, 1, BoardAggregation.MEAN);
    assertEquals("presentation.draw.tooFew", refusal(() -> presentations.draw(alone.partId())));
  }

  @Test
  void aMemberReadsOtherSheetsOnlyAfterSubmittingTheirOwn() {
    Board board = newBoard(3, 2, BoardAggregation.MEAN);
    long first = board.ids().get(0);
    long second = board.ids().get(1);
    as(board.member(0), () -> submit(board, first, "30", "20", "20"));

    assertEquals(
        "presentation.sheet.ownFirst",
        refusal(() -> as(board.member(1), () -> presentations.sheets(board.partId(), first))));
    as(board.member(1), () -> submit(board, first, "35", "25", "25"));
    List<SheetView> seen = as(board.member(1), () -> presentations.sheets(board.partId(), first));
    assertEquals(
        Set.of(board.member(0).getUsername(), board.member(1).getUsername()),
        seen.stream().map(SheetView::member).collect(Collectors.toSet()));
    assertEquals(
        "presentation.sheet.ownFirst",
        refusal(() -> as(board.member(1), () -> presentations.sheets(board.partId(), second))));

    assertEquals(
        "presentation.sheet.already",
        refusal(() -> as(board.member(0), () -> submit(board, first, "40", "30", "30"))));
    SheetView kept =
        as(board.member(0), () -> presentations.mySheet(board.partId(), first)).orElseThrow();
    assertEquals(new BigDecimal("70.00"), kept.total(), "a submitted sheet never changes");
    assertEquals(
        "presentation.locked",
        refusal(() -> presentations.setCriteria(board.partId(), criteria("50", "25", "25"))));
    assertTrue(
        audited("PRESENTATION_SHEET_SUBMITTED", "application:" + first).stream()
            .anyMatch(e -> e.getActor().equals(board.member(1).getUsername())));
  }

  @Test
  void someoneOffTheBoardIsRefused() {
    Board board = newBoard(3, 2, BoardAggregation.MEAN);
    long candidate = board.ids().get(0);
    User outsider = examiner();
    assertEquals(
        "presentation.notMember",
        refusal(() -> as(outsider, () -> submit(board, candidate, "30", "20", "20"))));
    assertEquals(
        "presentation.notMember",
        refusal(() -> as(outsider, () -> presentations.sheets(board.partId(), candidate))));
    assertEquals(
        "presentation.notMember",
        refusal(() -> as(outsider, () -> presentations.myCandidates(board.partId()))));
    assertTrue(as(outsider, () -> presentations.myParts()).isEmpty());
    assertEquals(
        List.of(board.partId()),
        as(board.member(2), () -> presentations.myParts()).stream().map(ExamPart::getId).toList());

    // The candidate never reads sheets; a member does not set up the part.
    as(board.member(0), () -> submit(board, candidate, "30", "20", "20"));
    User applicant = applications.readable(candidate).getCandidate();
    assertEquals(
        "presentation.notMember",
        refusal(() -> as(applicant, () -> presentations.sheets(board.partId(), candidate))));
    assertEquals(
        "presentation.committeeOnly",
        refusal(
            () -> as(board.member(0), () -> presentations.setMembers(board.partId(), List.of()))));
  }

  @Test
  void scoresOutsideTheCriteriaAreRefusedAndNothingIsStored() {
    Board board = newBoard(3, 2, BoardAggregation.MEAN);
    long candidate = board.ids().get(0);
    User member = board.member(0);
    assertEquals(
        "presentation.sheet.outOfRange",
        refusal(() -> as(member, () -> submit(board, candidate, "40.01", "20", "20"))));
    assertEquals(
        "presentation.sheet.outOfRange",
        refusal(() -> as(member, () -> submit(board, candidate, "-1", "20", "20"))));
    assertEquals(
        "presentation.sheet.decimals",
        refusal(() -> as(member, () -> submit(board, candidate, "30.125", "20", "20"))));
    assertEquals(
        "presentation.sheet.missingScore",
        refusal(() -> as(member, () -> submit(board, candidate, "30", "20"))));
    Map<Long, BigDecimal> stray = scores(board, "30", "20", "20");
    stray.put(-1L, BigDecimal.ONE);
    assertEquals(
        "presentation.sheet.unknownCriterion",
        refusal(
            () -> as(member, () -> presentations.submit(board.partId(), candidate, stray, null))));
    assertEquals(0, presentations.progress(board.partId()).get(0).sheetsIn());

    assertEquals(
        "presentation.criteria.total",
        refusal(() -> presentations.setCriteria(board.partId(), criteria("40", "30", "29.99"))));
    assertEquals(
        "presentation.board.size",
        refusal(
            () ->
                presentations.setMembers(
                    board.partId(), List.of(member.getId(), board.member(1).getId()))));
  }

  /**
   * The same five sheets (criteria 40 + 30 + 30) for one candidate, on a board that takes the mean
   * and on one that takes the trimmed mean. Totals: 85, 72.5, 93.25, 50, 80.5.
   *
   * <ul>
   *   <li>Mean: (85 + 72.5 + 93.25 + 50 + 80.5) = 381.25; × 100 / (5 × 100) = 76.25.
   *   <li>Trimmed: drop 93.25 (highest) and 50 (lowest): (85 + 72.5 + 80.5) = 238; × 100 / (3 ×
   *       100) = 79.333… → 79.33.
   * </ul>
   *
   * No mark exists while a member's sheet is missing.
   */
  @Test
  void theMarkIsTheMeanOrTheTrimmedMeanOnceEveryMemberHasSubmitted() {
    String[][] sheets = {
      {"35", "25", "25"},
      {"30", "20.5", "22"},
      {"38", "28", "27.25"},
      {"20", "15", "15"},
      {"32", "24", "24.5"},
    };
    Board mean = newBoard(5, 2, BoardAggregation.MEAN);
    Board trimmed = newBoard(5, 2, BoardAggregation.TRIMMED_MEAN);
    for (Board board : List.of(mean, trimmed)) {
      long candidate = board.ids().get(0);
      for (int m = 0; m < 5; m++) {
        assertEquals(Optional.empty(), presentations.mark(board.partId(), candidate));
        assertTrue(presentations.marks(board.partId()).isEmpty());
        String[] s = sheets[m];
        as(board.member(m), () -> submit(board, candidate, s));
      }
      assertEquals(Optional.empty(), presentations.mark(board.partId(), board.ids().get(1)));
    }
    long meanCandidate = mean.ids().get(0);
    assertEquals(
        Optional.of(new BigDecimal("76.25")), presentations.mark(mean.partId(), meanCandidate));
    assertEquals(
        Map.of(meanCandidate, new BigDecimal("76.25")), presentations.marks(mean.partId()));
    long trimmedCandidate = trimmed.ids().get(0);
    assertEquals(
        Optional.of(new BigDecimal("79.33")),
        presentations.mark(trimmed.partId(), trimmedCandidate));
    List<SheetView> setAside =
        presentations.sheets(trimmed.partId(), trimmedCandidate).stream()
            .filter(SheetView::setAside)
            .toList();
    assertEquals(
        Set.of(new BigDecimal("93.25"), new BigDecimal("50.00")),
        setAside.stream().map(v -> v.total().setScale(2)).collect(Collectors.toSet()));
    PresentationRow row =
        presentations.progress(trimmed.partId()).stream()
            .filter(r -> r.applicationId() == trimmedCandidate)
            .findFirst()
            .orElseThrow();
    assertEquals(5, row.sheetsIn());
    assertEquals(new BigDecimal("79.33"), row.getMarkValue());
  }

  // ---- fixtures ---------------------------------------------------------------------------

  /** A presentation part with its criteria (40/30/30), board members and admitted candidates. */
  private record Board(long partId, List<User> members, List<Long> ids) {
    User member(int i) {
      return members.get(i);
    }
  }

  private Board newBoard(int memberCount, int candidateCount, BoardAggregation how) {
    Post post = newPost();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < candidateCount; i++) {
      ids.add(apply(post).getId());
    }
    ExamPart part =
        parts.partsOf(post.getRound().getId()).stream()
            .filter(p -> p.getKind() == PartKind.PRESENTATION)
            .findFirst()
            .orElseThrow();
    presentations.setCriteria(part.getId(), criteria("40", "30", "30"));
    List<User> members = new ArrayList<>();
    for (int i = 0; i < memberCount; i++) {
      members.add(examiner());
    }
    presentations.setMembers(part.getId(), members.stream().map(User::getId).toList());
    presentations.setAggregation(part.getId(), how);
    return new Board(part.getId(), members, ids);
  }

  private static List<PresentationCriterion> criteria(String... maxima) {
    String[] names = {"Nội dung đề án", "Tính khả thi", "Trả lời câu hỏi"};
    List<PresentationCriterion> list = new ArrayList<>();
    for (int i = 0; i < maxima.length; i++) {
      list.add(new PresentationCriterion(names[i], new BigDecimal(maxima[i])));
    }
    return list;
  }

  private Map<Long, BigDecimal> scores(Board board, String... values) {
    List<CriterionEntry> entries = presentations.criteria(board.partId());
    Map<Long, BigDecimal> scores = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      scores.put(entries.get(i).getId(), new BigDecimal(values[i]));
    }
    return scores;
  }

  /** Submits as the current caller; the criteria are read as the committee (system) would. */
  private PresentationSheet submit(Board board, long applicationId, String... values) {
    Map<Long, BigDecimal> scores = scores(board, values);
    return presentations.submit(board.partId(), applicationId, scores, "Trình bày mạch lạc");
  }

  private User examiner() {
    String name = "pres-" + UUID.randomUUID().toString().substring(0, 12);
    return users.create(
        name, "Thành viên " + name, null, Set.of(Role.EXAMINER), "Examiner@2026", false);
  }

  private Post newPost() {
    SelectionRound round = rounds.draft();
    round.setName("PresentationIT " + UUID.randomUUID());
    round.setOrganiser("Sở Nội vụ");
    round.setAppointmentDate(LocalDate.now().plusMonths(3));
    Post post = rounds.draftPost(rounds.save(round).getId(), PostLevel.DIVISION);
    post.setTitle("Trưởng phòng Tổ chức cán bộ");
    post.setUnit("Sở Nội vụ");
    post.setSector("Nội vụ");
    return rounds.savePost(post);
  }

  /** Registers and confirms a 45-year-old meeting every criterion. */
  private Application apply(Post post) {
    LocalDate appointment = post.getRound().getAppointmentDate();
    ApplicationForm form = ApplicationForm.forRound(post.getRound(), post.getRatedYears());
    form.getRatings().replaceAll((year, rating) -> PerformanceRating.GOOD);
    form.setPostId(post.getId());
    form.setUsername("presit-" + UUID.randomUUID().toString().substring(0, 13));
    form.setFullName("Trần Thị Thử " + form.getUsername());
    form.setBirthDate(appointment.minusYears(45));
    form.setGender(Gender.FEMALE);
    form.setTheory(PoliticalTheoryLevel.ADVANCED);
    form.setStateManagement(StateManagementLevel.MAIN_OFFICER);
    form.setDegree(Degree.MASTER);
    form.setAtLevelBelowSince(appointment.minusYears(6));
    return applications.confirm(applications.register(form).application().getId(), null);
  }

  private List<AuditEvent> audited(String action, String target) {
    return audit.latest(0, 500, action, null).stream()
        .filter(e -> target.equals(e.getTarget()))
        .toList();
  }

  private <T> T as(User user, Supplier<T> work) {
    return caller.as(user.getUsername(), user.getRoles(), work);
  }

  private static String refusal(Executable call) {
    return assertThrows(MarkingProblem.class, call).messageKey();
  }
}
