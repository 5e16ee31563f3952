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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sathach.bank.BankTransfer;
import org.sathach.bank.Difficulty;
import org.sathach.bank.ImportPreview;
import org.sathach.bank.Topic;
import org.sathach.bank.Topics;
import org.sathach.delivery.Attempt;
import org.sathach.delivery.Attempts;
import org.sathach.delivery.CandidateQuestion;
import org.sathach.delivery.SubmittedBy;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.identity.Users;
import org.sathach.marking.CriterionEntry;
import org.sathach.marking.PresentationCriterion;
import org.sathach.marking.Presentations;
import org.sathach.round.Application;
import org.sathach.round.ApplicationForm;
import org.sathach.round.Applications;
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
import org.sathach.testing.CallerStandIn;

/**
 * Test scaffolding for regrades: a round with one post (one vacancy) and four candidates who have
 * sat every part. In this package because opening a session at once needs {@code
 * Sessions.prepareForDemo}.
 *
 * <ul>
 *   <li>Theory: four single-choice questions of 1 point ({@code Q1}…{@code Q4}). The stored key of
 *       Q1 is option "PA-A"; its options are PA-A, PA-B, PA-C, PA-D. Q2–Q4 are keyed "Dung".
 *   <li>Professional: two single-choice questions of 1 point, answered right by everyone (100).
 *   <li>Presentation: three members give every candidate the same sheet, so the board's mark is
 *       that sheet's total.
 * </ul>
 *
 * The candidates C0–C3 answer the theory as {@link #THEORY} says (Q1's option, then whether Q2–Q4
 * are right) and present as {@link #PRESENTATION} says.
 */
@ApplicationScoped
public class RegradeFixtures {
  public static final String PASSWORD = "Regrade@2026x";

  /** Q1's chosen option, and Q2, Q3, Q4 right (true) or wrong, per candidate. */
  public static final Map<String, Object[]> THEORY =
      Map.of(
          "C0", new Object[] {"A", true, true, true},
          "C1", new Object[] {"B", true, false, false},
          "C2", new Object[] {"C", true, true, true},
          "C3", new Object[] {"D", true, true, true});

  /** Each candidate's presentation sheet (criteria 40 + 30 + 30) and so the board's mark. */
  public static final Map<String, String[]> PRESENTATION =
      Map.of(
          "C0", new String[] {"24", "18", "18"}, // 60
          "C1", new String[] {"28", "21", "21"}, // 70
          "C2", new String[] {"26", "19.5", "19.5"}, // 65
          "C3", new String[] {"18", "13.5", "13.5"}); // 45

  @Inject Rounds rounds;
  @Inject RoundFixtures roundFixtures;
  @Inject Applications applications;
  @Inject ExamParts parts;
  @Inject Sessions sessions;
  @Inject Users users;
  @Inject Topics topics;
  @Inject BankTransfer transfer;
  @Inject Attempts attempts;
  @Inject Presentations presentations;
  @Inject CallerStandIn caller;
  @Inject Clock clock;

  /**
   * What a test needs: the theory part, the post, each candidate's number (C0…C3), and the stem tag
   * of each theory question (Q1…Q4) as the stems contain it.
   */
  public record Sat(
      long roundId,
      long postId,
      long theoryPartId,
      Map<String, String> numbers,
      Map<String, String> stems,
      String tag) {}

