package org.sathach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sathach.testing.Deployments;

/**
 * Proves from outside the promise of DESIGN.md that a killed instance loses nothing: a candidate
 * saves answers to a real Payara Micro process, the process is killed with SIGKILL right after the
 * last acknowledgement, and a new process on the same database shows the same deadline and every
 * acknowledged answer. Plain JUnit, not Arquillian: the test owns the process so that it can kill
 * it. The database is the one the other ITs use; the embedded default is run exactly as shipped
 * (the post-boot URL, unchanged) with its file under {@code target/kill-test/data}.
 */
class ServerKillIT {
  private static final Path DIR = Path.of("target", "kill-test").toAbsolutePath();
  // A first boot migrates and loads the demo data: measured up to ~5 minutes on a busy 2-core box.
  private static final Duration BOOT = Duration.ofSeconds(420);
  private static final List<Server> started = new ArrayList<>();

  @BeforeAll
  static void buildWar() throws IOException {
    if (Files.exists(DIR)) {
      try (Stream<Path> old = Files.walk(DIR)) {
        old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(DIR);
    Deployments.applicationWithFixtures()
        .as(ZipExporter.class)
        .exportTo(DIR.resolve("ROOT.war").toFile(), true);
  }

  @AfterAll
  static void killServers() {
    started.forEach(Server::kill);
  }

  @Test
  void killedServerLosesNoAcknowledgedAnswerAndKeepsTheDeadline() throws Exception {
    try {
      Server first = Server.start(1);
      if (embedded()) {
        assertThat(DIR.resolve("data/sathach.mv.db")).as("the test's own H2 file").exists();
      }
      JsonObject open =
          Client.as("admin", "Admin@2026")
              .call("POST", first, "/api/test-fixtures/open-session?candidates=2&minutes=30", null);
      JsonObject seat = open.getJsonArray("candidates").getJsonObject(0);
      Client candidate = Client.as(seat.getString("username"), seat.getString("password"));
      String checkIn = "/api/exams/" + seat.getJsonNumber("seat") + "/check-in";
      String code =
          Json.createObjectBuilder().add("code", open.getString("code")).build().toString();
      long attempt = number(candidate.call("POST", first, checkIn, code), "attempt");
      String api = "/api/attempts/" + attempt;
      long deadline = number(candidate.call("POST", first, api + "/start", null), "deadline");
      assertThat(number(candidate.call("GET", first, api + "/clock", null), "deadline"))
          .isEqualTo(deadline);

      List<Element> questions =
          Jsoup.parse(candidate.page(first, "/candidate/exam.xhtml?attempt=" + attempt))
              .select("section.sh-q[data-pos][data-type]");
      assertThat(questions).as("one question of each type").hasSize(7);
      // Every position once, then some again: what counts is each position's last acknowledgement.
      JsonObjectBuilder acknowledged = Json.createObjectBuilder();
      long revision = System.currentTimeMillis();
      for (int variant = 0; variant < 2; variant++) {
        for (Element q : questions) {
          int position = Integer.parseInt(q.attr("data-pos"));
          if (variant == 0 || position % 3 == 0) {
            JsonObject saved = save(candidate, first, api, q, variant, ++revision);
            acknowledged.add(Integer.toString(position), saved);
          }
        }
      }
      long lastAck = System.nanoTime();
      first.kill();
      System.out.printf(
          "ServerKillIT: killed and gone %d ms after the last acknowledgement%n",
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastAck));
      assertThat(first.process().exitValue()).as("killed by SIGKILL, not shut down").isEqualTo(137);

      Server second = Server.start(2);
      Client again = Client.as(seat.getString("username"), seat.getString("password"));
      JsonObject clock = again.call("GET", second, api + "/clock", null);
      assertThat(clock.getString("status")).isEqualTo("IN_PROGRESS");
      assertThat(number(clock, "deadline")).as("deadline to the millisecond").isEqualTo(deadline);
      String page = again.page(second, "/candidate/exam.xhtml?attempt=" + attempt);
      Element exam = Jsoup.parse(page).getElementById("exam");
      assertThat(exam).as("the exam in progress on the page").isNotNull();
      JsonObject shown =
          Json.createReader(new StringReader(exam.attr("data-answers"))).readObject();
      assertThat((Map<String, ?>) shown)
          .as("answers on the page after the restart: every acknowledged one, as acknowledged")
          .isEqualTo(acknowledged.build());
      save(again, second, api, questions.get(1), 2, System.currentTimeMillis() + 1_000);
    } catch (Throwable failure) {
      started.forEach(Server::printLogTail);
      throw failure;
    }
  }

  /**
   * Saves an answer that fits the question and asserts it is acknowledged at its revision; returns
   * it in the shape the exam page gets it back ({@code response, flagged, revision}).
   */
  private static JsonObject save(
      Client client, Server server, String api, Element q, int variant, long revision)
      throws Exception {
    int position = Integer.parseInt(q.attr("data-pos"));
    JsonObject body =
        Json.createObjectBuilder()
            .add("response", responseFor(q, variant))
            .add("flagged", position == 2)
            .add("revision", revision)
            .build();
    JsonObject ack = client.call("PUT", server, api + "/answers/" + position, body.toString());
    assertThat(ack.getInt("position")).isEqualTo(position);
    assertThat(number(ack, "revision")).as("acknowledged revision").isEqualTo(revision);
    return body;
  }

  /** A response of the shape {@link Responses} takes for the question's type, read off the page. */
  private static JsonObject responseFor(Element q, int variant) {
    int choices = q.select("input.sh-choice").size();
    int prompts = q.select("select.sh-match").size();
    int answers = prompts == 0 ? 0 : q.selectFirst("select.sh-match").select("option").size() - 1;
    int items = q.select("ol.sh-order > li").size();
    String text = "Lần " + (variant + 1) + ": Đảng lãnh đạo, Nhà nước quản lý, nhân dân làm chủ. ";
    JsonObjectBuilder response = Json.createObjectBuilder();
    switch (q.attr("data-type")) {
      case "SINGLE_CHOICE" -> response.add("choice", (1 + variant) % choices);
      case "MULTIPLE_RESPONSE" ->
          response.add(
              "choices",
              Json.createArrayBuilder().add(variant % choices).add((variant + 2) % choices));
      case "TRUE_FALSE" -> response.add("value", variant % 2 == 0);
      case "SHORT_ANSWER" -> response.add("text", text.strip());
      case "ESSAY" -> response.add("text", text.repeat(4));
      case "MATCHING" -> response.add("pairs", rotated(prompts, answers, variant + 1));
      case "ORDERING" -> response.add("order", rotated(items, items, variant + 1));
      default -> throw new AssertionError("unknown type " + q.attr("data-type"));
    }
    return response.build();
  }

  /** {@code count} indices below {@code bound}, rotated by {@code shift} (distinct when equal). */
  private static JsonArrayBuilder rotated(int count, int bound, int shift) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      array.add((i + shift) % bound);
    }
    return array;
  }

  private static long number(JsonObject json, String name) {
    return json.getJsonNumber(name).longValueExact();
  }

  /** Whether the ITs run on the embedded default (H2) rather than an external MySQL/MariaDB. */
  private static boolean embedded() {
    String url = System.getenv("SATHACH_DB_URL");
    return url == null || url.isBlank() || url.startsWith("jdbc:h2:");
  }

  /** One Payara Micro process on a free port, its output in a log file of its own. */
  private record Server(Process process, URI base, Path log) {
    static Server start(int run) throws Exception {
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      Path log = DIR.resolve("server-" + run + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"))
                      .toAbsolutePath()
                      .toString(),
                  "--nohazelcast",
                  "--disablephonehome",
                  "--port",
                  Integer.toString(port),
                  "--rootdir",
                  DIR.resolve("runtime-" + run).toString(),
                  "--postbootcommandfile",
                  Path.of("payara-config/post-boot-commands.asadmin").toAbsolutePath().toString(),
                  "--deploy",
                  DIR.resolve("ROOT.war").toString())
              // The shipped default URL is relative (./data/sathach): run where it is the test's.
              .directory(DIR.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("SATHACH_DEMO", "true");
      if (embedded()) {
        env.keySet().removeAll(List.of("SATHACH_DB_URL", "SATHACH_DB_USER", "SATHACH_DB_PASSWORD"));
      }
      Server server = new Server(builder.start(), URI.create("http://127.0.0.1:" + port), log);
      started.add(server);
      long booting = System.nanoTime();
      server.awaitHealth();
      System.out.printf(
          "ServerKillIT: run %d healthy after %d s%n",
          run, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - booting));
      return server;
    }

    /** Waits until {@code /health} answers 200 with the application's database check. */
    private void awaitHealth() throws Exception {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest health =
          HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(20)).build();
      long until = System.nanoTime() + BOOT.toNanos();
      Object last = "no answer";
      while (System.nanoTime() < until) {
        assertThat(process.isAlive()).as("Payara Micro still running, see %s", log).isTrue();
        try {
          HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200 && answer.body().contains("\"database\"")) {
            return;
          }
          last = answer.statusCode() + " " + answer.body();
        } catch (IOException notYet) {
          last = notYet;
        }
        Thread.sleep(500);
      }
      throw new AssertionError("no healthy /health within " + BOOT + " (" + last + "), see " + log);
    }

    /** SIGKILL (what destroyForcibly sends on Linux) to the process and its descendants. */
    void kill() {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("process gone").isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void printLogTail() {
      try {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        System.err.println("---- last lines of " + log + " ----");
        lines.subList(Math.max(0, lines.size() - 120), lines.size()).forEach(System.err::println);
      } catch (IOException e) {
        System.err.println("no log at " + log + ": " + e);
      }
    }
  }

  /** A client without a browser: HTTP Basic on its first request, its session cookie after. */
  private static final class Client {
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String basic;

    static Client as(String username, String password) {
      Client client = new Client();
      byte[] credentials = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
      client.basic = "Basic " + Base64.getEncoder().encodeToString(credentials);
      return client;
    }

    /** Sends a request that must answer 200; returns its JSON body. */
    JsonObject call(String method, Server server, String path, String json) throws Exception {
      return Json.createReader(new StringReader(send(method, server, path, json))).readObject();
    }

    String page(Server server, String path) throws Exception {
      return send("GET", server, path, null);
    }

    private String send(String method, Server server, String path, String json) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(server.base().resolve(path))
              .timeout(Duration.ofSeconds(60))
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
      if (json != null) {
        request.header("Content-Type", "application/json");
      }
      if (basic != null) {
        request.header("Authorization", basic);
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode())
          .as("%s %s answered %s", method, path, response.body())
          .isEqualTo(200);
      basic = null;
      return response.body();
    }
  }
}
