package org.sathach.delivery;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sathach.exam.ExamFixtures;
import org.sathach.exam.ExamFixtures.OpenSession;
import org.sathach.platform.Language;
import org.sathach.platform.Messages;
import org.sathach.platform.UtcInstantConverter;
import org.sathach.testing.Deployments;

/**
 * Exam delivery end to end on a real Payara Micro and database: the tests run in the container (to
 * build fixtures and look at the rows) and drive the application over HTTP as candidates would,
 * each with its own cookie jar. Every test builds its own open session.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryIT {
  private static final Logger LOG = Logger.getLogger(DeliveryIT.class.getName());
  private static final Pattern KEY_FIELD =
      Pattern.compile("\"(correct|explanation|accept\\w*)\"\\s*:", Pattern.CASE_INSENSITIVE);

  @Deployment
  static WebArchive deployment() {
    // Awaitility (and its Hamcrest) are test-scoped, so not in the WAR: the in-container test needs
    // them packaged with it.
    return Deployments.applicationWithFixtures(DeliveryIT.class)
        .addPackages(true, "org.awaitility", "org.hamcrest");
  }

  @ArquillianResource URL base;
  @Inject ExamFixtures fixtures;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  @Test
  void startStoresTheServerDeadline() throws Exception {
    OpenSession open = fixtures.openSession(2, 45, false);
    Candidate a = login(open, 0);
    long seat = open.candidates().get(0).seatId();
    Reply wrong = a.post("/api/exams/" + seat + "/check-in", "{\"code\":\"NOT-IT\"}");
    assertEquals(400, wrong.status(), wrong.body());
    assertEquals("checkIn.wrongCode", wrong.json().getString("error"));
    Reply right = a.post("/api/exams/" + seat + "/check-in", code(open));
    assertEquals(200, right.status(), right.body());
    assertEquals("CHECKED_IN", right.json().getString("status"));
    long attempt = right.json().getJsonNumber("attempt").longValue();

    Instant before = Instant.now();
    assertEquals(200, a.post("/api/attempts/" + attempt + "/start", "{}").status());
    Attempt stored = em.find(Attempt.class, attempt);
    assertEquals(AttemptStatus.IN_PROGRESS, stored.getStatus());
    assertTrue(Duration.between(before, stored.getStartedAt()).abs().getSeconds() < 5);
    Duration drift =
        Duration.between(stored.getStartedAt().plus(Duration.ofMinutes(45)), stored.getDeadline());
    assertTrue(drift.abs().compareTo(Duration.ofSeconds(1)) <= 0, "deadline off by " + drift);

    JsonObject clock = a.get("/api/attempts/" + attempt + "/clock").json();
    assertEquals(stored.getDeadline().toEpochMilli(), clock.getJsonNumber("deadline").longValue());
    assertEquals("IN_PROGRESS", clock.getString("status"));
    long remaining = clock.getJsonNumber("remaining").longValue();
    assertTrue(remaining <= 45 * 60_000 && remaining > 44 * 60_000, "remaining " + remaining);
  }

  @Test
  void acknowledgedAnswersAreInTheDatabase() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, false);
    Candidate a = login(open, 0);
    long attempt = begin(a, open, 0);
    Map<String, Integer> positions = positions(Jsoup.parse(a.page(attempt).body()));
    Map<Integer, String> sent = new HashMap<>();
    for (Map.Entry<String, String> valid : validResponses().entrySet()) {
      int position = positions.get(valid.getKey());
      Reply saved = a.save(attempt, position, valid.getValue(), 3);
      assertEquals(200, saved.status(), valid.getKey() + ": " + saved.body());
      assertEquals(3, saved.json().getInt("revision"));
      sent.put(position, valid.getValue());
    }
    Map<Integer, Object[]> rows = answerRows(attempt);
    assertEquals(7, rows.size());
    sent.forEach(
        (position, response) -> {
          assertEquals(parse(response), parse((String) rows.get(position)[0]), "at " + position);
          assertEquals(3, ((Number) rows.get(position)[1]).intValue());
        });

    int essay = positions.get("ESSAY");
    Reply repeat = a.save(attempt, essay, "{\"text\":\"Khác\"}", 3);
    assertEquals(200, repeat.status(), repeat.body());
    assertEquals(3, repeat.json().getInt("revision"));
    Reply stale = a.save(attempt, essay, "{\"text\":\"Cũ hơn\"}", 2);
    assertEquals(200, stale.status(), stale.body());
    assertEquals(3, stale.json().getInt("revision"), "a stale save names the server's revision");
    Object[] after = answerRows(attempt).get(essay);
    assertEquals(parse(sent.get(essay)), parse((String) after[0]));
    assertEquals(rows.get(essay)[2].toString(), after[2].toString(), "saved_at unchanged");

    assertEquals(200, a.save(attempt, essay, "{\"text\":\"Mới\"}", 4).status());
    assertEquals(parse("{\"text\":\"Mới\"}"), parse((String) answerRows(attempt).get(essay)[0]));
  }

  @Test
  void lateAnswerIsRefusedWithReason() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, false);
    Candidate a = login(open, 0);
    long attempt = begin(a, open, 0);
    // The overdue attempt is also AutoSubmit's: move it and save well clear of the job's tick.
    clearOfAutoSubmitTick();
    moveDeadline(attempt, Instant.now().minus(Duration.ofMinutes(2)));
    Reply late = a.save(attempt, 0, null, 1);
    assertEquals(409, late.status(), late.body());
    assertEquals("attempt.pastDeadline", late.json().getString("error"));
    assertEquals(vietnamese("attempt.pastDeadline"), late.json().getString("reason"));
    assertTrue(answerRows(attempt).isEmpty());
  }

  @Test
  void theServerSubmitsAnOverdueAttemptWithoutABrowser() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, false);
    Candidate a = login(open, 0);
    long attempt = begin(a, open, 0);
    moveDeadline(attempt, Instant.now().minus(Duration.ofMinutes(2)));

    await()
        .atMost(Duration.ofSeconds(25))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> em.find(Attempt.class, attempt).getStatus() == AttemptStatus.SUBMITTED);
    Attempt submitted = em.find(Attempt.class, attempt);
    assertEquals(SubmittedBy.SERVER, submitted.getSubmittedBy());
    assertTrue(submitted.getAnswersHash().matches("[0-9a-f]{64}"), submitted.getAnswersHash());
    assertNotNull(submitted.getSubmittedAt());

    Reply after = a.save(attempt, 0, null, 1);
    assertEquals(409, after.status(), after.body());
    assertEquals("attempt.submitted", after.json().getString("error"));
  }

  @Test
  void aCandidateCannotReadOrWriteAnotherCandidatesAttempt() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, false);
    Candidate a = login(open, 0);
    long attempt = begin(a, open, 0);
    Candidate b = login(open, 1);
    String api = "/api/attempts/" + attempt;

    List<Reply> refused =
        List.of(
            b.get(api + "/clock"),
            b.save(attempt, 0, null, 1),
            b.post(api + "/submit", "{\"by\":\"CANDIDATE\"}"),
            b.post(api + "/start", "{}"),
            b.post("/api/exams/" + open.candidates().get(0).seatId() + "/check-in", code(open)));
    for (Reply reply : refused) {
      assertEquals(404, reply.status(), reply.body());
      assertEquals("attempt.notFound", reply.json().getString("error"));
    }
    Reply page = b.get("/candidate/exam.xhtml?attempt=" + attempt);
    assertTrue(page.status() == 200 || page.status() == 404, "page " + page.status());
    Document html = Jsoup.parse(page.body());
    assertTrue(html.select("section.sh-q, #exam, #result").isEmpty(), "no exam of A shown");
    assertTrue(html.text().contains(vietnamese("attempt.notFound")), html.text());
    // Every stem of the fixture's paper ends with "<tag>?" (the names only contain the tag).
    assertFalse(page.body().contains(tag(open) + "?"), "a question of A's paper shown");

    assertFalse(b.get("/api/exams").body().contains("\"attempt\":" + attempt));
    Attempt untouched = em.find(Attempt.class, attempt);
    assertEquals(AttemptStatus.IN_PROGRESS, untouched.getStatus());
    assertTrue(answerRows(attempt).isEmpty());
  }

  @Test
  void theExamEndpointsServeOnlyTheCandidateAndSayWhatTheyRefuse() throws Exception {
    OpenSession open = fixtures.openSession(1, 30, false);
    Candidate a = login(open, 0);
    long attempt = begin(a, open, 0);
    String api = "/api/attempts/" + attempt;

    // Nobody logged in, or someone who is not a candidate: refused before anything is read.
    Candidate nobody = new Candidate();
    assertEquals(403, nobody.get(api + "/clock").status());
    assertEquals(403, nobody.save(attempt, 0, "{\"choice\":0}", 1).status());
    Candidate admin = new Candidate();
    Reply asAdmin =
        admin.send(
            admin
                .request(api + "/clock")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder().encodeToString("admin:Admin@2026".getBytes(UTF_8)))
                .GET());
    assertEquals(403, asAdmin.status(), asAdmin.body());

    // The candidate's own attempt: a wrong method, an unknown action, a malformed id.
    assertEquals(405, a.get(api + "/submit").status());
    assertEquals(405, a.post(api + "/answers/0", "{}").status());
    assertEquals(404, a.get(api + "/nothing").status());
    assertEquals(404, a.get("/api/attempts/x/clock").status());
    assertTrue(answerRows(attempt).isEmpty());

    // From the session alone the candidate is known: the clock answers, and a save is kept.
    assertEquals(200, a.get(api + "/clock").status());
    assertEquals(200, a.save(attempt, 0, null, 1).status());
    assertEquals(1, answerRows(attempt).size());
  }

  @Test
  void keysNeverReachTheBrowser() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, false);
    String tag = tag(open);
    Candidate a = login(open, 0);
    List<Reply> seen = new ArrayList<>();
    Reply checkIn =
        a.post("/api/exams/" + open.candidates().get(0).seatId() + "/check-in", code(open));
    long attempt = checkIn.json().getJsonNumber("attempt").longValue();
    seen.add(checkIn);
    seen.add(a.post("/api/attempts/" + attempt + "/start", "{}"));
    seen.add(a.get("/api/attempts/" + attempt + "/clock"));
    seen.add(a.get("/api/exams"));
    Reply page = a.page(attempt);
    seen.add(page);
    Map<String, Integer> positions = positions(Jsoup.parse(page.body()));
    validResponses()
        .forEach((type, response) -> seen.add(a.save(attempt, positions.get(type), response, 1)));
    seen.add(a.post("/api/attempts/" + attempt + "/submit", "{\"by\":\"CANDIDATE\"}"));
    seen.add(a.page(attempt));

    for (Reply reply : seen) {
      assertEquals(200, reply.status(), reply.request() + ": " + reply.body());
      String text = org.jsoup.parser.Parser.unescapeEntities(reply.body(), false);
      for (String key : List.of("GIAI-THICH-", "KHOA-", "HUONG-DAN-")) {
        assertFalse(text.contains(key + tag), key + tag + " leaked in " + reply.body());
      }
      assertFalse(KEY_FIELD.matcher(text).find(), "a key field in " + reply.body());
    }

    Document html = Jsoup.parse(page.body());
    Element matching = html.selectFirst("section.sh-q[data-type=MATCHING]");
    Map<String, String> pairs = Map.of("Một", "Alpha", "Hai", "Beta", "Ba", "Gamma");
    List<String> keyed =
        matching.select("tr > td:first-child").eachText().stream().map(pairs::get).toList();
    List<String> offered =
        matching.select("select.sh-match").first().select("option[value!=-1]").eachText();
    assertEquals(3, offered.size());
    assertNotEquals(keyed, offered, "matching answers shown in the key's order");
    List<String> items = html.select("section.sh-q[data-type=ORDERING] .sh-order-text").eachText();
    assertEquals(4, items.size());
    assertNotEquals(List.of("Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư"), items);
  }

  @Test
  void submitScoresTheComputerMarkedQuestions() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, false);
    Candidate a = login(open, 0);
    long attempt = begin(a, open, 0);
    Document html = Jsoup.parse(a.page(attempt).body());
    Element single = html.selectFirst("section.sh-q[data-type=SINGLE_CHOICE]");
    List<String> choices = single.select(".sh-options li").eachText();
    int right = indexContaining(choices, "Đúng một");
    Element multiple = html.selectFirst("section.sh-q[data-type=MULTIPLE_RESPONSE]");
    int oneWrong = indexContaining(multiple.select(".sh-options li").eachText(), "Sai B");
    Map<String, String> answers =
        Map.of(
            "SINGLE_CHOICE", "{\"choice\":" + right + "}",
            "MULTIPLE_RESPONSE", "{\"choices\":[" + oneWrong + "]}",
            "TRUE_FALSE", "{\"value\":false}",
            "SHORT_ANSWER", "{\"text\":\"không biết\"}",
            "MATCHING", "{\"pairs\":[-1,-1,-1]}",
            "ESSAY", "{\"text\":\"Bài tự luận\"}");
    Map<String, Integer> positions = positions(html);
    answers.forEach(
        (type, response) ->
            assertEquals(200, a.save(attempt, positions.get(type), response, 1).status()));

    Reply submit = a.post("/api/attempts/" + attempt + "/submit", "{\"by\":\"CANDIDATE\"}");
    assertEquals(200, submit.status(), submit.body());
    assertEquals("SUBMITTED", submit.json().getString("status"));
    Attempt done = em.find(Attempt.class, attempt);
    assertEquals(AttemptStatus.SUBMITTED, done.getStatus());
    assertEquals(SubmittedBy.CANDIDATE, done.getSubmittedBy());
    assertEquals(
        0, BigDecimal.ONE.compareTo(done.getAutoPoints()), "points " + done.getAutoPoints());
    assertEquals(0, BigDecimal.valueOf(6).compareTo(done.getAutoMax()), "max " + done.getAutoMax());

    Reply later = a.save(attempt, positions.get("ESSAY"), "{\"text\":\"Thêm\"}", 2);
    assertEquals(409, later.status(), later.body());
    assertEquals("attempt.submitted", later.json().getString("error"));
  }

  @Test
  void linearModeRefusesGoingBack() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, true);
    Candidate a = login(open, 0);
    long attempt = begin(a, open, 0);
    assertEquals(0, em.find(Attempt.class, attempt).getReached());
    Reply ahead = a.save(attempt, 1, null, 1);
    assertEquals(409, ahead.status(), ahead.body());
    assertEquals("attempt.linearOrder", ahead.json().getString("error"));
    assertEquals(200, a.save(attempt, 0, null, 1).status(), "the current question is open");
  }

  // --- helpers ---

  /**
   * A candidate's browser without the browser: one cookie jar, Basic only on the first request (see
   * {@link #login}), and no Accept-Language: the session's language decides.
   */
  final class Candidate {
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String root = base.toString().replaceAll("/$", "");

    Reply get(String path) {
      return send(request(path).GET());
    }

    Reply post(String path, String json) {
      return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply save(long attempt, int position, String response, long revision) {
      String body =
          "{\"response\":" + response + ",\"flagged\":false,\"revision\":" + revision + "}";
      return send(
          request("/api/attempts/" + attempt + "/answers/" + position)
              .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply page(long attempt) {
      Reply page = get("/candidate/exam.xhtml?attempt=" + attempt);
      assertEquals(200, page.status(), page.body());
      return page;
    }

    private HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create(root + path))
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json");
    }

    /**
     * Under load Payara now and then drops the caller's roles from a request whose login comes from
     * the session (@AutoApplySession; payara/Payara#6145), answering 403 before any application
     * code runs. No test here expects a 403, so one is logged and sent again.
     */
    private Reply send(HttpRequest.Builder builder) {
      HttpRequest request = builder.build();
      try {
        for (int tries = 1; ; tries++) {
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          String sent = request.method() + " " + request.uri().getPath();
          if (response.statusCode() != 403 || tries == 3) {
            return new Reply(sent, response.statusCode(), response.body());
          }
          LOG.warning(() -> "Spurious 403 for " + sent + " (payara/Payara#6145); sent again");
        }
      } catch (java.io.IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  record Reply(String request, int status, String body) {
    JsonObject json() {
      return (JsonObject) parse(body);
    }
  }

  /** A new candidate's first request: HTTP Basic, which opens the session the cookie keeps. */
  private Candidate login(OpenSession open, int index) {
    Candidate candidate = new Candidate();
    String basic = open.candidates().get(index).username() + ":" + ExamFixtures.PASSWORD;
    Reply exams =
        candidate.send(
            candidate
                .request("/api/exams")
                .header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(UTF_8))));
    assertEquals(200, exams.status(), exams.body());
    return candidate;
  }

  /** Checks the candidate in to their seat and starts the attempt; its id. */
  private static long begin(Candidate candidate, OpenSession open, int index) {
    long seat = open.candidates().get(index).seatId();
    Reply checkIn = candidate.post("/api/exams/" + seat + "/check-in", code(open));
    assertEquals(200, checkIn.status(), checkIn.body());
    long attempt = checkIn.json().getJsonNumber("attempt").longValue();
    Reply start = candidate.post("/api/attempts/" + attempt + "/start", "{}");
    assertEquals(200, start.status(), start.body());
    return attempt;
  }

  private static String vietnamese(String key) {
    return ResourceBundle.getBundle(Messages.BUNDLE, Language.VIETNAMESE).getString(key);
  }

  private static String code(OpenSession open) {
    return "{\"code\":\"" + open.accessCode() + "\"}";
  }

  /** The fixture's tag, part of every question text of its paper (user names are fx-TAG-i). */
  private static String tag(OpenSession open) {
    return open.candidates().get(0).username().split("-")[1];
  }

  /** One valid response per question type, by type name. */
  private static Map<String, String> validResponses() {
    return Map.of(
        "SINGLE_CHOICE", "{\"choice\":1}",
        "MULTIPLE_RESPONSE", "{\"choices\":[0,2]}",
        "TRUE_FALSE", "{\"value\":true}",
        "SHORT_ANSWER", "{\"text\":\"trả lời ngắn\"}",
        "MATCHING", "{\"pairs\":[2,0,1]}",
        "ORDERING", "{\"order\":[3,1,0,2]}",
        "ESSAY", "{\"text\":\"Bài tự luận\"}");
  }

  /** Type name → paper position, from the exam page's question sections. */
  private static Map<String, Integer> positions(Document page) {
    Map<String, Integer> positions = new HashMap<>();
    for (Element q : page.select("section.sh-q")) {
      positions.put(q.attr("data-type"), Integer.parseInt(q.attr("data-pos")));
    }
    assertEquals(7, positions.size(), "one question of each type");
    return positions;
  }

  private static int indexContaining(List<String> texts, String text) {
    return IntStream.range(0, texts.size())
        .filter(i -> texts.get(i).contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError(text + " not among " + texts));
  }

  private static JsonStructure parse(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }

  /** position → {response, revision, saved_at} of the attempt's answer rows. */
  private Map<Integer, Object[]> answerRows(long attempt) throws java.sql.SQLException {
    Map<Integer, Object[]> rows = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT position, response, revision, saved_at FROM answer WHERE attempt_id = ?")
            .setParameter(1, attempt)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      rows.put(
          ((Number) columns[0]).intValue(),
          new Object[] {text(columns[1]), columns[2], columns[3]});
    }
    return rows;
  }

  /** A text column as a string: H2 hands MEDIUMTEXT back as a CLOB. */
  private static String text(Object column) throws java.sql.SQLException {
    return column instanceof java.sql.Clob clob
        ? clob.getSubString(1, (int) clob.length())
        : (String) column;
  }

  /** Moves the stored deadline, as the converter writes it: UTC text to the microsecond. */
  private void moveDeadline(long attempt, Instant deadline) throws Exception {
    tx.begin();
    int updated =
        em.createNativeQuery("UPDATE attempt SET deadline = ? WHERE id = ?")
            .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(deadline))
            .setParameter(2, attempt)
            .executeUpdate();
    tx.commit();
    assertEquals(1, updated);
  }

  /**
   * Waits until AutoSubmit's last tick (every tenth second) is 3 s past, even if it fired late, and
   * the next one at least 5 s away: time enough for a move and a save on a busy machine.
   */
  private static void clearOfAutoSubmitTick() {
    await()
        .atMost(Duration.ofSeconds(11))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> LocalTime.now(ZoneOffset.UTC).getSecond() % 10 == 3);
  }
}
