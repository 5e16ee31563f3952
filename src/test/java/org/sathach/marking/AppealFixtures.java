package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.sathach.bank.BankTransfer;
import org.sathach.bank.Difficulty;
import org.sathach.bank.ImportPreview;
import org.sathach.bank.QuestionType;
import org.sathach.bank.Topic;
import org.sathach.bank.Topics;
import org.sathach.delivery.Attempt;
import org.sathach.delivery.Attempts;
import org.sathach.delivery.CandidateQuestion;
import org.sathach.delivery.SubmittedBy;
import org.sathach.exam.ComputerPartFixtures;
import org.sathach.exam.ExamPart;
import org.sathach.exam.ExamParts;
import org.sathach.exam.PartKind;
import org.sathach.exam.RowInput;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.identity.Users;
import org.sathach.ranking.PostResults;
import org.sathach.ranking.SignOffs;
import org.sathach.ranking.Vote;
import org.sathach.round.Application;
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
import org.sathach.testing.CallerStandIn;

/**
 * Test scaffolding for {@code AppealIT}: a round with one post (one vacancy) and three candidates
 * A, B, C who sat everything, with the results signed off and published now.
 *
 * <ul>
 *   <li>Theory: a true/false question worth 1 point answered right by all, and an essay worth 10
 *       double marked in agreement: A 8, B 7, C 6 (9, 8, 7 of 11: 81.82, 72.73, 63.64).
 *   <li>Professional: one true/false question, answered right by all (100).
 *   <li>Presentation: three board members give everyone 70.
 * </ul>
 *
 * Totals 251.82, 242.73, 233.64: A ranks first and is shortlisted.
 */
@ApplicationScoped
public class AppealFixtures {
  public static final String PASSWORD = "Appeal@2026x";

  @Inject Rounds rounds;
  @Inject RoundFixtures roundFixtures;
  @Inject ExamParts parts;
  @Inject ComputerPartFixtures computerParts;
  @Inject Users users;
  @Inject Topics topics;
  @Inject BankTransfer transfer;
  @Inject Attempts attempts;
  @Inject EssayScripts scripts;
  @Inject Presentations presentations;
  @Inject SignOffs signOffs;
  @Inject CallerStandIn caller;
  @PersistenceContext EntityManager em;

  /** A candidate who sat the round. */
  public record Candidate(
      User user,
      long applicationId,
      String number,
      long theoryAttempt,
      long professionalAttempt,
      long scriptId,
      int essayPosition) {}

  /** The published round. */
  public record Published(
      long roundId,
      long postId,
      long theoryPart,
      long professionalPart,
      long presentationPart,
      List<Candidate> candidates,
      List<User> essayMarkers,
      List<User> board) {
    public Candidate candidate(int i) {
      return candidates.get(i);
    }
  }

