package org.sathach.proctoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.sathach.audit.AuditEvent;
import org.sathach.audit.AuditTrail;
import org.sathach.bank.QuestionType;
import org.sathach.delivery.Attempt;
import org.sathach.delivery.PaperCache;
import org.sathach.exam.ExamFixtures;
import org.sathach.exam.ExamFixtures.OpenSession;
import org.sathach.exam.Paper;
import org.sathach.testing.Deployments;

/**
 * Proctoring on a real Payara Micro and database. The proctor's actions are called in-container on
 * the boundary (with no caller it acts as the system); candidates drive the same server over HTTP,
 * as their pages do. Each test builds its own open session.
 */
@ExtendWith(ArquillianExtension.class)
class ProctoringIT {
  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final String YES = "{\"value\":true}";
  private static final String NO = "{\"value\":false}";

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithFixtures(ProctoringIT.class);
  }

  @Inject ExamFixtures fixtures;
  @Inject Proctoring proctoring;
  @Inject AuditTrail audit;
  @Inject PaperCache cache;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;
  @Resource ManagedExecutorService executor;
  @ArquillianResource URL base;

  @Test
  void admissionIsRequiredBeforeStartAndIsAudited() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, false, true);
    long session = open.sessionId();
    Candidate admitted = new Candidate(open, 0);
    admitted.checkIn();
    assertEquals("start.notAdmitted", admitted.start().error(400));

    proctoring.admit(session, admitted.attempt, "CCCD khớp ảnh");
    assertEquals("CCCD khớp ảnh", audited("CANDIDATE_ADMITTED", admitted).getReason());
    assertEquals("IN_PROGRESS", admitted.start().ok().getString("status"));

    Candidate late = new Candidate(open, 1);
    late.checkIn();
    assertEquals(
        "proctoring.reasonRequired", problem(() -> proctoring.refuse(session, late.attempt, " ")));
    assertEquals("PENDING", column("admission", late.attempt));
    proctoring.refuse(session, late.attempt, "Đến muộn quá 30 phút");
    assertEquals("Đến muộn quá 30 phút", audited("CANDIDATE_REFUSED", late).getReason());
    assertEquals("start.refused", late.start().error(400));
  }

  @Test
  void answersAreRefusedWhilePausedAndTheDeadlineMovesByThePausedTime() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, false, false);
    long session = open.sessionId();
    Candidate candidate = started(open, 0);
    long before = candidate.deadline();

    Attempt paused = proctoring.pause(session, candidate.attempt, "Mất điện khu vực phòng thi");
    long pausedFrom = System.nanoTime();
    assertEquals("Mất điện khu vực phòng thi", audited("ATTEMPT_PAUSED", candidate).getReason());
    assertEquals("attempt.paused", candidate.answer(YES, 1).error(409));

    Thread.sleep(3_000);
    Attempt resumed = proctoring.resume(session, candidate.attempt, "Đã có điện");
    Duration pausedFor = Duration.ofNanos(System.nanoTime() - pausedFrom);
    Duration moved = Duration.between(paused.getDeadline(), resumed.getDeadline());
    assertEquals(pausedFor.toMillis(), moved.toMillis(), 1_000, "deadline moved " + moved);
    Duration stopped = Duration.between(paused.getPausedAt(), resumed.getControlChangedAt());
    assertEquals(stopped.toMillis(), moved.toMillis(), 1, "moved by the stopped time exactly");
    assertEquals(moved.toMillis(), candidate.deadline() - before, 1);
    assertEquals(1, candidate.answer(YES, 1).ok().getInt("revision"));

    // Both deadlines long past: the server ends the attempt in progress, never the paused one.
    Candidate control = started(open, 1);
    proctoring.pause(session, candidate.attempt, "Thí sinh bị mệt, cần nghỉ");
    pastDeadline(candidate.attempt);
    pastDeadline(control.attempt);
    long waitFrom = System.nanoTime();
    while (!"SUBMITTED".equals(column("status", control.attempt))
        || System.nanoTime() - waitFrom < TimeUnit.SECONDS.toNanos(15)) {
      assertTrue(System.nanoTime() - waitFrom < PATIENCE.toNanos(), "AutoSubmit never ran");
      Thread.sleep(500);
    }
    assertEquals("SERVER", column("submitted_by", control.attempt));
    assertEquals("PAUSED", column("status", candidate.attempt));
  }

  @Test
  void extendingMovesTheDeadlineAndIsAudited() throws Exception {
    OpenSession open = fixtures.openSession(3, 30, false, false);
    long session = open.sessionId();
    Candidate first = started(open, 0);
    Candidate second = started(open, 1);
    long firstBefore = first.deadline();
    long secondBefore = second.deadline();
    long minute = Duration.ofMinutes(1).toMillis();

    Attempt extended = proctoring.extend(session, first.attempt, 7, "Máy tính hỏng, đổi máy");
    assertEquals(7, extended.getExtendedMinutes());
    assertEquals(firstBefore + 7 * minute, first.deadline());
    AuditEvent audited = audited("ATTEMPT_EXTENDED", first);
    assertEquals("Máy tính hỏng, đổi máy", audited.getReason());
    assertTrue(audited.getDetails().startsWith("+7 min"), audited.getDetails());

    assertEquals(2, proctoring.extendSession(session, 5, "Sự cố chung của phòng"));
    assertEquals(firstBefore + 12 * minute, first.deadline());
    assertEquals(secondBefore + 5 * minute, second.deadline());

    assertEquals(2, proctoring.pauseSession(session, "Báo cháy, sơ tán"));
    assertEquals("PAUSED", first.clock().getString("status"));
    assertEquals("PAUSED", second.clock().getString("status"));
    Candidate third = new Candidate(open, 2);
    third.checkIn();
    assertEquals("start.sessionPaused", third.start().error(400));

    assertEquals(2, proctoring.resumeSession(session, "Đã an toàn"));
    assertEquals("IN_PROGRESS", first.clock().getString("status"));
    assertEquals("IN_PROGRESS", second.clock().getString("status"));
    assertEquals("IN_PROGRESS", third.start().ok().getString("status"));
  }

  @Test
  void aSuspensionEndsTheAttemptAtOnceWithItsRecord() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, false, false);
    long session = open.sessionId();
    Candidate suspended = started(open, 0);
    Candidate reprimanded = started(open, 1);
    suspended.answer(NO, 1).ok();

    String facts = "Dùng điện thoại trong phòng thi";
    ViolationRecord record =
        proctoring.sanction(session, suspended.attempt, Sanction.SUSPENSION, facts);
    assertEquals(100, record.getDeductionPercent());
    assertEquals(suspended.attempt, record.getAttemptId());
    assertEquals("TERMINATED", column("status", suspended.attempt));
    assertEquals("PROCTOR", column("submitted_by", suspended.attempt));
    assertEquals(64, column("answers_hash", suspended.attempt).toString().length());
    assertEquals(
        List.of(Sanction.SUSPENSION),
        proctoring.violationsOf(suspended.attempt).stream()
            .map(ViolationRecord::getSanction)
            .toList());
    AuditEvent audited = audited("SANCTION_RECORDED", suspended);
    assertTrue(audited.getDetails().startsWith("SUSPENSION -100%"), audited.getDetails());
    assertEquals(facts, audited.getReason());
    assertEquals("attempt.terminated", suspended.answer(YES, 2).error(409));

    ViolationRecord reprimand =
        proctoring.sanction(session, reprimanded.attempt, Sanction.REPRIMAND, "Nói chuyện");
    assertEquals(25, reprimand.getDeductionPercent());
    assertEquals("IN_PROGRESS", column("status", reprimanded.attempt));
    reprimanded.answer(YES, 1).ok();
    assertEquals(
        List.of(1, 1), proctoring.board(session).rows().stream().map(BoardRow::sanctions).toList());
  }

  @Test
  void incidentsAreRecordedByCategory() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, false, false);
    long session = open.sessionId();
    Candidate candidate = started(open, 0);

    proctoring.incident(session, candidate.attempt, IncidentCategory.DEVICE, "Điện thoại reo");
    proctoring.incident(session, null, IncidentCategory.TECHNICAL, "Mất mạng hai phút");
    assertEquals(
        "proctoring.categoryRequired",
        problem(() -> proctoring.incident(session, null, null, "Không phân loại")));

    List<Incident> incidents = proctoring.incidents(session);
    assertEquals(2, incidents.size());
    for (Incident incident : incidents) {
      boolean ofAttempt = incident.getCategory() == IncidentCategory.DEVICE;
      assertEquals(ofAttempt ? candidate.attempt : null, incident.getAttemptId());
    }
    assertEquals(
        1,
        proctoring.board(session).rows().stream()
            .filter(r -> Long.valueOf(candidate.attempt).equals(r.attemptId()))
            .findFirst()
            .orElseThrow()
            .incidents());
    assertEquals(1, proctoring.board(session).sessionIncidents());
    AuditEvent ofAttempt = audited("INCIDENT_RECORDED", candidate);
    assertEquals("DEVICE", ofAttempt.getDetails());
    assertEquals("Điện thoại reo", ofAttempt.getReason());
    assertEquals("TECHNICAL", audited("INCIDENT_RECORDED", "session:" + session).getDetails());
  }

  @Test
  void theSealIsStableAndAnyChangeIsDetected() throws Exception {
    OpenSession open = fixtures.openSession(3, 30, false, false);
    long session = open.sessionId();
    Candidate first = started(open, 0);
    Candidate second = started(open, 1);
    Candidate idle = new Candidate(open, 2);
    idle.checkIn();
    first.answer(YES, 1).ok();
    second.answer(NO, 1).ok();
    assertEquals("proctoring.notFinished", problem(() -> proctoring.seal(session)));
    first.submit();
    second.submit();
    // Checked in but never started: it could still start after the seal, so it is refused first.
    assertEquals("proctoring.waitingToStart", problem(() -> proctoring.seal(session)));
    proctoring.refuse(session, idle.attempt, "Không bắt đầu làm bài trước giờ kết thúc");

    String seal = proctoring.seal(session);
    assertTrue(seal.matches("[0-9a-f]{64}"), seal);
    Object recorded =
        em.createNativeQuery("SELECT seal_hash FROM exam_session WHERE id = ?")
            .setParameter(1, session)
            .getSingleResult();
    assertEquals(seal, recorded.toString().strip());
    assertEquals(seal, proctoring.currentSealHash(session));
    JsonObject export = export(session);
    assertEquals(seal, export.getString("seal"));
    assertTrue(export.getString("answersRule").contains("'position:versionId:response\\n'"));
    assertTrue(
        export.getString("sealRule").contains("'candidateNumber|attemptId|status|answersHash\\n'"));
    assertEquals(seal, recomputedSeal(export));

    for (Executable action :
        List.<Executable>of(
            () -> proctoring.incident(session, null, IncidentCategory.OTHER, "Sau niêm phong"),
            () -> proctoring.extendSession(session, 5, "Sau niêm phong"),
            () -> proctoring.pauseSession(session, "Sau niêm phong"),
            () -> proctoring.seal(session))) {
      assertEquals("proctoring.sealed", problem(action));
    }

    tx.begin();
    em.createNativeQuery("UPDATE answer SET response = ? WHERE attempt_id = ? AND position = ?")
        .setParameter(1, NO)
        .setParameter(2, first.attempt)
        .setParameter(3, first.truthPosition())
        .executeUpdate();
    tx.commit();
    assertNotEquals(seal, proctoring.currentSealHash(session), "the seal reads the answer rows");
    JsonObject tampered = export(session);
    assertEquals(seal, tampered.getString("seal"));
    assertNotEquals(seal, recomputedSeal(tampered), "a changed answer changes the seal");
    assertEquals(proctoring.currentSealHash(session), recomputedSeal(tampered), "seal = export");

    proctoring.reopen(session, "Kiểm tra dữ liệu nghi bị sửa");
    AuditEvent reopened = audited("SESSION_REOPENED", "session:" + session);
    assertEquals("Kiểm tra dữ liệu nghi bị sửa", reopened.getReason());
    assertEquals("was sha256=" + seal, reopened.getDetails());
    assertFalse(export(session).containsKey("seal"));
  }

  @Test
  void theBoardIsPushedOverServerSentEvents() throws Exception {
    OpenSession open = fixtures.openSession(2, 30, false, true);
    Candidate candidate = new Candidate(open, 0);
    candidate.checkIn();
    proctoring.admit(open.sessionId(), candidate.attempt, "CCCD khớp ảnh");
    candidate.start().ok();

    HttpRequest watch =
        HttpRequest.newBuilder(api("proctoring/sessions/" + open.sessionId() + "/board"))
            .header("Accept", "text/event-stream")
            .header("Authorization", basic("proctor", "Proctor@2026"))
            .build();
    HttpResponse<Stream<String>> stream = client().send(watch, BodyHandlers.ofLines());
    assertEquals(200, stream.statusCode());
    BlockingQueue<JsonObject> boards = new LinkedBlockingQueue<>();
    Future<?> reading = executor.submit(() -> collectBoards(stream.body(), boards));
    try {
      JsonObject first = boards.poll(10, TimeUnit.SECONDS);
      assertNotNull(first, "the board is sent at once");
      assertEquals(0, answered(first, candidate.attempt));

      candidate.answer(YES, 1).ok();
      long saved = System.nanoTime();
      JsonObject pushed = null;
      while (pushed == null && System.nanoTime() - saved < PATIENCE.toNanos()) {
        JsonObject next = boards.poll(1, TimeUnit.SECONDS);
        pushed = next != null && answered(next, candidate.attempt) == 1 ? next : null;
      }
      Duration took = Duration.ofNanos(System.nanoTime() - saved);
      assertNotNull(pushed, "no board with the answer");
      assertTrue(took.compareTo(Duration.ofSeconds(2)) <= 0, "pushed after " + took);
    } finally {
      stream.body().close();
      reading.cancel(true);
    }
  }

  private static String problem(Executable call) {
    return assertThrows(ProctoringProblem.class, call).messageKey();
  }

  /** Reads Server-Sent Events, queueing the board of each {@code board} event. */
  private static void collectBoards(Stream<String> lines, BlockingQueue<JsonObject> boards) {
    String[] event = {""};
    lines.forEach(
        line -> {
          if (line.startsWith("event:")) {
            event[0] = line.substring(6).strip();
          } else if (line.startsWith("data:") && event[0].equals("board")) {
            boards.add(json(line.substring(5)).getJsonObject("board"));
          }
        });
  }

  private static int answered(JsonObject board, long attempt) {
    return board.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.containsKey("attempt") && r.getJsonNumber("attempt").longValue() == attempt)
        .findFirst()
        .orElseThrow()
        .getInt("answered");
  }

  /**
   * The seal recomputed from an export alone, by the rules it states: each submitted attempt's
   * answers hash from its answers, then one line per attempt in candidate-number order.
   */
  /** The seal rule: one line per attempt in candidate-number order, answers hashed if ended. */
  private static String recomputedSeal(JsonObject export) throws Exception {
    Map<String, String> lines = new TreeMap<>();
    for (JsonObject a : export.getJsonArray("attempts").getValuesAs(JsonObject.class)) {
      String status = a.getString("status");
      boolean ended = status.equals("SUBMITTED") || status.equals("TERMINATED");
      String number = a.getString("candidateNumber");
      String hash = ended ? answersHash(a) : "";
      lines.put(number, String.join("|", number, a.get("attemptId").toString(), status, hash));
    }
    StringBuilder text = new StringBuilder();
    lines.values().forEach(line -> text.append(line).append('\n'));
    return sha256(text.toString());
  }

  /** The answers rule: a line 'position:versionId:response' for every position of the paper. */
  private static String answersHash(JsonObject attempt) throws Exception {
    StringBuilder text = new StringBuilder();
    for (JsonObject x : attempt.getJsonArray("answers").getValuesAs(JsonObject.class)) {
      text.append(x.getInt("position")).append(':').append(x.getJsonNumber("versionId"));
      text.append(':').append(x.getString("response")).append('\n');
    }
    return sha256(text.toString());
  }

  private static String sha256(String text) throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private JsonObject export(long session) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(api("proctoring/sessions/" + session + "/export"))
            .header("Authorization", basic("committee", "Committee@2026"))
            .timeout(PATIENCE)
            .build();
    HttpResponse<String> response = client().send(request, BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return json(response.body());
  }

  private Candidate started(OpenSession open, int index) throws Exception {
    Candidate candidate = new Candidate(open, index);
    candidate.checkIn();
    assertEquals("IN_PROGRESS", candidate.start().ok().getString("status"));
    return candidate;
  }

  private Object column(String name, long attempt) {
    Object value =
        em.createNativeQuery("SELECT " + name + " FROM attempt WHERE id = ?")
            .setParameter(1, attempt)
            .getSingleResult();
    return value instanceof Number || value == null ? value : value.toString().strip();
  }

  private void pastDeadline(long attempt) throws Exception {
    tx.begin();
    em.createNativeQuery("UPDATE attempt SET deadline = ? WHERE id = ?")
        .setParameter(1, "2001-01-01 00:00:00.000000")
        .setParameter(2, attempt)
        .executeUpdate();
    tx.commit();
  }

  private AuditEvent audited(String action, Candidate candidate) {
    return audited(action, "attempt:" + candidate.attempt);
  }

  private AuditEvent audited(String action, String target) {
    return audit.latest(0, 50, action, null).stream()
        .filter(e -> target.equals(e.getTarget()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(action + " of " + target + " not audited"));
  }

  private URI api(String path) throws Exception {
    return base.toURI().resolve("api/" + path);
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new CookieManager())
        .connectTimeout(PATIENCE)
        .build();
  }

  private static String basic(String user, String password) {
    byte[] credentials = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(credentials);
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /** A status and body; {@link #ok()} and {@link #error(int)} assert which it is. */
  record Reply(int status, String text) {
    JsonObject ok() {
      assertEquals(200, status, text);
      return json(text);
    }

    String error(int expected) {
      assertEquals(expected, status, text);
      return json(text).getString("error");
    }
  }

  /** A candidate's own client: HTTP Basic on the first request, the session cookie after it. */
  final class Candidate {
    private final HttpClient http = client();
    private final OpenSession open;
    private final ExamFixtures.Seated seated;
    private boolean loggedIn;
    long attempt;

    Candidate(OpenSession open, int index) {
      this.open = open;
      this.seated = open.candidates().get(index);
    }

    void checkIn() throws Exception {
      String body = "{\"code\":\"" + open.accessCode() + "\"}";
      Reply reply = send("POST", "exams/" + seated.seatId() + "/check-in", body);
      attempt = reply.ok().getJsonNumber("attempt").longValue();
    }

    Reply start() throws Exception {
      return send("POST", "attempts/" + attempt + "/start", null);
    }

    JsonObject clock() throws Exception {
      return send("GET", "attempts/" + attempt + "/clock", null).ok();
    }

    long deadline() throws Exception {
      return clock().getJsonNumber("deadline").longValue();
    }

    /** Saves a true/false response to the paper's true/false question. */
    Reply answer(String response, long revision) throws Exception {
      String body =
          "{\"response\":" + response + ",\"flagged\":false,\"revision\":" + revision + "}";
      return send("PUT", "attempts/" + attempt + "/answers/" + truthPosition(), body);
    }

    void submit() throws Exception {
      Reply reply = send("POST", "attempts/" + attempt + "/submit", "{\"by\":\"CANDIDATE\"}");
      assertEquals("SUBMITTED", reply.ok().getString("status"));
    }

    /** Where the true/false question sits on this candidate's shuffled paper. */
    int truthPosition() {
      Number paperId = (Number) column("paper_id", attempt);
      Paper paper = cache.paper(paperId.longValue());
      for (int i = 0; i < paper.items().size(); i++) {
        if (cache.version(paper.items().get(i).versionId()).type() == QuestionType.TRUE_FALSE) {
          return i;
        }
      }
      throw new AssertionError("no true/false question on the paper");
    }

    private Reply send(String method, String path, String body) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(api(path))
              .timeout(PATIENCE)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .method(
                  method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
      if (!loggedIn) {
        request.header("Authorization", basic(seated.username(), ExamFixtures.PASSWORD));
      }
      HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
      // Under load Payara 6 now and then restores a session's login without its groups and
      // answers 403 before the resource runs (payara/Payara#6145, eclipse-ee4j/glassfish#25141).
      // A page retries such a refusal; so does this client, or the tests would fail at random.
      for (int retry = 0; response.statusCode() == 403 && retry < 3; retry++) {
        Thread.sleep(250);
        response = http.send(request.build(), BodyHandlers.ofString());
      }
      loggedIn = response.statusCode() != 401;
      return new Reply(response.statusCode(), response.body());
    }
  }
}
