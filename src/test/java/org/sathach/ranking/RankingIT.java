package org.sathach.ranking;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sathach.audit.AuditEvent;
import org.sathach.audit.AuditTrail;
import org.sathach.bank.QuestionData;
import org.sathach.delivery.Attempt;
import org.sathach.delivery.PaperCache;
import org.sathach.exam.ExamFixtures;
import org.sathach.exam.ExamParts;
import org.sathach.exam.PaperItem;
import org.sathach.exam.PartKind;
import org.sathach.exam.ResultFixtures;
import org.sathach.exam.ResultFixtures.Built;
import org.sathach.identity.Role;
import org.sathach.identity.User;
import org.sathach.identity.Users;
import org.sathach.marking.EssayScript;
import org.sathach.marking.EssayScripts;
import org.sathach.marking.FixedPresentationMarks;
import org.sathach.marking.MarkerAgreement;
import org.sathach.marking.MarkingMode;
import org.sathach.marking.MarkingProblem;
import org.sathach.marking.PartMarks;
import org.sathach.marking.PartOutcome;
import org.sathach.marking.PresentationAbsences;
import org.sathach.marking.ScriptMark;
import org.sathach.proctoring.Proctoring;
import org.sathach.proctoring.Sanction;
import org.sathach.ranking.report.ReportReading;
import org.sathach.ranking.report.ReportReading.Row;
import org.sathach.round.Application;
import org.sathach.testing.Browser;
import org.sathach.testing.Deployments;

/**
 * Issue 7's marking and sign-off on a real Payara Micro and database. Candidates sit their parts
 * over HTTP as in {@code DeliveryIT}; examiners and committee members act over HTTP too (through
 * the test-only {@link RankingTestResource}), since the rules depend on who calls; the test looks
 * at the rows and the results in the container. Presentation marks come from {@link
 * FixedPresentationMarks}. Every figure asserted is worked out by hand in the comments.
 *
 * <p>The last two tests run outside the container ({@code @RunAsClient}) and drive the committee's
 * page in a headless Chromium ({@link RankingPage}); they ask {@link BrowserFixture} for a complete
 * post built with this class's in-container helpers.
 *
 * <p>Papers (see {@link ResultFixtures}): theory = one true/false question, 1 point; professional =
 * single choice (2 points) + multiple response with 2 keys among 4 options (4 points) + an essay.
 */
