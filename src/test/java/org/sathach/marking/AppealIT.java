package org.sathach.marking;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.sathach.audit.AuditTrail;
import org.sathach.exam.ComputerPartFixtures;
import org.sathach.exam.PartKind;
import org.sathach.identity.User;
import org.sathach.marking.AppealFixtures.Candidate;
import org.sathach.marking.AppealFixtures.Published;
import org.sathach.ranking.MyResults;
import org.sathach.ranking.PostResults;
import org.sathach.ranking.RankingProblem;
import org.sathach.ranking.ShortlistReopening;
import org.sathach.ranking.SignOffs;
import org.sathach.ranking.report.CandidateResult;
import org.sathach.round.RoundFixtures;
import org.sathach.testing.CallerStandIn;
import org.sathach.testing.Deployments;

/**
 * Appeals on a real Payara Micro and database, in one deployment. Each test builds its own round,
 * sat, marked, signed off and published ({@link AppealFixtures}); the committee's steps run with no
 * caller (the system acts for the committee), candidates and examiners act through {@link
 * CallerStandIn}. The last test also asks over HTTP, logged in as a candidate.
 */
@ExtendWith(ArquillianExtension.class)
class AppealIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.application()
        .addClasses(
            AppealIT.class,
            CallerStandIn.class,
            AppealFixtures.class,
            ComputerPartFixtures.class,
            RoundFixtures.class);
  }

  @ArquillianResource URL base;
  @Inject AppealFixtures fixtures;
  @Inject Appeals appeals;
  @Inject KeyReports keyReports;
  @Inject EssayScripts scripts;
  @Inject PostResults results;
  @Inject SignOffs signOffs;
  @Inject MyResults myResults;
  @Inject AuditTrail audit;

  @Test
  void anEssayAppealIsRemarkedBlindAndReopensTheFinalShortlist() {
    Published round = fixtures.publishedRound();
    Candidate a = round.candidate(0);
    Candidate c = round.candidate(2);
    assertEquals(key(a), results.of(round.postId()).ranking().ranked().get(0).candidate());
    assertTrue(signOffs.state(round.postId()).isFinal());
    CandidateResult before = as(c, () -> myResults.result(c.applicationId())).orElseThrow();
    assertEquals(3, before.rank());
    assertEquals(3, before.rankedCount());

    List<EssayScript> mine = as(c, () -> appeals.myScripts(c.applicationId()));
    assertEquals(List.of(c.scriptId()), mine.stream().map(EssayScript::getId).toList());
    Appeal appeal =
        as(
            c,
            () ->
                appeals.file(
                    c.applicationId(), round.theoryPart(), c.scriptId(), "Tôi đề nghị phúc khảo"));
    assertEquals(Appeal.Status.FILED, appeal.getStatus());
    assertEquals(
        "appeal.already",
        refusal(
            () ->
                as(
                    c,
                    () ->
                        appeals.file(
                            c.applicationId(), round.theoryPart(), c.scriptId(), "Lần nữa"))));

    // The first markers may not re-mark their own script.
    for (User first : round.essayMarkers().subList(0, 2)) {
      assertEquals(
          "appeal.remarkerMarkedBefore",
          refusal(() -> appeals.assign(appeal.getId(), first.getUsername())));
    }
    User remarker = fixtures.examiner("re");
    Appeal assigned = appeals.assign(appeal.getId(), remarker.getUsername());
    assertEquals(Appeal.Status.REMARKING, assigned.getStatus());
    assertEquals(new BigDecimal("63.64"), assigned.getMarkBefore());
    assertEquals("appeal.remarkPending", refusal(() -> appeals.decide(appeal.getId(), null)));

    // The re-marker sees one blind assignment: the code and the task, no name, no earlier mark.
    List<ScriptMark> work = fixtures.as(remarker, () -> scripts.myWork());
    assertEquals(1, work.size());
    ScriptMark task = work.get(0);
    assertEquals(ScriptMark.Role.APPEAL, task.getRole());
    assertNull(task.getPoints());
    assertNull(task.getComment());
    assertNull(task.getScript().getFinalPoints(), "the earlier final mark is hidden");
    assertNothingNamed(task, c);
    assertNothingNamed(task.getScript(), c);

    fixtures.as(remarker, () -> scripts.mark(task.getId(), new BigDecimal("9.5"), "Đủ ý"));
    Appeal decided = appeals.decide(appeal.getId(), "Chấp nhận kết quả phúc khảo");
    assertEquals(Appeal.Status.DECIDED, decided.getStatus());
    // (1 + 9.5) of 11 points.
    assertEquals(new BigDecimal("95.45"), decided.getMarkAfter());

    // The part mark and the ranking follow; the final shortlist is reopened with a record.
    assertEquals(key(c), results.of(round.postId()).ranking().ranked().get(0).candidate());
    assertFalse(signOffs.state(round.postId()).isFinal());
    List<ShortlistReopening> reopenings = signOffs.standing(round.postId()).reopenings();
    assertEquals(1, reopenings.size());
    assertTrue(
        reopenings.get(0).getReason().startsWith("appeal #" + appeal.getId()),
        reopenings.get(0).getReason());
    CandidateResult after = as(c, () -> myResults.result(c.applicationId())).orElseThrow();
    assertEquals(1, after.rank());
    assertEquals(new BigDecimal("95.45"), after.marks().get(PartKind.THEORY));
    assertTrue(
        audit.latest(0, 200, "APPEAL_DECIDED", null).stream()
            .anyMatch(e -> e.getTarget().equals("appeal " + appeal.getId())));
  }

  /**
   * Published 15 days ago (day 15 of 15) an appeal is accepted; published 16 days ago it is
   * refused. The presentation appeal then goes to an examiner off the board, who re-marks it under
   * a code.
   */
  @Test
  void theWindowClosesAfterDayFifteenAndAPresentationIsRemarkedOffTheBoard() {
    Published round = fixtures.publishedRound();
    Candidate a = round.candidate(0);
    Candidate b = round.candidate(1);
    fixtures.publishedAgo(round.roundId(), Duration.ofDays(16));
    assertEquals(
        "appeal.windowClosed",
        refusal(
            () ->
                as(
                    b,
                    () ->
                        appeals.file(
                            b.applicationId(), round.presentationPart(), null, "Quá hạn"))));

    fixtures.publishedAgo(round.roundId(), Duration.ofDays(15));
    Appeal appeal =
        as(
            b,
            () ->
                appeals.file(
                    b.applicationId(),
                    round.presentationPart(),
                    null,
                    "Xin chấm lại thuyết trình"));
    assertEquals(Appeal.Kind.PRESENTATION, appeal.getKind());

    User member = round.board().get(0);
    assertEquals(
        "appeal.remarkerOnBoard",
        refusal(() -> appeals.assign(appeal.getId(), member.getUsername())));
    assertEquals(
        "appeal.remarkerNotExaminer",
        refusal(() -> appeals.assign(appeal.getId(), a.user().getUsername())));
    User remarker = fixtures.examiner("pr");
    appeals.assign(appeal.getId(), remarker.getUsername());
    List<Appeals.PresentationRemark> tasks = fixtures.as(remarker, () -> appeals.myRemarks());
    assertEquals(1, tasks.size());
    assertEquals(appeal.getCode(), tasks.get(0).code());
    assertNull(tasks.get(0).mark());
    assertEquals(
        "appeal.notYours",
        refusal(
            () ->
                fixtures.as(
                    member, () -> appeals.remarkPresentation(appeal.getId(), BigDecimal.TEN))));
    assertEquals(
        "appeal.markDecimals",
        refusal(
            () ->
                fixtures.as(
                    remarker,
                    () -> appeals.remarkPresentation(appeal.getId(), new BigDecimal("80.125")))));
    fixtures.as(remarker, () -> appeals.remarkPresentation(appeal.getId(), new BigDecimal("82.5")));
    Appeal decided = appeals.decide(appeal.getId(), null);
    assertEquals(0, new BigDecimal("70").compareTo(decided.getMarkBefore()));
    assertEquals(
        Map.of(b.applicationId(), new BigDecimal("82.50")),
        appeals.presentationOverrides(round.presentationPart()));
  }

  @Test
  void computerMarkedQuestionsAreNotRemarkedButTheirKeyCanBeReported() {
    Published round = fixtures.publishedRound();
    Candidate a = round.candidate(0);
    assertEquals(
        "appeal.computerMarked",
        refusal(
            () ->
                as(
                    a,
                    () ->
                        appeals.file(
                            a.applicationId(), round.professionalPart(), null, "Sai đáp án"))));
    assertEquals(
        "appeal.key.notComputerMarked",
        refusal(
            () -> as(a, () -> keyReports.report(a.theoryAttempt(), a.essayPosition(), "Đáp án?"))));
    assertEquals(
        List.of(1),
        as(a, () -> keyReports.questions(a.professionalAttempt())).stream()
            .map(KeyReports.Question::getNumber)
            .toList());
    KeyReport report =
        as(a, () -> keyReports.report(a.professionalAttempt(), 0, "Đáp án đúng phải là Sai"));
    assertEquals(KeyReport.Status.OPEN, report.getStatus());
    Candidate b = round.candidate(1);
    assertEquals(
        "appeal.key.notFound",
        refusal(
            () ->
                as(b, () -> keyReports.report(a.professionalAttempt(), 0, "Không phải bài tôi"))));

    User editor = fixtures.editor();
    assertTrue(
        fixtures.as(editor, () -> keyReports.forEditors(true)).stream()
            .anyMatch(r -> r.getId().equals(report.getId())));
    KeyReport closed =
        fixtures.as(editor, () -> keyReports.close(report.getId(), "Đáp án đúng, không sửa"));
    assertEquals(KeyReport.Status.CLOSED, closed.getStatus());
    assertEquals(editor.getUsername(), closed.getHandledBy());
  }

  @Test
  void aCandidateSeesOnlyTheirOwnResult() throws Exception {
    Published round = fixtures.publishedRound();
    Candidate a = round.candidate(0);
    Candidate b = round.candidate(1);
    assertEquals(
        "results.candidate.notFound",
        assertThrows(RankingProblem.class, () -> as(a, () -> myResults.result(b.applicationId())))
            .messageKey());
    assertEquals(
        "appeal.notFound",
        refusal(
            () ->
                as(
                    a,
                    () ->
                        appeals.file(
                            b.applicationId(),
                            round.theoryPart(),
                            b.scriptId(),
                            "Không phải tôi"))));

    HttpResponse<byte[]> own = get(a, "/my-result/" + a.applicationId());
    assertEquals(200, own.statusCode());
    assertEquals("application/pdf", own.headers().firstValue("Content-Type").orElse(""));
    assertTrue(new String(own.body(), 0, 5, UTF_8).startsWith("%PDF"));
    assertEquals(404, get(a, "/my-result/" + b.applicationId()).statusCode());
    HttpResponse<byte[]> page = get(a, "/candidate/results.xhtml");
    assertEquals(200, page.statusCode());
    String html = new String(page.body(), UTF_8);
    assertTrue(html.contains(a.user().getFullName()) || html.contains(key(a)), "own result shown");
    assertFalse(html.contains(b.user().getFullName()), "another candidate's name never shown");
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static String key(Candidate c) {
    return c.number();
  }

  private HttpResponse<byte[]> get(Candidate c, String path) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String basic = c.user().getUsername() + ":" + AppealFixtures.PASSWORD;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
            .header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(UTF_8)))
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> T as(Candidate c, java.util.function.Supplier<T> work) {
    return fixtures.as(c.user(), work);
  }

  /** No getter of {@code shown} says the candidate's name or candidate number. */
  private void assertNothingNamed(Object shown, Candidate c) {
    for (Method m : shown.getClass().getMethods()) {
      if (m.getParameterCount() == 0
          && m.getName().startsWith("get")
          && !m.getName().equals("getClass")) {
        Object value;
        try {
          value = m.invoke(shown);
        } catch (ReflectiveOperationException e) {
          continue;
        }
        if (!(value instanceof String text)) {
          continue;
        }
        assertFalse(text.contains(c.user().getFullName()), m.getName() + " names the candidate");
        assertFalse(text.contains(c.number()), m.getName() + " gives the candidate number");
      }
    }
  }

  private static String refusal(Executable call) {
    return assertThrows(MarkingProblem.class, call).messageKey();
  }
}
