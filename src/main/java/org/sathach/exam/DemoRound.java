package org.sathach.exam;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.sathach.bank.Difficulty;
import org.sathach.bank.Topic;
import org.sathach.bank.Topics;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.identity.UserFilter;
import org.sathach.identity.Users;
import org.sathach.marking.EssayScripts;
import org.sathach.marking.PresentationCriterion;
import org.sathach.marking.Presentations;
import org.sathach.platform.Dates;
import org.sathach.platform.Settings;
import org.sathach.round.Application;
import org.sathach.round.ApplicationForm;
import org.sathach.round.Applications;
import org.sathach.round.Degree;
import org.sathach.round.Gender;
import org.sathach.round.PerformanceRating;
import org.sathach.round.PoliticalTheoryLevel;
import org.sathach.round.Post;
import org.sathach.round.PostLevel;
import org.sathach.round.RoundStatus;
import org.sathach.round.Rounds;
import org.sathach.round.SelectionRound;
import org.sathach.round.StateManagementLevel;

/**
 * Demo mode's selection round, so a newcomer can walk through it right after the first start: two
 * posts with four candidates each (one of them ineligible, with the reason shown), published theory
 * and professional blueprints drawn from the sample banks, and sessions with their papers already
 * generated: the theory session open from the first start for the rest of the day (access code
 * {@value #ACCESS_CODE}, set drawn), a professional one half an hour later (the proctor draws its
 * set) and one the next morning. Built once, through the same boundaries the pages use.
 */