@ExtendWith(ArquillianExtension.class)
class RankingIT {
  private static final Logger LOG = Logger.getLogger(RankingIT.class.getName());
  private static final String PASSWORD = "Ranking@2026x";

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWith(
        RankingIT.class,
        RankingIT.Client.class,
        RankingIT.Reply.class,
        RankingIT.Plan.class,
        RankingTestResource.class,
        RankingIT.BrowserFixture.class,
        // Named in the browser tests' helpers, which CDI reads when it injects this class.
        ReportReading.class,
        ReportReading.Row.class,
        FixedPresentationMarks.class,
        ResultFixtures.class,
        ResultFixtures.Built.class,
        ResultFixtures.Candidate.class,
        ExamFixtures.class,
        ExamFixtures.OpenSession.class,
        ExamFixtures.Seated.class,
        org.sathach.round.RoundFixtures.class);
  }

  @ArquillianResource URL base;
  @Inject ResultFixtures fixtures;
  @Inject EssayScripts scripts;
  @Inject PartMarks partMarks;
  @Inject PostResults postResults;
  @Inject PresentationAbsences absences;
  @Inject SignOffs signOffs;
  @Inject ExamParts parts;
  @Inject Proctoring proctoring;
  @Inject PaperCache cache;
  @Inject Users users;
  @Inject AuditTrail audit;
  @PersistenceContext EntityManager em;

  // --- 1. blind double marking ---

  @Test
  void essaysAreDoubleMarkedBlindAndTheirMarksMakeThePartMark() {
    Built built = fixtures.build(tag(), 2, null, BigDecimal.TEN);
    String m1 = examiner(built, "m1");
    String m2 = examiner(built, "m2");
    String head = examiner(built, "head");
    scripts.setMarkers(built.professionalPart(), List.of(m1, m2), head, 10);

    // A: single choice right (2), both keys only (4), an essay. B: single choice right (2), one
    // key only (0 under all or nothing), an essay; B is reprimanded during the attempt.
    long attemptA = sitProfessional(built, 0, new Plan(true, 2, 0, "Bài của A", null), false);
    long attemptB = sitProfessional(built, 1, new Plan(true, 1, 0, "Bài của B", null), true);

    EssayScript scriptA = onlyScript(attemptA);
    EssayScript scriptB = onlyScript(attemptB);
    for (EssayScript s : List.of(scriptA, scriptB)) {
      assertTrue(s.getCode().matches("BT-[A-Z2-9]{4}-[A-Z2-9]{4}"), s.getCode());
      assertEquals(EssayScript.Status.DOUBLE, s.getStatus());
      assertEquals(0, new BigDecimal("10").compareTo(s.getMaxPoints()));
    }
    assertFalse(scriptA.getCode().equals(scriptB.getCode()));
    // Both markers have load 0 at the first script and 1 at the second: by name, m1 first.
    Map<Long, Map<ScriptMark.Role, ScriptMark>> assigned = marksByScript(built.professionalPart());
    for (EssayScript s : List.of(scriptA, scriptB)) {
      assertEquals(m1, assigned.get(s.getId()).get(ScriptMark.Role.FIRST).getMarker());
      assertEquals(m2, assigned.get(s.getId()).get(ScriptMark.Role.SECOND).getMarker());
      assertNull(assigned.get(s.getId()).get(ScriptMark.Role.THIRD));
    }
    long m1OnA = assigned.get(scriptA.getId()).get(ScriptMark.Role.FIRST).getId();
    long m2OnA = assigned.get(scriptA.getId()).get(ScriptMark.Role.SECOND).getId();
    long m1OnB = assigned.get(scriptB.getId()).get(ScriptMark.Role.FIRST).getId();
    long m2OnB = assigned.get(scriptB.getId()).get(ScriptMark.Role.SECOND).getId();

    Client first = new Client(m1);
    Client second = new Client(m2);
    Client headMarker = new Client(head);
    assertEquals(
        "marking.pointsRange", first.post("/marks/" + m1OnA + "?points=10.5").error(), "> max");
    assertEquals("marking.pointsRange", first.post("/marks/" + m1OnA + "?points=-1").error());
    assertEquals("marking.pointsDecimals", first.post("/marks/" + m1OnA + "?points=7.125").error());
    assertEquals(200, first.post("/marks/" + m1OnA + "?points=7").status());
    assertEquals(200, second.post("/marks/" + m2OnB + "?points=6").status());

    // Each marker's work lists their own assignments only, with the script code, never the
    // other marker's mark: m1 sees 7 on A and nothing on B; m2 nothing on A and 6 on B.
    assertEquals(Map.of(m1OnA, "7", m1OnB, "-"), work(first.get("/my-work").array(), m1));
    assertEquals(Map.of(m2OnA, "-", m2OnB, "6"), work(second.get("/my-work").array(), m2));
    assertEquals("marking.notYourScript", first.get("/marks/" + m2OnA).error());
    assertEquals("marking.notYourScript", second.post("/marks/" + m1OnB + "?points=5").error());
    assertEquals(scriptA.getCode(), first.get("/marks/" + m1OnA).json().getString("code"));
    assertEquals(
        "marking.examinersOnly",
        new Client(candidate(built, 0), ExamFixtures.PASSWORD).get("/my-work").error());

    // A: 7 and 8 differ by 1 = 10 % of 10, not more: they agree, the mean 7.50 is final.
    JsonObject settledA = second.post("/marks/" + m2OnA + "?points=8").json();
    assertEquals("FINAL", settledA.getString("status"));
    assertEquals(EssayScript.Status.FINAL, script(scriptA.getId()).getStatus());
    assertEquals(new BigDecimal("7.50"), script(scriptA.getId()).getFinalPoints().setScale(2));
    assertEquals("marking.alreadyMarked", first.post("/marks/" + m1OnA + "?points=6").error());

    // B: 4 and 6 differ by 2 > 1: the head marks it a third time and that mark (5.5) is final.
    JsonObject escalated = first.post("/marks/" + m1OnB + "?points=4").json();
    assertEquals("THIRD", escalated.getString("status"));
    ScriptMark third =
        marksByScript(built.professionalPart()).get(scriptB.getId()).get(ScriptMark.Role.THIRD);
    assertNotNull(third, "the head is given the script");
    assertEquals(head, third.getMarker());
    JsonArray headWork = headMarker.get("/my-work").array();
    assertEquals(Set.of(third.getId()), ids(headWork));
    assertFalse(headWork.get(0).asJsonObject().containsKey("points"), "blind: no earlier mark");
    assertEquals(
        "marking.notYourScript", first.post("/marks/" + third.getId() + "?points=9").error());
    assertEquals(
        "FINAL",
        headMarker.post("/marks/" + third.getId() + "?points=5.5").json().getString("status"));
    assertEquals(new BigDecimal("5.50"), script(scriptB.getId()).getFinalPoints().setScale(2));

    // Agreement of m1 and m2 on the essay over pairs (7, 8) and (4, 6): 1 of 2 within the
    // threshold = 50.00 %. N = 2, Σa = 11, Σb = 14, Σa² = 65, Σb² = 100, Σ(a−b)² = 1 + 4 = 5;
    // expected = 2·65 + 2·100 − 2·11·14 = 22; κ = (22 − 2·5) / 22 = 0.54545… → 0.5455.
    MarkerAgreement agreement =
        scripts.agreement(built.professionalPart()).get(scriptA.getVersionId());
    assertEquals(2, agreement.scripts());
    assertEquals(1, agreement.withinThreshold());
    assertEquals(new BigDecimal("50.00"), agreement.sharePercent());
    assertEquals(new BigDecimal("0.5455"), agreement.kappa());

    // Paper: 2 + 4 + 10 = 16 points.
    // A: (2 + 4 + 7.50) / 16 × 100 = 84.375 → 84.38, no sanction.
    // B: (2 + 0 + 5.50) / 16 × 100 = 46.875 → 46.88; reprimand −25 %: 46.88 × 0.75 = 35.16.
    Map<Long, PartOutcome> outcomes = partMarks.ofPart(parts.part(built.professionalPart()));
    PartOutcome a = outcomes.get(built.candidates().get(0).applicationId());
    assertEquals(PartOutcome.State.MARKED, a.state());
    assertEquals(0, new BigDecimal("13.5").compareTo(a.raw()), a.raw().toPlainString());
    assertEquals(0, new BigDecimal("16").compareTo(a.available()));
    assertEquals(new BigDecimal("84.38"), a.mark().mark());
    assertNull(a.sanctioned().applied());
    PartOutcome b = outcomes.get(built.candidates().get(1).applicationId());
    assertEquals(0, new BigDecimal("7.5").compareTo(b.raw()), b.raw().toPlainString());
    assertEquals(new BigDecimal("46.88"), b.sanctioned().before());
    assertEquals(Sanction.REPRIMAND, b.sanctioned().applied());
    assertEquals(25, b.sanctioned().deductionPercent());
    assertEquals(new BigDecimal("35.16"), b.mark().mark());
    assertFalse(b.mark().voided());
  }

  // --- appeals: found while writing the tests above (see the report) ---

  @Test
  void onlyTheCommitteeReopensAScriptForAnAppeal() {
    Built built = fixtures.build(tag(), 2, null, BigDecimal.TEN);
    EssayScript script = agreedScript(built);
    String remarker = examiner(built, "appeal");
    // A candidate (or any examiner) must not be able to reopen a final script and pick its
    // re-marker: reopenForAppeal checks no caller at all.
    Reply byCandidate =
        new Client(candidate(built, 0), ExamFixtures.PASSWORD)
            .post("/scripts/" + script.getId() + "/appeal?remarker=" + remarker);
    assertEquals(409, byCandidate.status(), byCandidate.body());
    assertEquals(EssayScript.Status.FINAL, script(script.getId()).getStatus());
  }

  @Test
  void settingMarkersDuringAnAppealGivesTheHeadNoThirdMarking() {
    Built built = fixtures.build(tag(), 2, null, BigDecimal.TEN);
    EssayScript script = agreedScript(built);
    String remarker = examiner(built, "appeal");
    String head2 = examiner(built, "head2");
    scripts.reopenForAppeal(script.getId(), remarker);
    // The committee changes the head while the appeal is open. The script's marks agreed (7 and
    // 8): it needs its re-mark only, never a third marking by the head.
    List<String> markers = scripts.markers(built.professionalPart());
    scripts.setMarkers(built.professionalPart(), markers, head2, 10);
    Map<ScriptMark.Role, ScriptMark> marks =
        marksByScript(built.professionalPart()).get(script.getId());
    assertEquals(remarker, marks.get(ScriptMark.Role.APPEAL).getMarker());
    assertNull(marks.get(ScriptMark.Role.THIRD), "an appeal is not a disagreement");
  }

  /** Candidate 0's essay, marked 7 and 8 by two new markers: final, 7.50. */
  private EssayScript agreedScript(Built built) {
    String m1 = examiner(built, "m1");
    String m2 = examiner(built, "m2");
    scripts.setMarkers(built.professionalPart(), List.of(m1, m2), examiner(built, "head"), 10);
    long attempt = sitProfessional(built, 0, new Plan(true, 2, 0, "Bài phúc khảo", null), false);
    EssayScript script = onlyScript(attempt);
    Map<ScriptMark.Role, ScriptMark> marks =
        marksByScript(built.professionalPart()).get(script.getId());
    new Client(m1).post("/marks/" + marks.get(ScriptMark.Role.FIRST).getId() + "?points=7").json();
    new Client(m2).post("/marks/" + marks.get(ScriptMark.Role.SECOND).getId() + "?points=8").json();
    assertEquals(EssayScript.Status.FINAL, script(script.getId()).getStatus());
    return script;
  }

  // --- 2. partial credit and negative marking at submit ---

  @Test
  void partialCreditAndNegativeMarkingAreAppliedAtSubmit() {
    Built built = fixtures.build(tag(), 2, null, BigDecimal.valueOf(2));
    fixtures.setMarkingRules(
        built.professionalPart(), MarkingMode.PARTIAL_CREDIT, new BigDecimal("0.25"));
    // A: single choice wrong, one of the two keys only, the essay left out.
    long attemptA = sitProfessional(built, 0, new Plan(false, 1, 0, null, null), false);
    // B: single choice right, every option (both keys and both distractors), a blank essay.
    long attemptB = sitProfessional(built, 1, new Plan(true, 2, 2, "   ", null), false);

    // A, single choice: wrong loses 0.25 × 2 = 0.5 → −0.5000.
    // A, multiple response (n = 4, k = 2): 4 × (1/2 − 0/2) = 2.0000.
    Map<String, BigDecimal> pointsA = pointsByType(attemptA);
    assertEquals(new BigDecimal("-0.5000"), pointsA.get("SINGLE_CHOICE"));
    assertEquals(new BigDecimal("2.0000"), pointsA.get("MULTIPLE_RESPONSE"));
    // B: right = 2.0000; every option: 4 × (2/2 − 2/2) = 0.0000 (choosing all earns nothing).
    Map<String, BigDecimal> pointsB = pointsByType(attemptB);
    assertEquals(new BigDecimal("2.0000"), pointsB.get("SINGLE_CHOICE"));
    assertEquals(new BigDecimal("0.0000"), pointsB.get("MULTIPLE_RESPONSE"));
    // The attempt's auto mark: A 2 − 0.5 = 1.5 of 6 objective points; B 2 of 6.
    assertEquals(
        0, new BigDecimal("1.5").compareTo(em.find(Attempt.class, attemptA).getAutoPoints()));
    assertEquals(0, new BigDecimal("6").compareTo(em.find(Attempt.class, attemptA).getAutoMax()));
    assertEquals(
        0, new BigDecimal("2").compareTo(em.find(Attempt.class, attemptB).getAutoPoints()));
    // No essay text, no script: nothing waits for a marker.
    assertTrue(scripts.scriptsIn(built.professionalPart()).isEmpty());
    // Part marks over the paper's 2 + 4 + 2 = 8 points (a blank essay earns 0):
    // A 1.5 / 8 × 100 = 18.75; B 2 / 8 × 100 = 25.00.
    Map<Long, PartOutcome> outcomes = partMarks.ofPart(parts.part(built.professionalPart()));
    assertEquals(new BigDecimal("18.75"), outcomes.get(applicationOf(built, 0)).mark().mark());
    assertEquals(new BigDecimal("25.00"), outcomes.get(applicationOf(built, 1)).mark().mark());
  }

  // --- 3. sign-off: quorum, recusal, freezing, reopening ---

  @Test
  void theQuorumFreezesTheShortlistAndOnlyTheChairReopensIt() {
    String tag = tag();
    List<Long> disabled = new ArrayList<>();
    List<Long> created = new ArrayList<>();
    try {
      // A committee of exactly four: the members already there step aside for this test.
      for (String member : signOffs.members()) {
        long id = users.find(member).orElseThrow().getId();
        users.setEnabled(id, false, "RankingIT: a committee of known size");
        disabled.add(id);
      }
      String chair = committee(tag, "chair", created);
      String c2 = committee(tag, "c2", created);
      String c3 = committee(tag, "c3", created);
      String c4 = committee(tag, "c4", created);
      assertEquals(Set.of(chair, c2, c3, c4), signOffs.members());
      Built built = fixtures.build(tag, 2, chair, BigDecimal.valueOf(2));
      long post = built.postId();
      // A: theory right (1/1 = 100.00); professional 2 + 4 of 8 = 75.00.
      // B: theory right (100.00); professional 0 + 4 of 8 = 50.00 (exactly the pass mark).
      sitBoth(built, 0, new Plan(true, 2, 0, null, true));
      sitBoth(built, 1, new Plan(false, 2, 0, null, true));

      Client chairClient = new Client(chair);
      // Presentations not marked yet: pending, the results are incomplete.
      PostResult before = postResults.of(post);
      assertFalse(before.complete());
      String vote = "/posts/" + post + "/votes?stance=APPROVE&hash=";
      assertEquals("signoff.incomplete", chairClient.post(vote + before.hash()).error());

      // Board marks A 80, B 70. Totals (theory + professional + 2 × presentation) / 4:
      // A (100 + 75 + 160) / 4 = 83.75; B (100 + 50 + 140) / 4 = 72.50. One vacancy: A.
      FixedPresentationMarks.MARKS.put(
          built.presentationPart(),
          Map.of(
              applicationOf(built, 0), new BigDecimal("80"),
              applicationOf(built, 1), new BigDecimal("70")));
      PostResult result = postResults.of(post);
      assertTrue(result.complete());
      String keyA = keyOf(result, 0);
      String keyB = keyOf(result, 1);
      assertEquals(new BigDecimal("83.75"), result.ranking().find(keyA).orElseThrow().total());
      assertEquals(new BigDecimal("72.50"), result.ranking().find(keyB).orElseThrow().total());
      assertEquals(
          List.of(keyA),
          result.shortlist().appointees().stream().map(RankedCandidate::candidate).toList());
      // A vote on what the member saw before the presentations counts for nothing.
      assertEquals("signoff.changed", chairClient.post(vote + before.hash()).error());

      // c4 declares a conflict with B: recused from the post. Voters 4 − 1 = 3; more than half
      // of 3 is 3 / 2 + 1 = 2 approvals (integer division).
      Client c4Client = new Client(c4);
      assertEquals(
          200,
          c4Client
              .post("/conflicts/" + applicationOf(built, 1) + "?note=" + enc("Anh em họ"))
              .status());
      assertEquals("signoff.recusedRefused", c4Client.post(vote + result.hash()).error());

      JsonObject one = chairClient.post(vote + result.hash()).json();
      assertEquals("OPEN", one.getString("state"));
      assertEquals(3, one.getInt("voters"));
      assertEquals(2, one.getInt("needed"));
      assertEquals(1, one.getInt("approvals"));
      JsonObject two = new Client(c2).post(vote + result.hash()).json();
      assertEquals("FINAL", two.getString("state"));
      assertEquals(2, two.getInt("approvals"));

      ShortlistState frozen = signOffs.state(post);
      assertTrue(frozen.isFinal());
      assertEquals(result.hash(), frozen.getSnapshotHash());
      assertNotNull(frozen.getFinalizedAt());
      JsonObject snapshot = parse(frozen.getSnapshot()).asJsonObject();
      assertEquals(result.hash(), snapshot.getString("resultsHash"));
      assertEquals(1, snapshot.getJsonArray("appointees").size());
      assertEquals(keyA, snapshot.getJsonArray("appointees").getString(0));
      assertEquals(2, snapshot.getJsonArray("votes").size());

      assertEquals("signoff.final", new Client(c3).post(vote + result.hash()).error());
      assertEquals(
          "signoff.chairOnly",
          new Client(c2).post("/posts/" + post + "/reopen?reason=" + enc("Xem lại")).error());
      String reason = "Phúc khảo bài tự luận";
      assertEquals(
          200, chairClient.post("/posts/" + post + "/reopen?reason=" + enc(reason)).status());
      ShortlistState reopened = signOffs.state(post);
      assertEquals(ShortlistState.Status.OPEN, reopened.getStatus());
      assertEquals(2, reopened.getCycle());
      assertNull(reopened.getSnapshot());
      SignOffs.Standing standing = signOffs.standing(post);
      assertEquals(0, standing.count().approvals(), "cycle 1's votes no longer count");
      assertTrue(standing.votes().isEmpty());
      assertEquals(Set.of(c4), standing.recused());

      AuditEvent voted = latest("SHORTLIST_VOTE", chair, post);
      assertTrue(voted.getDetails().contains(result.hash()), voted.getDetails());
      AuditEvent finalized = latest("SHORTLIST_FINAL", c2, post);
      assertTrue(
          finalized.getDetails().startsWith("2 of 3 approved (needed 2)"), finalized.getDetails());
      AuditEvent reopenedEvent = latest("SHORTLIST_REOPENED", chair, post);
      assertEquals(reason, reopenedEvent.getReason());
      assertTrue(reopenedEvent.getDetails().contains("cycle 2"), reopenedEvent.getDetails());
      assertNotNull(latest("CONFLICT_DECLARED", c4, null));
    } finally {
      created.forEach(id -> users.setEnabled(id, false, "RankingIT: done"));
      disabled.forEach(id -> users.setEnabled(id, true, "RankingIT: done"));
    }
  }

  // --- 4. ties ---

  @Test
  void anUnbrokenTieBlocksTheShortlistUntilTheCommitteeDecides() {
    String tag = tag();
    List<Long> created = new ArrayList<>();
    try {
      String member = committee(tag, "tie", created);
      Built built = fixtures.build(tag, 2, member, BigDecimal.valueOf(2));
      long post = built.postId();
      // Both: theory 100.00, professional (2 + 4) / 8 = 75.00, presentation 80:
      // total (100 + 75 + 160) / 4 = 83.75 each, and equal in professional and theory.
      Plan same = new Plan(true, 2, 0, null, true);
      sitBoth(built, 0, same);
      sitBoth(built, 1, same);
      FixedPresentationMarks.MARKS.put(
          built.presentationPart(),
          Map.of(
              applicationOf(built, 0), new BigDecimal("80"),
              applicationOf(built, 1), new BigDecimal("80")));

      PostResult tied = postResults.of(post);
      assertTrue(tied.complete());
      String keyA = keyOf(tied, 0);
      String keyB = keyOf(tied, 1);
      for (RankedCandidate r : tied.ranking().ranked()) {
        assertEquals(1, r.rank(), r.toString());
        assertTrue(r.unbrokenTie(), r.toString());
        assertEquals(new BigDecimal("83.75"), r.total());
      }
      assertTrue(tied.shortlist().blocked());
      assertEquals(Set.of(keyA, keyB), Set.copyOf(tied.shortlist().blockedBy()));
      Client client = new Client(member);
      assertEquals(
          "signoff.tie",
          client.post("/posts/" + post + "/votes?stance=APPROVE&hash=" + tied.hash()).error());
      String tie = "/posts/" + post + "/tie?order=" + keyB + "," + keyA + "&reason=";
      assertEquals("tie.reasonRequired", client.post(tie + enc(" ")).error());
      assertEquals(
          "tie.notOneTie",
          client.post("/posts/" + post + "/tie?order=" + keyB + "&reason=x").error());

      String reason = "Kinh nghiệm quản lý dài hơn";
      assertEquals(200, client.post(tie + enc(reason)).status());
      PostResult decided = postResults.of(post);
      RankedCandidate firstPlace = decided.ranking().ranked().get(0);
      RankedCandidate secondPlace = decided.ranking().ranked().get(1);
      assertEquals(keyB, firstPlace.candidate());
      assertEquals(1, firstPlace.rank());
      assertEquals(keyA, secondPlace.candidate());
      assertEquals(2, secondPlace.rank());
      for (RankedCandidate r : List.of(firstPlace, secondPlace)) {
        assertEquals(TieBreak.COMMITTEE, r.decidedBy(), r.toString());
        assertEquals(reason, r.committeeReason());
        assertFalse(r.unbrokenTie());
      }
      assertFalse(decided.shortlist().blocked());
      assertEquals(
          List.of(keyB),
          decided.shortlist().appointees().stream().map(RankedCandidate::candidate).toList());
      AuditEvent event = latest("TIE_DECIDED", member, post);
      assertEquals(keyB + " > " + keyA, event.getDetails());
      assertEquals(reason, event.getReason());
    } finally {
      created.forEach(id -> users.setEnabled(id, false, "RankingIT: done"));
    }
  }

  /**
   * A candidate the committee records as absent from the presentation fails that part and no longer
   * holds the post's results open; withdrawing the record makes them pending again.
   */
  @Test
  void aCandidateRecordedAbsentFromThePresentationFailsItAndTheResultsComplete() {
    Built built = fixtures.build(tag(), 2, null, BigDecimal.valueOf(2));
    long post = built.postId();
    Plan same = new Plan(true, 2, 0, null, true);
    sitBoth(built, 0, same);
    sitBoth(built, 1, same);
    long present = applicationOf(built, 0);
    long away = applicationOf(built, 1);
    FixedPresentationMarks.MARKS.put(
        built.presentationPart(), Map.of(present, new BigDecimal("80")));
    assertFalse(postResults.of(post).complete(), "the second presentation is still to come");
    assertThrows(MarkingProblem.class, () -> absences.record(built.presentationPart(), away, " "));

    absences.record(built.presentationPart(), away, "Không có mặt khi được gọi");
    PostResult result = postResults.of(post);
    assertTrue(result.complete());
    String awayKey = keyOf(result, 1);
    Standing failed =
        result.ranking().failed().stream()
            .filter(f -> f.candidate().equals(awayKey))
            .findFirst()
            .orElseThrow();
    assertEquals(1, failed.reasons().size(), failed.toString());
    assertEquals(PartKind.PRESENTATION, failed.reasons().get(0).part());
    assertEquals(FailReason.Kind.NOT_MARKED, failed.reasons().get(0).kind());
    assertEquals(
        List.of(keyOf(result, 0)),
        result.ranking().ranked().stream().map(RankedCandidate::candidate).toList());

    absences.withdraw(built.presentationPart(), away, "Ghi nhầm");
    assertFalse(postResults.of(post).complete());
  }

  // --- 5. the committee's page in a browser (these two run outside the container) ---

  /**
   * Issue 7: the PDF and the Excel workbook a committee member downloads show the numbers of the
   * page, candidate by candidate. The page prints in the session's language, Vietnamese: decimal
   * comma, 2 decimals.
   */
  @Test
  @RunAsClient
  void thePdfAndTheExcelShowTheNumbersOfTheCommitteesPage() throws Exception {
    JsonObject post = browserFixture("/posts");
    try (Browser browser = new Browser(base)) {
      browser.login(member(post, 0), PASSWORD);
      RankingPage page = new RankingPage(browser, post.getInt("post")).open();
      List<Row> shown = page.figures();
      List<String> numbers = candidateNumbers(post);
      assertEquals(expectedFigures(numbers), shown);
      String failed = page.line(numbers.get(2));
      assertTrue(failed.contains(messages("ranking.failed")), failed);

      byte[] pdf = page.download("ranking:pdf", "application/pdf");
      byte[] xlsx = page.download("ranking:xlsx", XLSX);
      String text = ReportReading.pdfText(pdf);
      assertTrue(ReportReading.flat(text).contains(reportText("status.draftMark")), text);
      // The PDF's text runs cells together and the fixture's names end in a digit ("Ứng viên …
      // 2"), which would join the first mark ("20,00" for "0,00"): set the names apart first.
      for (String name : candidateNames(post)) {
        text = text.replace(name, name + " ");
      }
      assertEquals(
          shown, ReportReading.pdfFigures(text, numbers, RankingPage.PARTS, VI), "PDF: " + text);
      assertEquals(shown, ReportReading.excelFigures(xlsx, RankingPage.PARTS), "Excel");

      // The reason prints the marks as the table and the reports do, with 2 decimals (the PDF
      // says "Lý luận: 0,00 < 50,00"), not "0 dưới điểm đạt 50".
      assertTrue(
          failed.contains(
                  message(
                      "ranking.fail.BELOW_PASS_MARK",
                      messages("part.kind.THEORY"),
                      BigDecimal.ZERO,
                      new BigDecimal("50")))
              && failed.contains("0,00 dưới điểm đạt 50,00"),
          failed);
    } finally {
      restoreCommittee(post);
    }
  }

  /**
   * Two of a committee of three approve on the page, each with a comment, through the confirmation
   * dialog: the shortlist is final and frozen, the page shows the votes and the snapshot's hash,
   * and the PDF downloaded afterwards is no draft and carries that hash.
   */
  @Test
  @RunAsClient
  void committeeMembersApproveOnThePageAndTheFinalPdfCarriesTheSnapshotHash() throws Exception {
    JsonObject post = browserFixture("/posts");
    String chair = member(post, 0);
    String second = member(post, 1);
    String chairSays = "Nhất trí với bảng xếp hạng";
    String secondSays = "Đề nghị bổ nhiệm ứng viên xếp thứ nhất";
    try (Browser browser = new Browser(base)) {
      // Three voters: more than half of 3 is 3 / 2 + 1 = 2 approvals.
      browser.login(chair, PASSWORD);
      RankingPage page = new RankingPage(browser, post.getInt("post")).open();
      String seen = page.hash();
      assertEquals(message("signoff.voted", 1, 2), page.approve(chairSays));
      assertEquals(messages("ranking.status.OPEN"), page.status());
      assertTrue(page.count().startsWith(count(1, 2, 3, 0)), page.count());
      browser.logout();

      browser.login(second, PASSWORD);
      page.open();
      assertEquals(seen, page.hash(), "the results did not change between the votes");
      assertEquals(message("signoff.nowFinal", 2, 2), page.approve(secondSays));
      assertEquals(messages("ranking.status.FINAL"), page.status());
      assertEquals(count(2, 2, 3, 0) + " · " + messages("signoff.status.FINAL"), page.count());
      assertFalse(page.canVote(), "nothing left to vote on");
      String hash = page.hash();
      assertEquals(seen, hash, "the frozen shortlist is the one both members saw");
      List<String> votes = page.votes();
      assertEquals(2, votes.size(), votes.toString());
      assertVote(votes, chair, chairSays);
      assertVote(votes, second, secondSays);
      page.screenshot("ranking-final");

      byte[] pdf = page.download("ranking:pdf", "application/pdf");
      String text = ReportReading.flat(ReportReading.pdfText(pdf));
      assertFalse(text.contains(reportText("status.draftMark")), text);
      assertTrue(text.contains(reportText("status.FINAL")), text);
      // A long hash may wrap in its cell: look for it with the white space taken out.
      assertTrue(text.replaceAll("\\s+", "").contains(hash), hash + " in " + text);
    } finally {
      restoreCommittee(post);
    }
  }

  // --- helpers: the browser tests (no Selenium type in a signature: the container loads this) ---

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * The figures of {@link #completePost}, worked out by hand. The professional paper has 2 + 4 + 10
   * (essay) = 16 points; the presentation weighs 2.
   *
   * <ul>
   *   <li>A: theory 100; (2 + 4 + 7.50) / 16 = 84.375 → 84.38; board 80; total (100 + 84.38 + 160)
   *       / 4 = 86.095 → 86.10, rank 1.
   *   <li>B: theory 100; (2 + 0 + 6) / 16 = 50.00, the pass mark; board 70; total (100 + 50 + 140)
   *       / 4 = 72.50, rank 2.
   *   <li>C: theory 0 &lt; 50, failed, no rank; (2 + 4 + 5) / 16 = 68.75; board 90; total (0 +
   *       68.75 + 180) / 4 = 62.1875 → 62.19.
   * </ul>
   */
  private static List<Row> expectedFigures(List<String> numbers) {
    String[][] figures = {
      {"1", "100.00", "84.38", "80.00", "86.10"},
      {"2", "100.00", "50.00", "70.00", "72.50"},
      {null, "0.00", "68.75", "90.00", "62.19"}
    };
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < figures.length; i++) {
      String[] f = figures[i];
      rows.add(
          new Row(
              numbers.get(i),
              f[0] == null ? null : Integer.valueOf(f[0]),
              Map.of(
                  PartKind.THEORY, new BigDecimal(f[1]),
                  PartKind.PROFESSIONAL, new BigDecimal(f[2]),
                  PartKind.PRESENTATION, new BigDecimal(f[3])),
              new BigDecimal(f[4])));
    }
    return rows;
  }

  /** The member's vote is on the table: approves, with the comment, and counts. */
  private static void assertVote(List<String> votes, String member, String comment) {
    String vote =
        votes.stream()
            .filter(v -> v.startsWith(member + " "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no vote of " + member + ": " + votes));
    assertTrue(vote.contains(messages("signoff.stance.APPROVE")), vote);
    assertTrue(vote.contains(comment), vote);
    assertTrue(vote.endsWith(messages("common.yes")), "the vote counts: " + vote);
  }

  private static String member(JsonObject post, int index) {
    return post.getJsonArray("committee").getString(index);
  }

  private static List<String> candidateNumbers(JsonObject post) {
    return post.getJsonArray("candidates").stream()
        .map(c -> c.asJsonObject().getString("number"))
        .toList();
  }

  private static List<String> candidateNames(JsonObject post) {
    return post.getJsonArray("candidates").stream()
        .map(c -> c.asJsonObject().getString("name"))
        .toList();
  }

  /** "Tán thành 1/2 cần có · 3 thành viên biểu quyết · 0 không tán thành". */
  private static String count(int approvals, int needed, int voters, int objections) {
    return message("signoff.count", approvals, needed, voters, objections);
  }

  /** A message of the page with its parameters, as {@code h:outputFormat} fills them in. */
  private static String message(String key, Object... args) {
    return new MessageFormat(messages(key), VI).format(args);
  }

  private static String messages(String key) {
    return bundle("org.sathach.messages").getString(key);
  }

  private static String reportText(String key) {
    return bundle("org.sathach.ranking.report.report").getString(key);
  }

  private static ResourceBundle bundle(String name) {
    return ResourceBundle.getBundle(
        name,
        VI,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Asks {@link BrowserFixture} for something, without logging in. */
  private JsonObject browserFixture(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            base.toString().replaceAll("/$", "")
                                + "/api/test-ranking-browser"
                                + path))
                    .timeout(Duration.ofMinutes(3))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return response.body().isEmpty() ? null : parse(response.body()).asJsonObject();
  }

  private void restoreCommittee(JsonObject post) throws Exception {
    browserFixture(
        "/committee/restore?disable="
            + csv(post.getJsonArray("created"))
            + "&enable="
            + csv(post.getJsonArray("disabled")));
  }

  private static String csv(JsonArray ids) {
    return String.join(",", ids.stream().map(JsonValue::toString).toList());
  }

  /**
   * In the container, for the browser tests: a committee of exactly three (the chair first; the
   * members already there are disabled) and a complete post of three candidates A, B, C, every part
   * marked. The answers, essay marks and board marks are those the first browser test works out by
   * hand.
   */
  private JsonObject completePost() {
    String tag = tag();
    List<Long> created = new ArrayList<>();
    try {
      return completePost(tag, created);
    } catch (RuntimeException | AssertionError e) {
      created.forEach(id -> users.setEnabled(id, false, "RankingIT: failed"));
      throw e;
    }
  }

  private JsonObject completePost(String tag, List<Long> created) {
    List<String> committee =
        List.of(
            committee(tag, "chair", created),
            committee(tag, "member2", created),
            committee(tag, "member3", created));
    Built built = fixtures.build(tag, 3, committee.get(0), BigDecimal.TEN);
    scripts.setMarkers(
        built.professionalPart(),
        List.of(examiner(built, "m1"), examiner(built, "m2")),
        examiner(built, "head"),
        10);
    List<Plan> plans =
        List.of(
            new Plan(true, 2, 0, "Bài của A", true),
            new Plan(true, 1, 0, "Bài của B", true),
            new Plan(true, 2, 0, "Bài của C", false));
    List<String> essayMarks = List.of("7,8", "6,6", "5,5");
    JsonArrayBuilder candidates = Json.createArrayBuilder();
    for (int i = 0; i < 3; i++) {
      var c = built.candidates().get(i);
      Client candidate = new Client(c.username(), ExamFixtures.PASSWORD);
      sit(candidate, c.theorySeat(), built.theoryCode(), plans.get(i), null, new long[1]);
      EssayScript script = onlyScript(sitProfessional(built, i, plans.get(i), false));
      Map<ScriptMark.Role, ScriptMark> marks =
          marksByScript(built.professionalPart()).get(script.getId());
      String[] points = essayMarks.get(i).split(",");
      List<ScriptMark> pair =
          List.of(marks.get(ScriptMark.Role.FIRST), marks.get(ScriptMark.Role.SECOND));
      for (int m = 0; m < 2; m++) {
        new Client(pair.get(m).getMarker())
            .post("/marks/" + pair.get(m).getId() + "?points=" + points[m])
            .json();
      }
      assertEquals(EssayScript.Status.FINAL, script(script.getId()).getStatus());
      Application application = em.find(Application.class, c.applicationId());
      candidates.add(
          Json.createObjectBuilder()
              .add("number", PostResults.keyOf(application))
              .add("name", application.getFullName()));
    }
    FixedPresentationMarks.MARKS.put(
        built.presentationPart(),
        Map.of(
            applicationOf(built, 0), new BigDecimal("80"),
            applicationOf(built, 1), new BigDecimal("70"),
            applicationOf(built, 2), new BigDecimal("90")));
    // Last, so that a failure above leaves the committee as it was.
    JsonArrayBuilder disabled = Json.createArrayBuilder();
    for (String member : signOffs.members()) {
      if (!committee.contains(member)) {
        long id = users.find(member).orElseThrow().getId();
        users.setEnabled(id, false, "RankingIT: a committee of known size");
        disabled.add(id);
      }
    }
    JsonArrayBuilder createdIds = Json.createArrayBuilder();
    created.forEach(createdIds::add);
    return Json.createObjectBuilder()
        .add("post", built.postId())
        .add("committee", Json.createArrayBuilder(committee))
        .add("candidates", candidates)
        .add("created", createdIds)
        .add("disabled", disabled)
        .build();
  }

  /**
   * Test scaffolding over HTTP for the browser tests, which run outside the container: builds a
   * complete post with this class's in-container helpers (what a candidate answers depends on the
   * paper, which only the container sees) and gives the committee back afterwards. It checks
   * nothing itself and is deployed with this class only.
   */
  @jakarta.ws.rs.Path("test-ranking-browser")
  @RequestScoped
  @Produces(MediaType.APPLICATION_JSON)
  public static class BrowserFixture {
    @Inject ResultFixtures fixtures;
    @Inject EssayScripts scripts;
    @Inject PaperCache cache;
    @Inject Users users;
    @Inject SignOffs signOffs;
    @PersistenceContext EntityManager em;
    @Context UriInfo uri;

    @POST
    @jakarta.ws.rs.Path("posts")
    public JsonObject completePost() throws java.net.MalformedURLException {
      RankingIT helpers = new RankingIT();
      helpers.base = uri.getBaseUri().resolve("/").toURL();
      helpers.fixtures = fixtures;
      helpers.scripts = scripts;
      helpers.cache = cache;
      helpers.users = users;
      helpers.signOffs = signOffs;
      helpers.em = em;
      return helpers.completePost();
    }

    /** Disables the members a test created and enables again those it set aside. */
    @POST
    @jakarta.ws.rs.Path("committee/restore")
    public jakarta.ws.rs.core.Response restore(
        @QueryParam("disable") String disable, @QueryParam("enable") String enable) {
      ids(disable).forEach(id -> users.setEnabled(id, false, "RankingIT: done"));
      ids(enable).forEach(id -> users.setEnabled(id, true, "RankingIT: done"));
      return jakarta.ws.rs.core.Response.ok().build();
    }

    private static List<Long> ids(String csv) {
      return csv == null || csv.isBlank()
          ? List.of()
          : java.util.Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
    }
  }

  // --- helpers: people ---

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private String examiner(Built built, String name) {
    String username = "rk-" + built.tag() + "-" + name;
    users.create(username, "Giám khảo " + name, null, Set.of(Role.EXAMINER), PASSWORD, false);
    return username;
  }

  private String committee(String tag, String name, List<Long> created) {
    String username = "rk-" + tag + "-" + name;
    User user =
        users.create(username, "Uỷ viên " + name, null, Set.of(Role.COMMITTEE), PASSWORD, false);
    created.add(users.find(username).orElseThrow().getId());
    return user.getUsername();
  }

  private static String candidate(Built built, int index) {
    return built.candidates().get(index).username();
  }

  private static long applicationOf(Built built, int index) {
    return built.candidates().get(index).applicationId();
  }

  private static String keyOf(PostResult result, int index) {
    return result.entries().stream()
        .filter(e -> e.application().getFullName().endsWith(" " + index))
        .findFirst()
        .orElseThrow()
        .key();
  }

  // --- helpers: sitting the parts ---

  /**
   * What a candidate answers: the single choice right or wrong (null: blank), how many keys and
   * distractors of the multiple response to choose, the essay text (null: blank) and the true/false
   * answer right or wrong (null: blank).
   */
  record Plan(
      Boolean singleRight, int keys, int distractors, String essay, Boolean trueFalseRight) {}

  private void sitBoth(Built built, int index, Plan plan) {
    var c = built.candidates().get(index);
    Client client = new Client(c.username(), ExamFixtures.PASSWORD);
    sit(client, c.theorySeat(), built.theoryCode(), plan, null, new long[1]);
    sit(client, c.professionalSeat(), built.professionalCode(), plan, null, new long[1]);
  }

  private long sitProfessional(Built built, int index, Plan plan, boolean reprimand) {
    var c = built.candidates().get(index);
    long[] attempt = new long[1];
    Runnable during =
        reprimand
            ? () ->
                proctoring.sanction(
                    built.professionalSession(),
                    attempt[0],
                    Sanction.REPRIMAND,
                    "Trao đổi với thí sinh bên cạnh")
            : null;
    Client client = new Client(c.username(), ExamFixtures.PASSWORD);
    sit(client, c.professionalSeat(), built.professionalCode(), plan, during, attempt);
    return attempt[0];
  }

  /** Checks in, starts, answers by the plan, lets {@code during} happen, submits: the attempt. */
  private long sit(
      Client candidate, long seat, String code, Plan plan, Runnable during, long[] attemptOut) {
    Reply checkIn =
        candidate.send("POST", "/api/exams/" + seat + "/check-in", "{\"code\":\"" + code + "\"}");
    assertEquals(200, checkIn.status(), checkIn.body());
    long attempt = checkIn.json().getJsonNumber("attempt").longValue();
    attemptOut[0] = attempt;
    Reply start = candidate.send("POST", "/api/attempts/" + attempt + "/start", "{}");
    assertEquals(200, start.status(), start.body());
    Attempt started = em.find(Attempt.class, attempt);
    List<PaperItem> items = cache.paper(started.getPaper().getId()).items();
    for (int i = 0; i < items.size(); i++) {
      String response = response(items.get(i), cache.version(items.get(i).versionId()), plan);
      if (response != null) {
        String body = "{\"response\":" + response + ",\"flagged\":false,\"revision\":1}";
        Reply saved = candidate.send("PUT", "/api/attempts/" + attempt + "/answers/" + i, body);
        assertEquals(200, saved.status(), saved.body());
      }
    }
    if (during != null) {
      during.run();
    }
    Reply submitted =
        candidate.send("POST", "/api/attempts/" + attempt + "/submit", "{\"by\":\"CANDIDATE\"}");
    assertEquals(200, submitted.status(), submitted.body());
    return attempt;
  }

  /** The response JSON the plan gives this question, in the candidate's display order. */
  private static String response(PaperItem item, QuestionData q, Plan plan) {
    IntPredicate keyShownAt = d -> q.choices().get(item.optionOrder().get(d)).correct();
    return switch (q.type()) {
      case SINGLE_CHOICE -> {
        if (plan.singleRight() == null) {
          yield null;
        }
        int shown = 0;
        while (keyShownAt.test(shown) != plan.singleRight()) {
          shown++;
        }
        yield "{\"choice\":" + shown + "}";
      }
      case MULTIPLE_RESPONSE -> {
        List<Integer> chosen = new ArrayList<>();
        int keys = 0;
        int distractors = 0;
        for (int d = 0; d < item.optionOrder().size(); d++) {
          if (keyShownAt.test(d) ? keys++ < plan.keys() : distractors++ < plan.distractors()) {
            chosen.add(d);
          }
        }
        yield chosen.isEmpty() ? null : "{\"choices\":" + chosen + "}";
      }
      case TRUE_FALSE ->
          plan.trueFalseRight() == null
              ? null
              : "{\"value\":" + (plan.trueFalseRight() == q.trueFalseAnswer()) + "}";
      case ESSAY ->
          plan.essay() == null
              ? null
              : Json.createObjectBuilder().add("text", plan.essay()).build().toString();
      default -> throw new IllegalStateException("not on the fixture's papers: " + q.type());
    };
  }

  /** Question type → the points stored on the attempt's answer. */
  private Map<String, BigDecimal> pointsByType(long attempt) {
    Attempt a = em.find(Attempt.class, attempt);
    List<PaperItem> items = cache.paper(a.getPaper().getId()).items();
    Map<String, BigDecimal> points = new HashMap<>();
    for (Object row :
        em.createNativeQuery("SELECT position, points FROM answer WHERE attempt_id = ?")
            .setParameter(1, attempt)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      int position = ((Number) columns[0]).intValue();
      String type = cache.version(items.get(position).versionId()).type().name();
      points.put(
          type, columns[1] == null ? null : new BigDecimal(columns[1].toString()).setScale(4));
    }
    return points;
  }

  // --- helpers: rows ---

  private EssayScript onlyScript(long attempt) {
    Map<Integer, EssayScript> byPosition = scripts.scriptsOf(attempt);
    assertEquals(1, byPosition.size(), "one essay answered, one script");
    return byPosition.values().iterator().next();
  }

  private EssayScript script(long id) {
    return em.find(EssayScript.class, id);
  }

  private Map<Long, Map<ScriptMark.Role, ScriptMark>> marksByScript(long partId) {
    Map<Long, Map<ScriptMark.Role, ScriptMark>> marks = new HashMap<>();
    for (ScriptMark m : scripts.marksIn(partId)) {
      marks.computeIfAbsent(m.getScript().getId(), k -> new HashMap<>()).put(m.getRole(), m);
    }
    return marks;
  }

  /** Mark id → points (plain, "-" when not marked) of a marker's work; every line is theirs. */
  private static Map<Long, String> work(JsonArray marks, String marker) {
    Map<Long, String> work = new HashMap<>();
    for (JsonValue v : marks) {
      JsonObject m = v.asJsonObject();
      assertEquals(marker, m.getString("marker"));
      work.put(
          m.getJsonNumber("id").longValue(),
          m.containsKey("points")
              ? m.getJsonNumber("points").bigDecimalValue().stripTrailingZeros().toPlainString()
              : "-");
    }
    return work;
  }

  private static Set<Long> ids(JsonArray marks) {
    Set<Long> ids = new java.util.HashSet<>();
    marks.forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
    return ids;
  }

  /** The latest audit event of the action by the actor, on the post if one is given. */
  private AuditEvent latest(String action, String actor, Long post) {
    return audit.latest(0, 50, action, actor).stream()
        .filter(e -> post == null || e.getTarget().equals("post " + post))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + action + " by " + actor));
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, UTF_8);
  }

  private static JsonStructure parse(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }

  // --- helpers: HTTP ---

  /** One user's client: HTTP Basic on every request, its own cookie jar. */
  final class Client {
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String authorization;

    Client(String username) {
      this(username, PASSWORD);
    }

    Client(String username, String password) {
      this.authorization =
          "Basic "
              + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(UTF_8));
    }

    /** GET on the test resource. */
    Reply get(String path) {
      return send("GET", "/api/test-ranking" + path, null);
    }

    /** POST on the test resource. */
    Reply post(String path) {
      return send("POST", "/api/test-ranking" + path, "");
    }

    /**
     * Sends once more after a 403: under load Payara now and then drops the caller's roles
     * (payara/Payara#6145, as in {@code DeliveryIT}); no request here expects a 403.
     */
    Reply send(String method, String path, String json) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("Authorization", authorization)
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json))
              .build();
      try {
        for (int tries = 1; ; tries++) {
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 403 || tries == 3) {
            return new Reply(method + " " + path, response.statusCode(), response.body());
          }
          LOG.warning(() -> "Spurious 403 for " + path + " (payara/Payara#6145); sent again");
        }
      } catch (java.io.IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  record Reply(String request, int status, String body) {
    JsonObject json() {
      assertEquals(200, status, request + ": " + body);
      return parse(body).asJsonObject();
    }

    JsonArray array() {
      assertEquals(200, status, request + ": " + body);
      return parse(body).asJsonArray();
    }

    /** The refusal's message key; fails unless the request was refused with 409. */
    String error() {
      assertEquals(409, status, request + ": " + body);
      return parse(body).asJsonObject().getString("error");
    }
  }
}
