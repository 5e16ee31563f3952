package org.sathach.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sathach.bank.BankTransfer;
import org.sathach.bank.Difficulty;
import org.sathach.bank.ImportPreview;
import org.sathach.bank.Topic;
import org.sathach.bank.Topics;
import org.sathach.identity.Role;
import org.sathach.identity.Users;
import org.sathach.marking.MarkingMode;
import org.sathach.round.ApplicationForm;
import org.sathach.round.Degree;
import org.sathach.round.Gender;
import org.sathach.round.PerformanceRating;
import org.sathach.round.PoliticalTheoryLevel;
import org.sathach.round.Post;
import org.sathach.round.PostLevel;
import org.sathach.round.RoundFixtures;
import org.sathach.round.Rounds;
import org.sathach.round.SelectionRound;
import org.sathach.round.StateManagementLevel;

/**
 * Test scaffolding for marking and ranking: a round with one post (one vacancy) and admitted
 * candidates who can log in with {@link ExamFixtures#PASSWORD}, its three parts, and the two
 * computer parts published and open now in a session each, every candidate seated in both.
 *
 * <p>The papers, from a topic of the fixture's own holding one question per level:
 *
 * <ul>
 *   <li>theory: one true/false question (vận dụng cao), 1 point;
 *   <li>professional: one single-choice question (4 options, 1 key) worth 2 points, one
 *       multiple-response question (4 options, 2 keys) worth 4 points and one essay worth {@code
 *       essayPoints}.
 * </ul>
 *
 * Pass mark 50 in each part; weights theory ×1, professional ×1, presentation ×2.
 */
@ApplicationScoped
public class ResultFixtures {
  @Inject Rounds rounds;
  @Inject RoundFixtures roundFixtures;
  @Inject ExamParts parts;
  @Inject Sessions sessions;
  @Inject Users users;
  @Inject Topics topics;
  @Inject BankTransfer transfer;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** A seated candidate: their login, application and seats. */
  public record Candidate(
      String username, long applicationId, long theorySeat, long professionalSeat) {}

  /** What a test needs: the ids of the round, post, parts and sessions, and the candidates. */
  public record Built(
      String tag,
      long roundId,
      long postId,
      long theoryPart,
      long professionalPart,
      long presentationPart,
      long theorySession,
      long professionalSession,
      String theoryCode,
      String professionalCode,
      List<Candidate> candidates) {}