  public Published publishedRound() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Topic topic = bank(tag);
    SelectionRound round = rounds.draft();
    round.setName("AppealIT " + tag);
    round.setOrganiser("Sở Nội vụ");
    round.setAppointmentDate(LocalDate.now().plusMonths(3));
    round.setCoverageFactor(1);
    round = rounds.save(round);
    Post post = rounds.draftPost(round.getId(), PostLevel.DIVISION);
    post.setTitle("Trưởng phòng " + tag);
    post.setUnit("Sở Nội vụ");
    post.setSector("Nội vụ");
    post = rounds.savePost(post);
    List<User> people = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String username = "pk-" + tag + "-" + i;
      String name = "Nguyễn Văn " + (char) ('A' + i) + " " + tag;
      people.add(users.create(username, name, null, Set.of(Role.CANDIDATE), PASSWORD, false));
      ids.add(
          roundFixtures
              .confirmedApplication(form(round, post, username, name, i), username)
              .getId());
    }
    long theory = part(round, PartKind.THEORY);
    long professional = part(round, PartKind.PROFESSIONAL);
    long presentation = part(round, PartKind.PRESENTATION);
    List<User> markers = List.of(examiner("m1"), examiner("m2"), examiner("head"));
    scripts.setMarkers(
        theory,
        List.of(markers.get(0).getUsername(), markers.get(1).getUsername()),
        markers.get(2).getUsername(),
        10);
    ComputerPartFixtures.Opened theorySession =
        computerParts.open(
            theory,
            List.of(
                new RowInput(topic.getId(), Difficulty.NHAN_BIET, 1, BigDecimal.ONE),
                new RowInput(topic.getId(), Difficulty.THONG_HIEU, 1, BigDecimal.TEN)),
            ids);
    ComputerPartFixtures.Opened professionalSession =
        computerParts.open(
            professional,
            List.of(new RowInput(topic.getId(), Difficulty.NHAN_BIET, 1, BigDecimal.ONE)),
            ids);
    List<Candidate> candidates = new ArrayList<>();
    Map<Long, Integer> byAttempt = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      User user = people.get(i);
      long appId = ids.get(i);
      long t = sit(user, theorySession, appId, "Bài tự luận của thí sinh " + i);
      long p = sit(user, professionalSession, appId, null);
      byAttempt.put(t, i);
      EssayScript essayScript = scripts.scriptsOf(t).values().iterator().next();
      long script = essayScript.getId();
      String number = PostResults.keyOf(em.find(Application.class, appId));
      candidates.add(new Candidate(user, appId, number, t, p, script, essayScript.getPosition()));
    }
    BigDecimal[] essay = {new BigDecimal("8"), new BigDecimal("7"), new BigDecimal("6")};
    for (User marker : markers.subList(0, 2)) {
      as(
          marker,
          () -> {
            for (ScriptMark m : scripts.myWork()) {
              int i = byAttempt.get(m.getScript().getAttemptId());
              scripts.mark(m.getId(), essay[i], null);
            }
            return null;
          });
    }
    List<User> board = List.of(examiner("b1"), examiner("b2"), examiner("b3"));
    presentations.setCriteria(
        presentation, List.of(new PresentationCriterion("Nội dung đề án", new BigDecimal("100"))));
    presentations.setMembers(presentation, board.stream().map(User::getId).toList());
    presentations.draw(presentation);
    long criterion = presentations.criteria(presentation).get(0).getId();
    for (User member : board) {
      for (long appId : ids) {
        as(
            member,
            () ->
                presentations.submit(
                    presentation, appId, Map.of(criterion, new BigDecimal("70")), null));
      }
    }
    users.create("cm-" + tag, "Ủy viên " + tag, null, Set.of(Role.COMMITTEE), PASSWORD, false);
    for (String member : signOffs.members()) {
      if (!signOffs.state(post.getId()).isFinal()) {
        long postId = post.getId();
        as(
            member,
            Set.of(Role.COMMITTEE),
            () -> signOffs.vote(postId, Vote.Stance.APPROVE, null, null));
      }
    }
    signOffs.publish(round.getId());
    return new Published(
        round.getId(),
        post.getId(),
        theory,
        professional,
        presentation,
        candidates,
        markers,
        board);
  }

  /** Moves the round's publication back by {@code ago}, as if published then. */
  @Transactional
  public void publishedAgo(long roundId, Duration ago) {
    em.createNativeQuery(
            "UPDATE selection_round SET results_published_at = ?, results_published_by = ?"
                + " WHERE id = ?")
        .setParameter(
            1,
            new org.sathach.platform.UtcInstantConverter()
                .convertToDatabaseColumn(Instant.now().minus(ago)))
        .setParameter(2, "fixture")
        .setParameter(3, roundId)
        .executeUpdate();
  }

  public User examiner(String prefix) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 10);
    return users.create(name, "Giám khảo " + name, null, Set.of(Role.EXAMINER), PASSWORD, false);
  }

  public User editor() {
    String name = "ed-" + UUID.randomUUID().toString().substring(0, 10);
    return users.create(name, "Biên tập " + name, null, Set.of(Role.BANK_EDITOR), PASSWORD, false);
  }

  public <T> T as(User user, Supplier<T> work) {
    return caller.as(user.getUsername(), user.getRoles(), work);
  }

  public <T> T as(String username, Set<Role> roles, Supplier<T> work) {
    return caller.as(username, roles, work);
  }

  /** Sits a part: every true/false question answered true, the essay (if any) with its text. */
  private long sit(User user, ComputerPartFixtures.Opened session, long appId, String essay) {
    return as(
        user,
        () -> {
          Attempt attempt = attempts.checkIn(session.seats().get(appId), session.accessCode());
          attempts.start(attempt.getId());
          Attempt started = attempts.view(attempt.getId());
          for (CandidateQuestion q : attempts.questions(started)) {
            String response =
                q.type() == QuestionType.ESSAY
                    ? "{\"text\":\"" + essay + "\"}"
                    : "{\"value\":true}";
            attempts.save(attempt.getId(), q.position(), response, false, 1);
          }
          attempts.submit(attempt.getId(), SubmittedBy.CANDIDATE);
          return attempt.getId();
        });
  }

  private long part(SelectionRound round, PartKind kind) {
    return parts.partsOf(round.getId()).stream()
        .filter(p -> p.getKind() == kind)
        .map(ExamPart::getId)
        .findFirst()
        .orElseThrow();
  }

  private static ApplicationForm form(
      SelectionRound round, Post post, String username, String name, int i) {
    ApplicationForm form = ApplicationForm.forRound(round, post.getRatedYears());
    form.setPostId(post.getId());
    form.setUsername(username);
    form.setFullName(name);
    form.setBirthDate(LocalDate.of(1980, 1, 1 + i));
    form.setGender(i % 2 == 0 ? Gender.FEMALE : Gender.MALE);
    form.setTheory(PoliticalTheoryLevel.ADVANCED);
    form.setStateManagement(StateManagementLevel.MAIN_OFFICER);
    form.setDegree(Degree.MASTER);
    form.setAtLevelBelowSince(LocalDate.of(2012, 1, 1));
    form.getRatings().replaceAll((year, none) -> PerformanceRating.EXCELLENT);
    return form;
  }

  /** One true/false question (nhận biết) and one essay (thông hiểu) in a topic of their own. */
  private Topic bank(String tag) {
    String name = "Phúc khảo " + tag;
    String shq =
        "@topic Lý luận chính trị > "
            + name
            + "\n\n=== PK1\ntype: true-false\nlevel: nhận biết\nstem: Câu đúng sai "
            + tag
            + "?\nanswer: đúng\n"
            + "\n=== PK2\ntype: essay\nlevel: thông hiểu\nstem: Câu tự luận "
            + tag
            + "?\nguide: HUONG-DAN-"
            + tag
            + "\ncriterion: 1 | Trình bày đủ ý\n";
    ImportPreview preview =
        transfer.preview("shq", "appeal.shq", shq.getBytes(StandardCharsets.UTF_8));
    if (!preview.importable()) {
      throw new IllegalStateException("fixture bank refused: " + preview.problems());
    }
    transfer.importAll(preview, false, true);
    return topics.all().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
  }
}