  public Sat submittedRound() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Topic theoryTopic =
        topic(
            tag,
            "Lý thuyết",
            question(tag, "Q1", "PA-A", "PA-B", "PA-C", "PA-D")
                + question(tag, "Q2", "Dung", "Sai-1", "Sai-2", "Sai-3")
                + question(tag, "Q3", "Dung", "Sai-1", "Sai-2", "Sai-3")
                + question(tag, "Q4", "Dung", "Sai-1", "Sai-2", "Sai-3"));
    Topic professionalTopic =
        topic(
            tag,
            "Chuyên môn",
            question(tag, "P1", "Dung", "Sai-1", "Sai-2", "Sai-3")
                + question(tag, "P2", "Dung", "Sai-1", "Sai-2", "Sai-3"));
    SelectionRound round = rounds.draft();
    round.setName("Phúc tra " + tag);
    round.setOrganiser("Sở Nội vụ");
    round.setAppointmentDate(LocalDate.now(clock).plusMonths(2));
    round.setCoverageFactor(1);
    round = rounds.save(round);
    Post post = rounds.draftPost(round.getId(), PostLevel.DIVISION);
    post.setTitle("Trưởng phòng " + tag);
    post.setUnit("Sở Nội vụ");
    post.setSector("Nội vụ");
    post = rounds.savePost(post);
    Map<String, Long> ids = new LinkedHashMap<>();
    Map<String, String> usernames = new LinkedHashMap<>();
    for (String label : List.of("C0", "C1", "C2", "C3")) {
      String username = "rg-" + tag + "-" + label.toLowerCase();
      users.create(
          username, "Thí sinh " + label + " " + tag, null, Set.of(Role.CANDIDATE), PASSWORD, false);
      ApplicationForm form = ApplicationForm.forRound(round, post.getRatedYears());
      form.setPostId(post.getId());
      form.setUsername(username);
      form.setFullName("Thí sinh " + label + " " + tag);
      form.setBirthDate(LocalDate.of(1980, 1, 1));
      form.setGender(Gender.FEMALE);
      form.setTheory(PoliticalTheoryLevel.ADVANCED);
      form.setStateManagement(StateManagementLevel.MAIN_OFFICER);
      form.setDegree(Degree.MASTER);
      form.setAtLevelBelowSince(LocalDate.of(2015, 1, 1));
      form.getRatings().replaceAll((year, none) -> PerformanceRating.EXCELLENT);
      ids.put(label, roundFixtures.confirmedApplication(form, username).getId());
      usernames.put(label, username);
    }
    List<ExamPart> all = parts.partsOf(round.getId());
    ExamPart theory = kind(all, PartKind.THEORY);
    ExamPart professional = kind(all, PartKind.PROFESSIONAL);
    ExamPart presentation = kind(all, PartKind.PRESENTATION);
    Map<String, Long> theorySeats = open(theory, theoryTopic, 4, ids, tag + "T");
    Map<String, Long> professionalSeats = open(professional, professionalTopic, 2, ids, tag + "P");
    for (String label : ids.keySet()) {
      Object[] plan = THEORY.get(label);
      sit(usernames.get(label), theorySeats.get(label), tag + "T", q -> theoryChoice(q, plan, tag));
      sit(usernames.get(label), professionalSeats.get(label), tag + "P", q -> "Dung");
    }
    present(presentation.getId(), ids);
    Map<String, String> numbers = new LinkedHashMap<>();
    ids.forEach((label, id) -> numbers.put(label, applications.readable(id).getCandidateNumber()));
    Map<String, String> stems = new LinkedHashMap<>();
    for (String q : List.of("Q1", "Q2", "Q3", "Q4")) {
      stems.put(q, q + "-" + tag);
    }
    return new Sat(round.getId(), post.getId(), theory.getId(), numbers, stems, tag);
  }

  private static String theoryChoice(CandidateQuestion q, Object[] plan, String tag) {
    for (int i = 1; i <= 4; i++) {
      if (q.stem().contains("Q" + i + "-" + tag)) {
        if (i == 1) {
          return "PA-" + plan[0];
        }
        return (Boolean) plan[i - 1] ? "Dung" : "Sai-1";
      }
    }
    throw new IllegalStateException("unknown question " + q.stem());
  }

  private static String question(String tag, String id, String key, String... others) {
    StringBuilder text =
        new StringBuilder("=== ")
            .append(id)
            .append(tag)
            .append("\ntype: single-choice\nlevel: nhận biết\nstem: Câu hỏi ")
            .append(id)
            .append('-')
            .append(tag)
            .append("?\noption+: ")
            .append(key)
            .append('\n');
    for (String other : others) {
      text.append("option: ").append(other).append('\n');
    }
    return text.append('\n').toString();
  }

  private Topic topic(String tag, String name, String questions) {
    String full = name + " " + tag;
    String shq = "@topic Lý luận chính trị > " + full + "\n\n" + questions;
    ImportPreview preview =
        transfer.preview("shq", "regrade.shq", shq.getBytes(StandardCharsets.UTF_8));
    if (!preview.importable()) {
      throw new IllegalStateException("fixture bank refused: " + preview.problems());
    }
    transfer.importAll(preview, false, true);
    return topics.all().stream().filter(t -> t.getName().equals(full)).findFirst().orElseThrow();
  }

  private static ExamPart kind(List<ExamPart> all, PartKind kind) {
    return all.stream().filter(p -> p.getKind() == kind).findFirst().orElseThrow();
  }

  /** Publishes the part over the topic and opens a session now with everyone seated. */
  private Map<String, Long> open(
      ExamPart part, Topic topic, int count, Map<String, Long> ids, String code) {
    part.setTimeLimitMinutes(30);
    parts.saveRules(part);
    parts.saveBlueprint(
        part.getId(),
        List.of(new RowInput(topic.getId(), Difficulty.NHAN_BIET, count, BigDecimal.ONE)));
    parts.publish(part.getId());
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    ExamSession session = sessions.draft(part.getId());
    session.setName("Ca " + code);
    session.setRoom("Phòng " + code);
    session.setCapacity(10);
    session.setAdmissionRequired(false);
    session.setStartsAt(now.plus(Duration.ofMinutes(5)));
    session = sessions.save(session, List.of());
    List<Seat> seats = sessions.seatCandidates(session.getId(), new ArrayList<>(ids.values()));
    session = sessions.session(session.getId());
    session.setStartsAt(now.minusSeconds(1));
    session.setWindowMinutes(120);
    session = sessions.save(session, List.of());
    sessions.prepareForDemo(session.getId(), code.toUpperCase());
    Map<String, Long> byLabel = new LinkedHashMap<>();
    ids.forEach(
        (label, id) ->
            byLabel.put(
                label,
                seats.stream()
                    .filter(s -> s.getApplication().getId().equals(id))
                    .findFirst()
                    .orElseThrow()
                    .getId()));
    return byLabel;
  }

  /** The candidate checks in, starts, answers every question with the named option, submits. */
  private void sit(
      String username,
      long seatId,
      String code,
      java.util.function.Function<CandidateQuestion, String> choice) {
    caller.as(
        username,
        Set.of(Role.CANDIDATE),
        () -> {
          Attempt attempt = attempts.checkIn(seatId, code.toUpperCase());
          attempts.start(attempt.getId());
          for (CandidateQuestion q : attempts.questions(attempts.view(attempt.getId()))) {
            String wanted = choice.apply(q);
            int shown = -1;
            for (int i = 0; i < q.choices().size(); i++) {
              shown = q.choices().get(i).contains(wanted) ? i : shown;
            }
            if (shown < 0) {
              throw new IllegalStateException("no option " + wanted + " in " + q);
            }
            attempts.save(attempt.getId(), q.position(), "{\"choice\":" + shown + "}", false, 1);
          }
          return attempts.submit(attempt.getId(), SubmittedBy.CANDIDATE);
        });
  }

  /** Criteria 40/30/30, a board of three, and every member's sheet for every candidate. */
  private void present(long partId, Map<String, Long> ids) {
    presentations.setCriteria(
        partId,
        List.of(
            new PresentationCriterion("Nội dung đề án", new BigDecimal("40")),
            new PresentationCriterion("Tính khả thi", new BigDecimal("30")),
            new PresentationCriterion("Trả lời câu hỏi", new BigDecimal("30"))));
    List<User> members = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String name = "rg-ex-" + UUID.randomUUID().toString().substring(0, 10);
      members.add(
          users.create(name, "Thành viên " + name, null, Set.of(Role.EXAMINER), PASSWORD, false));
    }
    presentations.setMembers(partId, members.stream().map(User::getId).toList());
    List<CriterionEntry> criteria = presentations.criteria(partId);
    for (User member : members) {
      ids.forEach(
          (label, applicationId) -> {
            String[] sheet = PRESENTATION.get(label);
            Map<Long, BigDecimal> scores = new LinkedHashMap<>();
            for (int i = 0; i < sheet.length; i++) {
              scores.put(criteria.get(i).getId(), new BigDecimal(sheet[i]));
            }
            caller.as(
                member.getUsername(),
                member.getRoles(),
                () -> presentations.submit(partId, applicationId, scores, null));
          });
    }
  }

  /** The application of a candidate number, for assertions on names. */
  public Application application(long applicationId) {
    return applications.readable(applicationId);
  }
}
