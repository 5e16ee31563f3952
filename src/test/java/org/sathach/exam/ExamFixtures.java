package org.sathach.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sathach.bank.BankTransfer;
import org.sathach.bank.Difficulty;
import org.sathach.bank.ImportPreview;
import org.sathach.bank.Topic;
import org.sathach.bank.Topics;
import org.sathach.identity.Role;
import org.sathach.identity.Users;
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
 * Test scaffolding, deployed only with the tests: builds a session that is open now, with its set
 * drawn, and candidates with known passwords seated in it. The paper has exactly one question of
 * each of the seven types (a topic of its own holding seven approved questions, the round's
 * coverage factor 1), so every paper shows every type.
 */
@ApplicationScoped
public class ExamFixtures {
  public static final String PASSWORD = "Fixture@2026x";

  @Inject Rounds rounds;
  @Inject RoundFixtures roundFixtures;
  @Inject ExamParts parts;
  @Inject Sessions sessions;
  @Inject Users users;
  @Inject Topics topics;
  @Inject BankTransfer transfer;
  @Inject Clock clock;

  /** What a test needs to drive the session: its id and code, and each candidate's seat. */
  public record OpenSession(
      long sessionId, long partId, String accessCode, List<Seated> candidates) {}

  /** A seated candidate who can log in with {@link #PASSWORD}. */
  public record Seated(String username, long seatId) {}

  public OpenSession openSession(int candidates, int minutes, boolean linear) {
    return openSession(candidates, minutes, linear, false);
  }

  /** As above; with {@code admission} the proctor must admit each candidate before the start. */
  public OpenSession openSession(int candidates, int minutes, boolean linear, boolean admission) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Topic topic = sevenTypes(tag);
    SelectionRound round = rounds.draft();
    round.setName("Fixture " + tag);
    round.setOrganiser("Fixture");
    round.setAppointmentDate(LocalDate.now(clock).plusMonths(2));
    round.setCoverageFactor(1);
    round = rounds.save(round);
    Post post = rounds.draftPost(round.getId(), PostLevel.DIVISION);
    post.setTitle("Fixture post " + tag);
    post.setUnit("Fixture unit");
    post.setSector("Fixture");
    post = rounds.savePost(post);
    List<Long> applicationIds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Math.max(2, candidates); i++) {
      String username = "fx-" + tag + "-" + i;
      users.create(
          username, "Thí sinh " + tag + " " + i, null, Set.of(Role.CANDIDATE), PASSWORD, false);
      ApplicationForm form = ApplicationForm.forRound(round, post.getRatedYears());
      form.setPostId(post.getId());
      form.setUsername(username);
      form.setFullName("Thí sinh " + tag + " " + i);
      form.setBirthDate(LocalDate.of(1985, 1, 1 + i % 28));
      form.setGender(i % 2 == 0 ? Gender.FEMALE : Gender.MALE);
      form.setTheory(PoliticalTheoryLevel.ADVANCED);
      form.setStateManagement(StateManagementLevel.MAIN_OFFICER);
      form.setDegree(Degree.MASTER);
      form.setAtLevelBelowSince(LocalDate.of(2015, 1, 1));
      form.getRatings().replaceAll((year, none) -> PerformanceRating.EXCELLENT);
      long id = roundFixtures.confirmedApplication(form, username).getId();
      applicationIds.add(id);
      names.add(username);
    }
    ExamPart part =
        parts.partsOf(round.getId()).stream()
            .filter(p -> p.getKind() == PartKind.THEORY)
            .findFirst()
            .orElseThrow();
    part.setTimeLimitMinutes(minutes);
    part.setNavigation(linear ? Navigation.LINEAR : Navigation.FREE);
    parts.saveRules(part);
    parts.saveBlueprint(
        part.getId(),
        List.of(new RowInput(topic.getId(), Difficulty.NHAN_BIET, 7, BigDecimal.ONE)));
    parts.publish(part.getId());
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    ExamSession session = sessions.draft(part.getId());
    session.setName("Fixture session " + tag);
    session.setRoom("Fixture room");
    session.setCapacity(Math.max(2, candidates) + 5);
    session.setAdmissionRequired(admission);
    session.setStartsAt(now.plus(Duration.ofMinutes(5)));
    session = sessions.save(session, proctors(admission));
    List<Seat> seats = sessions.seatCandidates(session.getId(), applicationIds);
    session = sessions.session(session.getId());
    session.setStartsAt(now.minusSeconds(1));
    session.setWindowMinutes(minutes + 60);
    session = sessions.save(session, proctors(admission));
    String code = ("FX" + tag.substring(0, 4)).toUpperCase();
    sessions.prepareForDemo(session.getId(), code);
    List<Seated> seated = new ArrayList<>();
    for (Seat seat : seats) {
      seated.add(new Seated(seat.getApplication().getCandidate().getUsername(), seat.getId()));
    }
    return new OpenSession(session.getId(), part.getId(), code, seated);
  }

  /** The demo proctor, when the session needs one to admit candidates. */
  private List<Long> proctors(boolean needed) {
    return needed
        ? users.find("proctor").map(u -> List.of(u.getId())).orElse(List.of())
        : List.of();
  }

  /** A topic holding exactly one approved question of each type, each worth 1 point. */
  private Topic sevenTypes(String tag) {
    String name = "Kiểm thử " + tag;
    String shq =
        "@topic Lý luận chính trị > "
            + name
            + "\n\n=== FX1\ntype: single-choice\nlevel: nhận biết\nstem: Câu một lựa chọn "
            + tag
            + "?\noption: Sai một\noption+: Đúng một\noption: Sai hai\noption: Sai ba\n"
            + "explanation: GIAI-THICH-"
            + tag
            + "\n\n=== FX2\ntype: multiple-response\nlevel: nhận biết\nstem: Câu nhiều lựa chọn "
            + tag
            + "?\noption+: Đúng A\noption: Sai B\noption+: Đúng C\noption: Sai D\n"
            + "\n=== FX3\ntype: true-false\nlevel: nhận biết\nstem: Câu đúng sai "
            + tag
            + "?\nanswer: đúng\n"
            + "\n=== FX4\ntype: short-answer\nlevel: nhận biết\nstem: Câu trả lời ngắn "
            + tag
            + "?\naccept: KHOA-"
            + tag
            + "\nmatch: ignore-case\n"
            + "\n=== FX5\ntype: matching\nlevel: nhận biết\nstem: Câu ghép đôi "
            + tag
            + "?\npair: Một => Alpha\npair: Hai => Beta\npair: Ba => Gamma\n"
            + "\n=== FX6\ntype: ordering\nlevel: nhận biết\nstem: Câu sắp xếp "
            + tag
            + "?\nitem: Thứ nhất\nitem: Thứ hai\nitem: Thứ ba\nitem: Thứ tư\n"
            + "\n=== FX7\ntype: essay\nlevel: nhận biết\nstem: Câu tự luận "
            + tag
            + "?\nguide: HUONG-DAN-"
            + tag
            + "\ncriterion: 1 | Trình bày đủ ý\n";
    ImportPreview preview =
        transfer.preview("shq", "fixture.shq", shq.getBytes(StandardCharsets.UTF_8));
    if (!preview.importable()) {
      throw new IllegalStateException("fixture bank refused: " + preview.problems());
    }
    transfer.importAll(preview, false, true);
    return topics.all().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
  }
}