  public Built build(String tag, int candidates, String chair, BigDecimal essayPoints) {
    Topic topic = fourLevels(tag);
    SelectionRound round = rounds.draft();
    round.setName("Xếp hạng " + tag);
    round.setOrganiser("Fixture");
    round.setAppointmentDate(LocalDate.now(clock).plusMonths(2));
    round.setCoverageFactor(1);
    round.setChair(chair);
    round = rounds.save(round);
    Post post = rounds.draftPost(round.getId(), PostLevel.DIVISION);
    post.setTitle("Trưởng phòng " + tag);
    post.setUnit("Fixture unit");
    post.setSector("Fixture");
    post.setVacancies(1);
    post = rounds.savePost(post);
    List<Long> applicationIds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      String username = "rk-" + tag + "-c" + i;
      users.create(
          username,
          "Ứng viên " + tag + " " + i,
          null,
          Set.of(Role.CANDIDATE),
          ExamFixtures.PASSWORD,
          false);
      ApplicationForm form = ApplicationForm.forRound(round, post.getRatedYears());
      form.setPostId(post.getId());
      form.setUsername(username);
      form.setFullName("Ứng viên " + tag + " " + i);
      form.setBirthDate(LocalDate.of(1980, 1, 1 + i % 28));
      form.setGender(i % 2 == 0 ? Gender.FEMALE : Gender.MALE);
      form.setTheory(PoliticalTheoryLevel.ADVANCED);
      form.setStateManagement(StateManagementLevel.MAIN_OFFICER);
      form.setDegree(Degree.MASTER);
      form.setAtLevelBelowSince(LocalDate.of(2015, 1, 1));
      form.getRatings().replaceAll((year, none) -> PerformanceRating.EXCELLENT);
      applicationIds.add(roundFixtures.confirmedApplication(form, username).getId());
      names.add(username);
    }
    ExamPart theory = part(round, PartKind.THEORY);
    ExamPart professional = part(round, PartKind.PROFESSIONAL);
    ExamPart presentation = part(round, PartKind.PRESENTATION);
    presentation.setWeight(BigDecimal.valueOf(2));
    parts.saveRules(presentation);
    publish(
        theory, List.of(new RowInput(topic.getId(), Difficulty.VAN_DUNG_CAO, 1, BigDecimal.ONE)));
    publish(
        professional,
        List.of(
            new RowInput(topic.getId(), Difficulty.NHAN_BIET, 1, BigDecimal.valueOf(2)),
            new RowInput(topic.getId(), Difficulty.THONG_HIEU, 1, BigDecimal.valueOf(4)),
            new RowInput(topic.getId(), Difficulty.VAN_DUNG, 1, essayPoints)));
    String theoryCode = ("TH" + tag.substring(0, 4)).toUpperCase();
    String professionalCode = ("PR" + tag.substring(0, 4)).toUpperCase();
    Map<Long, Long> theorySeats = new HashMap<>();
    long theorySession = openSession(theory, applicationIds, theoryCode, theorySeats);
    Map<Long, Long> professionalSeats = new HashMap<>();
    long professionalSession =
        openSession(professional, applicationIds, professionalCode, professionalSeats);
    List<Candidate> seated = new ArrayList<>();
    for (int i = 0; i < applicationIds.size(); i++) {
      long id = applicationIds.get(i);
      seated.add(new Candidate(names.get(i), id, theorySeats.get(id), professionalSeats.get(id)));
    }
    return new Built(
        tag,
        round.getId(),
        post.getId(),
        theory.getId(),
        professional.getId(),
        presentation.getId(),
        theorySession,
        professionalSession,
        theoryCode,
        professionalCode,
        seated);
  }

  /**
   * Sets a part's marking rules straight on the row: no boundary sets them yet ({@link
   * ExamParts#saveRules} copies neither the mode nor the negative fraction).
   */
  @Transactional
  public void setMarkingRules(long partId, MarkingMode mode, BigDecimal negativeFraction) {
    ExamPart part = em.find(ExamPart.class, partId);
    part.setMarkingMode(mode);
    part.setNegativeFraction(negativeFraction);
  }

  private ExamPart part(SelectionRound round, PartKind kind) {
    return parts.partsOf(round.getId()).stream()
        .filter(p -> p.getKind() == kind)
        .findFirst()
        .orElseThrow();
  }

  private void publish(ExamPart part, List<RowInput> rows) {
    part.setTimeLimitMinutes(30);
    part.setNavigation(Navigation.FREE);
    parts.saveRules(part);
    parts.saveBlueprint(part.getId(), rows);
    parts.publish(part.getId());
  }

  /** A session of the part open now, the candidates seated, papers generated and the set drawn. */
  private long openSession(
      ExamPart part, List<Long> applicationIds, String code, Map<Long, Long> seatsByApplication) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    ExamSession session = sessions.draft(part.getId());
    session.setName("Ca " + part.getKind() + " " + code);
    session.setRoom("Phòng " + code);
    session.setCapacity(applicationIds.size() + 5);
    // Identity checks by a proctor are DeliveryIT's and ProctoringIT's subject, not ours.
    session.setAdmissionRequired(false);
    session.setStartsAt(now.plus(Duration.ofMinutes(5)));
    session = sessions.save(session, List.of());
    for (Seat seat : sessions.seatCandidates(session.getId(), applicationIds)) {
      seatsByApplication.put(seat.getApplication().getId(), seat.getId());
    }
    session = sessions.session(session.getId());
    session.setStartsAt(now.minusSeconds(1));
    session.setWindowMinutes(90);
    session = sessions.save(session, List.of());
    sessions.prepareForDemo(session.getId(), code);
    return session.getId();
  }

  /** A topic with one approved question per level (see the class comment). */
  private Topic fourLevels(String tag) {
    String name = "Xếp hạng " + tag;
    String shq =
        "@topic Lý luận chính trị > "
            + name
            + "\n\n=== RK1\ntype: single-choice\nlevel: nhận biết\nstem: Câu một lựa chọn "
            + tag
            + "?\noption: Sai một\noption+: Đúng một\noption: Sai hai\noption: Sai ba\n"
            + "\n=== RK2\ntype: multiple-response\nlevel: thông hiểu\nstem: Câu nhiều lựa chọn "
            + tag
            + "?\noption+: Đúng A\noption: Sai B\noption+: Đúng C\noption: Sai D\n"
            + "\n=== RK3\ntype: essay\nlevel: vận dụng\nstem: Câu tự luận "
            + tag
            + "?\nguide: HUONG-DAN-"
            + tag
            + "\ncriterion: 1 | Trình bày đủ ý\n"
            + "\n=== RK4\ntype: true-false\nlevel: vận dụng cao\nstem: Câu đúng sai "
            + tag
            + "?\nanswer: đúng\n";
    ImportPreview preview =
        transfer.preview("shq", "ranking.shq", shq.getBytes(StandardCharsets.UTF_8));
    if (!preview.importable()) {
      throw new IllegalStateException("fixture bank refused: " + preview.problems());
    }
    transfer.importAll(preview, false, true);
    return topics.all().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
  }
}