@Startup
@Singleton
@DependsOn({"SampleBanks", "FirstStart"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoRound {
  static final String NAME = "Thi tuyển chức danh lãnh đạo, quản lý năm 2026 (demo)";

  /** The access code of the demo's open session, printed in the README. */
  public static final String ACCESS_CODE = "DEMO26";

  private static final Logger LOG = Logger.getLogger(DemoRound.class.getName());

  @Inject Settings settings;
  @Inject Rounds rounds;
  @Inject Applications applications;
  @Inject ExamParts parts;
  @Inject Sessions sessions;
  @Inject Topics topics;
  @Inject Users users;
  @Inject EssayScripts essays;
  @Inject Presentations presentations;
  @Inject Dates dates;
  @Inject Clock clock;

  @PostConstruct
  void build() {
    if (!settings.demoMode() || rounds.all().stream().anyMatch(r -> r.getName().equals(NAME))) {
      return;
    }
    try {
      create();
    } catch (RuntimeException e) {
      LOG.log(java.util.logging.Level.SEVERE, "Demo round not built", e);
    }
  }

  private void create() {
    SelectionRound round = rounds.draft();
    round.setName(NAME);
    round.setOrganiser("Ủy ban nhân dân tỉnh Sơn Hà");
    round.setAppointmentDate(LocalDate.now(clock).plusMonths(2).withDayOfMonth(1));
    round = rounds.save(round);
    long roundId = round.getId();

    Post agriculture = rounds.draftPost(roundId, PostLevel.DEPARTMENT);
    agriculture.setTitle("Phó Giám đốc Sở Nông nghiệp và Môi trường");
    agriculture.setUnit("Sở Nông nghiệp và Môi trường");
    agriculture.setSector("Nông nghiệp và phát triển nông thôn");
    agriculture = rounds.savePost(agriculture);
    Post homeAffairs = rounds.draftPost(roundId, PostLevel.DIVISION);
    homeAffairs.setTitle("Trưởng phòng Công chức, viên chức");
    homeAffairs.setUnit("Sở Nội vụ");
    homeAffairs.setSector("Nội vụ");
    homeAffairs = rounds.savePost(homeAffairs);

    List<Long> agricultureIds = new ArrayList<>();
    agricultureIds.add(apply(agriculture, "candidate", null, "1982-05-14", Gender.FEMALE, true));
    agricultureIds.add(
        apply(agriculture, "ts.lehoangnam", "Lê Hoàng Nam", "1979-11-02", Gender.MALE, true));
    agricultureIds.add(
        apply(agriculture, "ts.phamthuha", "Phạm Thu Hà", "1984-02-20", Gender.FEMALE, true));
    // Born in 1963: retirement age comes before a five-year term could end.
    apply(agriculture, "ts.tranvanbinh", "Trần Văn Bình", "1963-03-10", Gender.MALE, true);
    List<Long> homeIds = new ArrayList<>();
    homeIds.add(apply(homeAffairs, "candidate2", null, "1986-08-30", Gender.MALE, true));
    homeIds.add(apply(homeAffairs, "ts.vuthimai", "Vũ Thị Mai", "1988-01-17", Gender.FEMALE, true));
    homeIds.add(
        apply(homeAffairs, "ts.doquanghuy", "Đỗ Quang Huy", "1983-06-05", Gender.MALE, true));
    // Only basic political theory where a division head needs intermediate.
    apply(homeAffairs, "ts.ngothilan", "Ngô Thị Lan", "1990-12-01", Gender.FEMALE, false);

    List<ExamPart> all = parts.partsOf(roundId);
    ExamPart theory = find(all, PartKind.THEORY, null);
    theory.setTimeLimitMinutes(50);
    parts.saveRules(theory);
    parts.saveBlueprint(
        theory.getId(),
        List.of(
            row(List.of("Lý luận chính trị"), Difficulty.NHAN_BIET, 20, "2"),
            row(List.of("Lý luận chính trị"), Difficulty.THONG_HIEU, 14, "2"),
            row(List.of("Lý luận chính trị"), Difficulty.VAN_DUNG, 10, "2"),
            row(List.of("Lý luận chính trị"), Difficulty.VAN_DUNG_CAO, 6, "2")));
    parts.publish(theory.getId());
    ExamPart agriculturePart =
        professional(all, agriculture, "Nông nghiệp và phát triển nông thôn");
    ExamPart homePart = professional(all, homeAffairs, "Nội vụ");

    List<Long> proctors =
        users.page(new UserFilter("proctor", Role.PROCTOR, true, "username", true), 0, 5).stream()
            .map(User::getId)
            .toList();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    Instant tomorrow = dates.toInstant(LocalDate.now(clock).plusDays(1).atTime(LocalTime.of(8, 0)));
    List<Long> everyone = new ArrayList<>(agricultureIds);
    everyone.addAll(homeIds);
    // Open from the first start for the rest of the day, so the demo candidates can sit it.
    // Seated while it is still ahead, then moved to start now: nobody can be seated in a session
    // that has opened.
    ExamSession open =
        session(
            theory,
            "Ca 1 — Lý luận chính trị",
            now.plus(Duration.ofMinutes(5)),
            "Phòng 201, Trường Chính trị tỉnh",
            proctors);
    sessions.seatCandidates(open.getId(), everyone);
    open = sessions.session(open.getId());
    open.setStartsAt(now);
    open.setLateMinutes(12 * 60);
    // A newcomer sits it alone: the code is enough. The other sessions wait for the proctor.
    open.setAdmissionRequired(false);
    open.setWindowMinutes(13 * 60);
    open = sessions.save(open, proctors);
    sessions.prepareForDemo(open.getId(), ACCESS_CODE);
    // Half an hour away: the proctor can draw its paper set at once.
    seat(
        session(
            agriculturePart,
            "Ca 2 — Chuyên môn Nông nghiệp và Môi trường",
            now.plus(Duration.ofMinutes(30)),
            "Phòng 202",
            proctors),
        agricultureIds);
    seat(session(homePart, "Ca 3 — Chuyên môn Nội vụ", tomorrow, "Phòng 203", proctors), homeIds);
    // Marking and ranking: the chair, two essay markers and a head marker for each computer part,
    // a board of three with its criteria for the presentations.
    SelectionRound saved = rounds.round(roundId);
    saved.setChair("committee");
    rounds.save(saved);
    for (ExamPart part : List.of(theory, agriculturePart, homePart)) {
      essays.setMarkers(part.getId(), List.of("examiner", "examiner2"), "examiner4", 10);
    }
    ExamPart presentation = find(all, PartKind.PRESENTATION, null);
    presentations.setCriteria(
        presentation.getId(),
        List.of(
            new PresentationCriterion("Nội dung và chất lượng đề án", new BigDecimal("40")),
            new PresentationCriterion("Tính khả thi của giải pháp", new BigDecimal("30")),
            new PresentationCriterion("Trả lời câu hỏi của Hội đồng", new BigDecimal("30"))));
    presentations.setMembers(
        presentation.getId(),
        List.of("examiner", "examiner2", "examiner3").stream()
            .map(u -> users.find(u).orElseThrow().getId())
            .toList());
    rounds.setStatus(roundId, RoundStatus.OPEN);
    LOG.info(() -> "Demo round built; session 1 is open now with access code " + ACCESS_CODE);
  }

  private ExamPart professional(List<ExamPart> all, Post post, String sector) {
    ExamPart part = find(all, PartKind.PROFESSIONAL, post);
    part.setTimeLimitMinutes(30);
    parts.saveRules(part);
    List<String> topic = List.of("Chuyên môn nghiệp vụ", sector);
    parts.saveBlueprint(
        part.getId(),
        List.of(
            row(topic, Difficulty.NHAN_BIET, 8, "4"),
            row(topic, Difficulty.THONG_HIEU, 6, "4"),
            row(topic, Difficulty.VAN_DUNG, 5, "4"),
            row(topic, Difficulty.VAN_DUNG_CAO, 4, "6")));
    return parts.publish(part.getId());
  }

  private ExamSession session(
      ExamPart part, String name, Instant at, String room, List<Long> proctors) {
    ExamSession session = sessions.draft(part.getId());
    session.setName(name);
    session.setStartsAt(at);
    session.setRoom(room);
    session.setCapacity(30);
    return sessions.save(session, proctors);
  }

  private void seat(ExamSession session, List<Long> applications) {
    sessions.seatCandidates(session.getId(), applications);
  }

  private long apply(
      Post post, String username, String fullName, String born, Gender gender, boolean good) {
    ApplicationForm form = ApplicationForm.forRound(post.getRound(), post.getRatedYears());
    form.setPostId(post.getId());
    form.setUsername(username);
    form.setFullName(
        fullName != null ? fullName : users.find(username).map(User::getFullName).orElse(username));
    form.setBirthDate(LocalDate.parse(born));
    form.setGender(gender);
    boolean department = post.getLevel() == PostLevel.DEPARTMENT;
    form.setCurrentPosition(department ? "Trưởng phòng thuộc Sở" : "Phó Trưởng phòng");
    form.setTheory(
        !good
            ? PoliticalTheoryLevel.BASIC
            : department ? PoliticalTheoryLevel.ADVANCED : PoliticalTheoryLevel.INTERMEDIATE);
    form.setStateManagement(
        department ? StateManagementLevel.MAIN_OFFICER : StateManagementLevel.OFFICER);
    form.setDegree(department ? Degree.MASTER : Degree.BACHELOR);
    form.setAtLevelBelowSince(LocalDate.of(2019, 7, 1));
    form.getRatings().replaceAll((year, none) -> PerformanceRating.GOOD);
    Application application = applications.register(form).application();
    applications.confirm(application.getId(), "Hồ sơ đã được Hội đồng kiểm tra (demo).");
    return application.getId();
  }

  private RowInput row(List<String> path, Difficulty difficulty, int count, String points) {
    Topic topic =
        topics.all().stream()
            .filter(t -> topics.pathNames(t).equals(path))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no sample topic " + path));
    return new RowInput(topic.getId(), difficulty, count, new BigDecimal(points));
  }

  private static ExamPart find(List<ExamPart> all, PartKind kind, Post post) {
    return all.stream()
        .filter(p -> p.getKind() == kind)
        .filter(
            p -> post == null || (p.getPost() != null && p.getPost().getId().equals(post.getId())))
        .findFirst()
        .orElseThrow();
  }
}
