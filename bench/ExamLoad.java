import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exam-room load benchmark of issue 5 (see bench/README.md). A single-file program with JDK
 * classes only, plus MySQL Connector/J on the class path for the database checks:
 *
 * <pre>java -cp mysql-connector-j.jar bench/ExamLoad.java [N] [T] [S] [D]</pre>
 *
 * <p>It drives a running application (BENCH_URL) that has the test fixtures deployed: opens a
 * session with N candidates, logs them in and checks them in (set-up, not measured), then measures
 * an open-loop start storm (N starts at uniformly random moments within T seconds), autosaves
 * (every candidate saves one answer every S seconds for D seconds) and submits; then counts the
 * acknowledged answers the database lost and measures the raw upsert rate of the same database.
 * Latencies run from each request's scheduled moment to its response, so a slow server cannot slow
 * the schedule down and hide its own queueing.
 */
public class ExamLoad {
  /** Set-up requests may take long (the fixture for 2,000 candidates takes minutes). */
  static final Duration SETUP = Duration.ofMinutes(30);

  static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
  static final Pattern SECTION = Pattern.compile("<section class=\"sh-q\"[^>]*>");
  static final Pattern POS = Pattern.compile("data-pos=\"(\\d+)\"");
  static final Pattern TYPE = Pattern.compile("data-type=\"([A-Z_]+)\"");

  public static void main(String[] args) throws Exception {
    // Grizzly closes idle connections after 30 s; never reuse one the server may have closed.
    System.setProperty("jdk.httpclient.keepalive.timeout", "20");
    // Like a browser, send a request again on a fresh connection when a pooled one turns out to
    // have been closed before any answer (every request here is idempotent).
    System.setProperty("jdk.httpclient.enableAllMethodRetry", "true");
    Config c = Config.from(args);
    Http http = new Http(c.base, Integer.parseInt(Config.env("BENCH_CLIENTS", "8")));
    Report report = new Report(c);
    report.machine(c);

    ExecutorService setup = Executors.newFixedThreadPool(c.setupThreads);
    ExecutorService load = Executors.newFixedThreadPool(c.threads);
    try {
      List<Candidate> candidates = openSession(http, c, report);
      report.checkIn = runAll(candidates, setup, cand -> cand.logInAndCheckIn(http, report.code));
      report.storm = storm(http, candidates, c, load);
      // A real page retries a refused start; so does the bench, unmeasured, so all N save.
      report.restart =
          runAll(
              candidates.stream().filter(cand -> cand.attempt != 0 && !cand.inProgress).toList(),
              setup,
              cand -> {
                Outcome outcome = cand.start(http, SETUP);
                if (!outcome.success()) {
                  throw new IllegalStateException("start: HTTP " + outcome.name());
                }
              });
      report.page = runAll(started(candidates), setup, cand -> cand.readPaper(http));
      if (c.warmUp > 0) {
        report.warmUp = saves(http, started(candidates), c, load, c.warmUp, "warm-up");
      }
      report.saves = saves(http, started(candidates), c, load, c.duration, "saves");
      report.submit = runAll(started(candidates), setup, cand -> cand.submit(http));
      report.lost = Lost.count(c, candidates);
      report.raw = RawUpserts.measure(c);
    } finally {
      setup.shutdownNow();
      load.shutdownNow();
    }
    report.loadAfter = loadAverage();
    report.print();
  }

  /**
   * The 1-, 5- and 15-minute load averages and, where the kernel reports it, the share of the last
   * minute in which runnable tasks waited for a CPU: other work on the machine skews every figure.
   */
  static String loadAverage() {
    String load;
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      load = parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException unknown) {
      return "unknown";
    }
    try {
      Matcher m =
          Pattern.compile("some avg10=\\S+ avg60=(\\S+)")
              .matcher(Files.readString(Path.of("/proc/pressure/cpu")));
      return m.find() ? load + " (CPU pressure " + m.group(1) + " %)" : load;
    } catch (IOException | RuntimeException noPressureInfo) {
      return load;
    }
  }

  // ---------------------------------------------------------------- configuration

  /** N/T/S/D from the arguments; where and how to connect from the environment. */
  record Config(
      String base,
      String admin,
      int n,
      double window,
      double every,
      double duration,
      int threads,
      Duration timeout,
      int setupThreads,
      String jdbcUrl,
      String dbUser,
      String dbPassword,
      int dbThreads,
      double dbSeconds,
      long seed,
      double warmUp) {
    static Config from(String[] args) {
      return new Config(
          env("BENCH_URL", "http://127.0.0.1:8090"),
          env("BENCH_ADMIN", "admin:Admin@2026"),
          args.length > 0 ? Integer.parseInt(args[0]) : 2000,
          args.length > 1 ? Double.parseDouble(args[1]) : 10,
          args.length > 2 ? Double.parseDouble(args[2]) : 2,
          args.length > 3 ? Double.parseDouble(args[3]) : 60,
          Integer.parseInt(env("BENCH_THREADS", "400")),
          Duration.ofSeconds(Long.parseLong(env("BENCH_TIMEOUT", "30"))),
          Integer.parseInt(env("BENCH_SETUP_THREADS", "32")),
          env("BENCH_JDBC_URL", null),
          env("BENCH_DB_USER", null),
          env("BENCH_DB_PASSWORD", ""),
          Integer.parseInt(env("BENCH_DB_THREADS", "64")),
          Double.parseDouble(env("BENCH_DB_SECONDS", "10")),
          Long.parseLong(env("BENCH_SEED", "5")),
          Double.parseDouble(env("BENCH_WARMUP", "60")));
    }

    static String env(String name, String fallback) {
      String value = System.getenv(name);
      return value == null || value.isBlank() ? fallback : value;
    }

    Connection connect() throws SQLException {
      if (jdbcUrl == null) {
        throw new IllegalStateException("BENCH_JDBC_URL is not set");
      }
      return DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
    }
  }

  // ---------------------------------------------------------------- HTTP

  record Reply(int status, String body, List<String> cookies) {}

  /** One HttpClient for all candidates; each candidate carries its own session cookie. */
  static final class Http {
    /**
     * Several clients, each generator thread keeping to one: a JDK client reads every connection's
     * responses on one selector thread, which alone would be the slowest part of a 2-core run.
     */
    final HttpClient[] clients;

    final String base;

    Http(String base, int clients) {
      this.base = base;
      this.clients = new HttpClient[clients];
      for (int i = 0; i < clients; i++) {
        this.clients[i] =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
      }
    }

    Reply send(
        String method, String path, String cookie, String basic, String json, Duration timeout)
        throws IOException, InterruptedException {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
      if (basic != null) {
        request.header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
      }
      if (cookie != null) {
        request.header("Cookie", cookie);
      }
      if (json != null) {
        request.header("Content-Type", "application/json");
      }
      request.method(
          method,
          json == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(json));
      HttpClient client =
          clients[(int) Math.floorMod(Thread.currentThread().getId(), (long) clients.length)];
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(), response.body(), response.headers().allValues("set-cookie"));
    }
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|-?\\d+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no \"" + name + "\" in " + json);
    }
    return m.group(2) != null ? m.group(2) : m.group(1);
  }

  // ---------------------------------------------------------------- set-up

  static List<Candidate> openSession(Http http, Config c, Report report) throws Exception {
    System.out.printf("set-up: opening a session with %d candidates ...%n", c.n);
    long t0 = System.nanoTime();
    Reply reply =
        http.send(
            "POST",
            "/api/test-fixtures/open-session?candidates=" + c.n + "&minutes=60",
            null,
            c.admin,
            null,
            SETUP);
    report.fixtureSeconds = seconds(System.nanoTime() - t0);
    if (reply.status != 200) {
      throw new IllegalStateException(
          "open-session answered "
              + reply.status
              + ": "
              + reply.body.substring(0, Math.min(300, reply.body.length())));
    }
    report.code = field(reply.body, "code");
    String list = reply.body.substring(reply.body.indexOf("\"candidates\""));
    List<Candidate> candidates = new ArrayList<>();
    Matcher m = OBJECT.matcher(list);
    while (m.find()) {
      String one = m.group();
      candidates.add(
          new Candidate(
              candidates.size(),
              field(one, "username"),
              field(one, "password"),
              Long.parseLong(field(one, "seat"))));
    }
    System.out.printf(
        "set-up: session %s (code %s), %d candidates, in %.1f s%n",
        field(reply.body, "session"), report.code, candidates.size(), report.fixtureSeconds);
    return candidates;
  }

  static List<Candidate> started(List<Candidate> all) {
    return all.stream().filter(cand -> cand.inProgress).toList();
  }

  interface Step {
    /** Does the step; throws with a message ending in "HTTP <status>" when refused. */
    void run(Candidate candidate) throws Exception;
  }

  /**
   * A closed-loop step for every candidate with bounded concurrency: set-up and submit. A step
   * refused with 403 Forbidden (a logged-in candidate's role lost under load, see bench/README.md)
   * or failed on the connection is retried up to four times, as a page would; the first tries'
   * failures are kept apart.
   */
  static Phase runAll(List<Candidate> candidates, ExecutorService pool, Step step)
      throws InterruptedException {
    Phase phase = new Phase(candidates.size(), 1);
    CountDownLatch done = new CountDownLatch(candidates.size());
    for (Candidate cand : candidates) {
      pool.execute(
          () -> {
            long at = System.nanoTime();
            String outcome = "ok";
            for (int attempt = 1; attempt <= 5; attempt++) {
              try {
                step.run(cand);
                outcome = "ok";
              } catch (IOException e) {
                outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
              } catch (Exception e) {
                outcome = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
              }
              if (attempt == 1) {
                phase.firstTry.computeIfAbsent(outcome, k -> new LongAdder()).increment();
              }
              if (!outcome.endsWith("HTTP 403") && !outcome.contains("IOException")) {
                break;
              }
              phase.retries.increment();
              LockSupport.parkNanos(200_000_000L);
            }
            phase.record(at, outcome, "ok".equals(outcome));
            done.countDown();
          });
    }
    done.await();
    phase.finish();
    return phase;
  }

  /** One seated candidate: their session cookie, attempt and paper. */
  static final class Candidate {
    final int index;
    final String username;
    final String password;
    final long seat;
    final Map<String, String> cookies = new LinkedHashMap<>();
    long attempt;
    volatile boolean inProgress;
    String[] types = new String[0];
    /** Saves scheduled so far: the next one goes to the next question, round the paper. */
    int saves;
    long[] nextRevision = new long[0];
    AtomicLongArray acked = new AtomicLongArray(0);

    Candidate(int index, String username, String password, long seat) {
      this.index = index;
      this.username = username;
      this.password = password;
      this.seat = seat;
    }

    synchronized String cookie() {
      StringBuilder header = new StringBuilder();
      cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k + "=" + v));
      return header.isEmpty() ? null : header.toString();
    }

    synchronized void keep(List<String> setCookies) {
      for (String set : setCookies) {
        String pair = set.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
    }

    Reply call(Http http, String method, String path, String basic, String json)
        throws IOException, InterruptedException {
      return call(http, method, path, basic, json, SETUP);
    }

    Reply call(Http http, String method, String path, String basic, String json, Duration timeout)
        throws IOException, InterruptedException {
      Reply reply = http.send(method, path, cookie(), basic, json, timeout);
      if (!reply.cookies.isEmpty()) {
        keep(reply.cookies);
      }
      return reply;
    }

    /** HTTP Basic once; from then on only the session cookie. */
    void logInAndCheckIn(Http http, String code) throws Exception {
      if (cookie() == null) {
        Reply mine = call(http, "GET", "/api/exams", username + ":" + password, null);
        expect(mine, 200, "login");
        if (cookie() == null) {
          throw new IllegalStateException("login set no session cookie");
        }
      }
      Reply in = call(http, "POST", "/api/exams/" + seat + "/check-in", null, q(code));
      expect(in, 200, "check-in");
      attempt = Long.parseLong(field(in.body, "attempt"));
    }

    /** Reads the exam page once to learn the question type at each (shuffled) position. */
    void readPaper(Http http) throws Exception {
      Reply page = call(http, "GET", "/candidate/exam.xhtml?attempt=" + attempt, null, null);
      expect(page, 200, "exam page");
      Map<Integer, String> byPos = new TreeMap<>();
      Matcher m = SECTION.matcher(page.body);
      while (m.find()) {
        Matcher pos = POS.matcher(m.group());
        Matcher type = TYPE.matcher(m.group());
        if (pos.find() && type.find()) {
          byPos.put(Integer.parseInt(pos.group(1)), type.group(1));
        }
      }
      if (byPos.isEmpty() || byPos.size() != Collections.max(byPos.keySet()) + 1) {
        throw new IllegalStateException("exam page: no questions found");
      }
      types = byPos.values().toArray(new String[0]);
      nextRevision = new long[types.length];
      acked = new AtomicLongArray(types.length);
      for (int i = 0; i < types.length; i++) {
        acked.set(i, -1);
      }
    }

    /** Starts the attempt; answers the outcome to record ("200", "403", ...). */
    Outcome start(Http http, Duration timeout) throws Exception {
      Reply r = call(http, "POST", "/api/attempts/" + attempt + "/start", null, null, timeout);
      inProgress = r.status == 200 && r.body.contains("\"IN_PROGRESS\"");
      return new Outcome(
          r.status == 200 && !inProgress ? "200 not in progress" : "" + r.status, inProgress);
    }

    void submit(Http http) throws Exception {
      Reply reply =
          call(
              http, "POST", "/api/attempts/" + attempt + "/submit", null, "{\"by\":\"CANDIDATE\"}");
      expect(reply, 200, "submit");
      if (!"SUBMITTED".equals(field(reply.body, "status"))) {
        throw new IllegalStateException("submit: status " + field(reply.body, "status"));
      }
    }

    static void expect(Reply reply, int status, String what) {
      if (reply.status != status) {
        throw new IllegalStateException(what + ": HTTP " + reply.status);
      }
    }

    static String q(String code) {
      return "{\"code\":\"" + code + "\"}";
    }
  }

  // ---------------------------------------------------------------- measured phases

  /** A request fired at a scheduled moment (nanoseconds after the phase began). */
  interface Shot {
    long at();

    /** Fires the request; returns the outcome ("200", "409", an exception name) and success. */
    Outcome fire(Duration timeout) throws Exception;
  }

  record Outcome(String name, boolean success) {}

  /**
   * Open loop: every shot is handed to the pool at its scheduled moment whatever happened to the
   * earlier ones, and its latency runs from that moment, so time spent queueing counts.
   */
  static Phase openLoop(List<Shot> shots, ExecutorService pool, double seconds, Duration timeout)
      throws InterruptedException {
    shots.sort(Comparator.comparingLong(Shot::at));
    Phase phase = new Phase(shots.size(), (int) Math.ceil(seconds) + 1);
    CountDownLatch done = new CountDownLatch(shots.size());
    long t0 = System.nanoTime();
    phase.t0 = t0;
    for (Shot shot : shots) {
      long due = t0 + shot.at();
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      pool.execute(
          () -> {
            Outcome outcome;
            try {
              // The timeout runs from the scheduled moment: time spent waiting for a free
              // generator thread (all of them waiting for the server) counts against it.
              long left = due + timeout.toNanos() - System.nanoTime();
              outcome =
                  left < 1_000_000L
                      ? new Outcome("timeout", false)
                      : shot.fire(Duration.ofNanos(left));
            } catch (HttpTimeoutException e) {
              outcome = new Outcome("timeout", false);
            } catch (Exception e) {
              outcome = new Outcome(e.getClass().getSimpleName(), false);
            }
            phase.record(due, outcome.name, outcome.success);
            done.countDown();
          });
    }
    done.await();
    phase.finish();
    return phase;
  }

  static Phase storm(Http http, List<Candidate> candidates, Config c, ExecutorService pool)
      throws InterruptedException {
    System.out.printf(
        "storm: %d starts at random moments within %.0f s ...%n", candidates.size(), c.window);
    Random random = new Random(c.seed);
    List<Shot> shots = new ArrayList<>();
    for (Candidate cand : candidates) {
      if (cand.attempt == 0) {
        continue;
      }
      long at = (long) (random.nextDouble() * c.window * 1e9);
      shots.add(
          new Shot() {
            public long at() {
              return at;
            }

            public Outcome fire(Duration timeout) throws Exception {
              return cand.start(http, timeout);
            }
          });
    }
    return openLoop(shots, pool, c.window, c.timeout);
  }

  static Phase saves(
      Http http,
      List<Candidate> candidates,
      Config c,
      ExecutorService pool,
      double duration,
      String label)
      throws InterruptedException {
    Random random = new Random(c.seed + ("saves".equals(label) ? 1 : 2));
    List<Shot> shots = new ArrayList<>();
    for (Candidate cand : candidates) {
      if (cand.types.length == 0) {
        continue;
      }
      double first = random.nextDouble() * c.every;
      for (double t = first; t < duration; t += c.every) {
        int position = (cand.index + cand.saves++) % cand.types.length;
        long revision = ++cand.nextRevision[position];
        String body = Answers.body(cand.types[position], revision);
        long at = (long) (t * 1e9);
        shots.add(
            new Shot() {
              public long at() {
                return at;
              }

              public Outcome fire(Duration timeout) throws Exception {
                Reply r =
                    cand.call(
                        http,
                        "PUT",
                        "/api/attempts/" + cand.attempt + "/answers/" + position,
                        null,
                        body,
                        timeout);
                if (r.status == 200) {
                  cand.acked.accumulateAndGet(position, revision, Math::max);
                }
                return new Outcome("" + r.status, r.status == 200);
              }
            });
      }
    }
    System.out.printf(
        "%s: %d saves by %d candidates (one every %.1f s each, for %.0f s) ...%n",
        label, shots.size(), candidates.size(), c.every, duration);
    return openLoop(shots, pool, duration + c.every, c.timeout);
  }

  /** A response that fits each type of question; the revision makes every save a change. */
  static final class Answers {
    static final String ESSAY =
        "Phát triển kinh tế gắn với bảo vệ môi trường, nâng cao chất lượng nguồn nhân lực và"
            + " cải cách thủ tục hành chính là ba trụ cột của chương trình hành động. ";

    static String body(String type, long r) {
      int i = (int) (r % 4);
      String response =
          switch (type) {
            case "SINGLE_CHOICE" -> "{\"choice\":" + i + "}";
            case "MULTIPLE_RESPONSE" -> "{\"choices\":[" + i + "]}";
            case "TRUE_FALSE" -> "{\"value\":" + (r % 2 == 0) + "}";
            case "SHORT_ANSWER" -> "{\"text\":\"Trả lời lần " + r + "\"}";
            case "ESSAY" -> "{\"text\":\"" + ESSAY.repeat(4) + "Lần " + r + ".\"}";
            case "MATCHING" -> "{\"pairs\":[" + (r % 3) + ",1,2]}";
            case "ORDERING" ->
                String.format(
                    "{\"order\":[%d,%d,%d,%d]}", i, (i + 1) % 4, (i + 2) % 4, (i + 3) % 4);
            default -> throw new IllegalStateException("unknown question type " + type);
          };
      return "{\"response\":" + response + ",\"flagged\":false,\"revision\":" + r + "}";
    }
  }

  /** Latencies, outcomes and completion times of one phase. */
  static final class Phase {
    final long[] latencies;
    /** Each response's scheduled moment (from the phase's start) and latency, in answer order. */
    final long[] scheduledAt;

    final long[] answeredAfter;
    final AtomicLong count = new AtomicLong();
    final LongAdder ok = new LongAdder();
    final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    final Map<String, LongAdder> firstTry = new ConcurrentHashMap<>();
    final LongAdder retries = new LongAdder();
    final AtomicIntegerArray okPerSecond;
    final AtomicLong lastDone = new AtomicLong();
    volatile long t0 = System.nanoTime();
    long end;

    Phase(int size, int seconds) {
      latencies = new long[size];
      scheduledAt = new long[size];
      answeredAfter = new long[size];
      okPerSecond = new AtomicIntegerArray(seconds + 600);
    }

    void record(long scheduled, String outcome, boolean success) {
      long now = System.nanoTime();
      int i = (int) count.getAndIncrement();
      if (i < latencies.length) {
        latencies[i] = now - scheduled;
        scheduledAt[i] = scheduled - t0;
        answeredAfter[i] = now - scheduled;
      }
      outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
      if (success) {
        ok.increment();
        int second = (int) ((now - t0) / 1_000_000_000L);
        if (second < okPerSecond.length()) {
          okPerSecond.incrementAndGet(second);
        }
      }
      lastDone.accumulateAndGet(now, Math::max);
    }

    void finish() {
      end = System.nanoTime();
      Arrays.sort(latencies, 0, stored());
    }

    double seconds() {
      return ExamLoad.seconds(end - t0);
    }

    /** Seconds from the phase's start to its last response. */
    double lastResponse() {
      return ExamLoad.seconds(lastDone.get() - t0);
    }

    int stored() {
      return (int) Math.min(count.get(), latencies.length);
    }

    long errors() {
      return count.get() - ok.sum();
    }

    /**
     * p50 / p99 in ms of the requests scheduled in each window of {@code seconds}: shows whether a
     * queue formed at one moment (the server's code still being compiled, at the start) or all
     * along.
     */
    String byWindow(int seconds) {
      int n = stored();
      long width = seconds * 1_000_000_000L;
      Map<Long, List<Long>> windows = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        windows.computeIfAbsent(scheduledAt[i] / width, k -> new ArrayList<>()).add(answeredAfter[i]);
      }
      StringBuilder out = new StringBuilder();
      windows.forEach(
          (w, list) -> {
            Collections.sort(list);
            out.append(
                String.format(
                    Locale.ROOT,
                    "%s%d-%ds %.0f/%.0f",
                    out.length() == 0 ? "" : ", ",
                    w * seconds,
                    (w + 1) * seconds,
                    list.get(list.size() / 2) / 1e6,
                    list.get(Math.max(0, (int) Math.ceil(list.size() * 0.99) - 1)) / 1e6));
          });
      return out.toString();
    }

    double percentileMillis(double p) {
      int n = stored();
      if (n == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(p / 100.0 * n);
      return latencies[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
    }

    String errorsByOutcome() {
      return errors(outcomes);
    }

    /** Set-up steps: the failures of the first tries, the retries, and what failed for good. */
    String retried() {
      return String.format(
          "first tries failed: %s, %d retries, failed for good: %s",
          errors(firstTry), retries.sum(), errors(outcomes));
    }

    static String errors(Map<String, LongAdder> outcomes) {
      Map<String, Long> sorted = new TreeMap<>();
      outcomes.forEach(
          (k, v) -> {
            if (!k.equals("ok") && !k.equals("200")) {
              sorted.put(k, v.sum());
            }
          });
      return sorted.isEmpty() ? "none" : sorted.toString();
    }
  }

  // ---------------------------------------------------------------- database checks

  /** Acknowledged saves that the database does not hold (or holds at a lower revision). */
  record Lost(long acknowledged, long missing, long older) {
    static Lost count(Config c, List<Candidate> candidates) throws SQLException {
      Map<Long, Map<Integer, Long>> stored = new HashMap<>();
      try (Connection db = c.connect();
          Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT attempt_id, position, revision FROM answer")) {
        while (rs.next()) {
          stored
              .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
              .put(rs.getInt(2), rs.getLong(3));
        }
      }
      long acknowledged = 0;
      long missing = 0;
      long older = 0;
      for (Candidate cand : candidates) {
        for (int p = 0; p < cand.acked.length(); p++) {
          long highest = cand.acked.get(p);
          if (highest < 0) {
            continue;
          }
          acknowledged++;
          Long revision = stored.getOrDefault(cand.attempt, Map.of()).get(p);
          if (revision == null) {
            missing++;
          } else if (revision < highest) {
            older++;
          }
        }
      }
      return new Lost(acknowledged, missing, older);
    }
  }

  /** Single-row autocommit upserts from this machine: the ceiling the save path runs under. */
  record RawUpserts(int threads, double seconds, long upserts, Phase latency) {
    double perSecond() {
      return upserts / seconds;
    }

    static RawUpserts measure(Config c) throws Exception {
      System.out.printf(
          "raw database: single-row upserts from %d connections for %.0f s ...%n",
          c.dbThreads, c.dbSeconds);
      try (Connection db = c.connect();
          Statement st = db.createStatement()) {
        st.execute("DROP TABLE IF EXISTS bench_upsert");
        st.execute(
            "CREATE TABLE bench_upsert (k BIGINT, p INT, v VARCHAR(200), r BIGINT,"
                + " PRIMARY KEY (k, p))");
      }
      String value = "{\"text\":\"" + "x".repeat(120) + "\"}";
      AtomicLong counter = new AtomicLong();
      long warmUp = System.nanoTime() + 1_000_000_000L;
      long stop = warmUp + (long) (c.dbSeconds * 1e9);
      Phase latency = new Phase(4_000_000, (int) Math.ceil(c.dbSeconds) + 1);
      latency.t0 = warmUp;
      List<Thread> threads = new ArrayList<>();
      List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < c.dbThreads; t++) {
        int seed = t;
        Thread thread =
            new Thread(
                () -> {
                  Random random = new Random(seed);
                  try (Connection db = c.connect();
                      PreparedStatement upsert =
                          db.prepareStatement(
                              "INSERT INTO bench_upsert (k, p, v, r) VALUES (?, ?, ?, ?)"
                                  + " ON DUPLICATE KEY UPDATE v = VALUES(v), r = VALUES(r)")) {
                    db.setAutoCommit(true);
                    long now;
                    while ((now = System.nanoTime()) < stop) {
                      upsert.setLong(1, random.nextInt(Math.max(1, c.n)));
                      upsert.setInt(2, random.nextInt(7));
                      upsert.setString(3, value);
                      upsert.setLong(4, counter.incrementAndGet());
                      upsert.executeUpdate();
                      if (now >= warmUp) {
                        latency.record(now, "ok", true);
                      }
                    }
                  } catch (Exception e) {
                    failures.add(e);
                  }
                });
        threads.add(thread);
        thread.start();
      }
      for (Thread thread : threads) {
        thread.join();
      }
      latency.finish();
      try (Connection db = c.connect();
          Statement st = db.createStatement()) {
        st.execute("DROP TABLE bench_upsert");
      }
      if (!failures.isEmpty()) {
        throw failures.get(0);
      }
      return new RawUpserts(c.dbThreads, c.dbSeconds, latency.ok.sum(), latency);
    }
  }

  // ---------------------------------------------------------------- report

  static double seconds(long nanos) {
    return nanos / 1e9;
  }

  static final class Report {
    final Config c;
    final List<String> machine = new ArrayList<>();
    final String loadBefore = loadAverage();
    String loadAfter;
    String code;
    double fixtureSeconds;
    Phase checkIn;
    Phase storm;
    Phase restart;
    Phase page;
    Phase warmUp;
    Phase saves;
    Phase submit;
    Lost lost;
    RawUpserts raw;

    Report(Config c) {
      this.c = c;
    }

    void machine(Config c) {
      var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      String cpu = "";
      try {
        cpu =
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("");
      } catch (IOException | RuntimeException unknown) {
        // not Linux: the core count and memory below still say enough
      }
      machine.add(
          String.format(
              Locale.ROOT,
              "%d cores%s, %.1f GiB RAM, %s %s",
              Runtime.getRuntime().availableProcessors(),
              cpu.isEmpty() ? "" : " (" + cpu + ")",
              os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
              System.getProperty("os.name"),
              System.getProperty("os.version")));
      machine.add(
          "Java "
              + System.getProperty("java.runtime.version")
              + " ("
              + System.getProperty("java.vm.name")
              + ")");
      try (Connection db = c.connect();
          Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT VERSION(), @@innodb_flush_log_at_trx_commit, @@innodb_buffer_pool_size,"
                      + " @@log_bin, @@max_connections")) {
        rs.next();
        machine.add(
            String.format(
                Locale.ROOT,
                "database %s (innodb_flush_log_at_trx_commit=%s, buffer pool %d MiB, log_bin=%s,"
                    + " max_connections=%s)",
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3) / (1024 * 1024),
                rs.getString(4),
                rs.getString(5)));
      } catch (SQLException e) {
        machine.add("database: " + e.getMessage());
      }
    }

    void print() {
      System.out.println();
      System.out.println("=== Exam-room load benchmark (issue 5) ===");
      machine.forEach(m -> System.out.println("machine      " + m));
      System.out.println("             application, database and this generator share the machine");
      System.out.println(
          "load         "
              + loadBefore
              + " before the run, "
              + loadAfter
              + " after it (load average 1/5/15 min; CPU pressure: share of the last minute"
              + " in which runnable tasks waited for a core)");
      System.out.printf(
          Locale.ROOT,
          "parameters   N=%d candidates, T=%.0f s start window, S=%.1f s between saves,"
              + " D=%.0f s of saves; %d generator threads on %s HttpClients (HTTP/1.1"
              + " keep-alive), a measured request times out after %d s%n",
          c.n,
          c.window,
          c.every,
          c.duration,
          c.threads,
          Config.env("BENCH_CLIENTS", "8"),
          c.timeout.toSeconds());
      if (c.n < 2000 || c.window > 10 || c.every > 2) {
        System.out.println(
            "note         the issue's targets are stated for N=2000, T=10, S=2: this run is"
                + " lighter");
      }
      System.out.println();
      System.out.println("set-up (not measured)");
      System.out.printf(
          Locale.ROOT, "  open session with %d candidates  %.1f s%n", c.n, fixtureSeconds);
      System.out.printf(
          Locale.ROOT,
          "  log in + check in               %.1f s, %d ok; %s%n",
          checkIn.seconds(),
          checkIn.ok.sum(),
          checkIn.retried());
      System.out.println(
          "                                  (the bench instance hashes passwords with 1024"
              + " PBKDF2 iterations: cheap logins)");

      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "START STORM (%d starts at random moments within %.0f s; open loop, latency from each"
              + " start's scheduled moment)%n",
          c.n,
          c.window);
      row(
          "started",
          String.format("%d of %d acknowledged IN_PROGRESS", storm.ok.sum(), c.n),
          "all " + c.n,
          storm.ok.sum() == c.n);
      row(
          "last start answered at",
          String.format(
              Locale.ROOT,
              "%.2f s (%.0f starts/s until then)",
              storm.lastResponse(),
              storm.ok.sum() / Math.max(storm.lastResponse(), 1e-9)),
          "",
          null);
      latencyRows(storm, "p99 ≤ 2,000 ms", storm.percentileMillis(99) <= 2000);
      row("start errors", storm.errorsByOutcome(), "0", storm.errors() == 0);

      System.out.println();
      System.out.println("between storm and saves (not measured)");
      System.out.printf(
          Locale.ROOT,
          "  starts refused in the storm, tried again: %d, %d now in progress; %s%n",
          restart.count.get(),
          restart.ok.sum(),
          restart.retried());
      System.out.printf(
          Locale.ROOT,
          "  exam page read once per candidate (question types): %.1f s; %s%n",
          page.seconds(),
          page.retried());
      if (warmUp != null) {
        System.out.printf(
            Locale.ROOT,
            "  warm-up: the same saves as below for %.0f s first, not measured: %.0f saves/s"
                + " acknowledged, p50 / p99 %.0f / %.0f ms, errors %s%n",
            c.warmUp,
            warmUp.ok.sum() / Math.max(c.warmUp, warmUp.lastResponse()),
            warmUp.percentileMillis(50),
            warmUp.percentileMillis(99),
            warmUp.errorsByOutcome());
        System.out.printf(
            Locale.ROOT, "           p50/p99 ms by 5 s of schedule: %s%n", warmUp.byWindow(5));
      }

      System.out.println();
      System.out.println("SAVES (open loop; latency from each save's scheduled moment)");
      double offered = saves.count.get() / c.duration;
      // Saves scheduled within D seconds: when the last is answered within a second after D, the
      // server kept pace and served them at the rate they came; later, the rate counts until the
      // last answer.
      double rate =
          saves.ok.sum()
              / (saves.lastResponse() <= c.duration + 1 ? c.duration : saves.lastResponse());
      row(
          "offered",
          String.format(Locale.ROOT, "%.0f saves/s (%d saves)", offered, saves.count.get()),
          "",
          null);
      row(
          "acknowledged",
          String.format(Locale.ROOT, "%.0f saves/s (%d saves)", rate, saves.ok.sum()),
          "≥ 1,000 saves/s",
          rate >= 1000);
      row("per second (steady part)", steady(), "", null);
      latencyRows(saves, "p99 ≤ 100 ms", saves.percentileMillis(99) <= 100);
      row("p50/p99 ms by 5 s of schedule", saves.byWindow(5), "", null);
      row("save errors (by status)", saves.errorsByOutcome(), "0", saves.errors() == 0);
      row(
          "last save answered at",
          String.format(
              Locale.ROOT,
              "%.1f s (last scheduled before %.0f s)",
              saves.lastResponse(),
              c.duration),
          "",
          null);

      System.out.println();
      System.out.println("SUBMIT (closed loop, " + c.setupThreads + " at a time)");
      System.out.printf(
          Locale.ROOT,
          "  %d submitted in %.1f s, p50 %.0f ms, p99 %.0f ms; %s%n",
          submit.ok.sum(),
          submit.seconds(),
          submit.percentileMillis(50),
          submit.percentileMillis(99),
          submit.retried());

      System.out.println();
      System.out.println("ANSWERS LOST (acknowledged saves checked against the answer table)");
      row(
          "answers lost",
          String.format(
              "%d (%d missing, %d at an older revision) of %d acknowledged answers",
              lost.missing + lost.older, lost.missing, lost.older, lost.acknowledged),
          "0",
          lost.missing + lost.older == 0 && lost.acknowledged > 0);

      System.out.println();
      System.out.println("RAW DATABASE CEILING (INSERT ... ON DUPLICATE KEY UPDATE, autocommit)");
      row(
          "raw upserts/s",
          String.format(
              Locale.ROOT,
              "%.0f from %d connections, p50 %.1f ms, p99 %.1f ms",
              raw.perSecond(),
              raw.threads,
              raw.latency.percentileMillis(50),
              raw.latency.percentileMillis(99)),
          "",
          null);
      row(
          "app saves / raw upserts",
          String.format(Locale.ROOT, "%.1f %%", 100 * rate / raw.perSecond()),
          "",
          null);
    }

    private String steady() {
      // Leave out the first S seconds (candidates still coming in) and the tail after D.
      int from = (int) Math.ceil(c.every);
      int to = (int) Math.floor(c.duration) - 1;
      List<Integer> perSecond = new ArrayList<>();
      for (int s = from; s <= to && s < saves.okPerSecond.length(); s++) {
        perSecond.add(saves.okPerSecond.get(s));
      }
      if (perSecond.isEmpty()) {
        return "n/a";
      }
      List<Integer> sorted = new ArrayList<>(perSecond);
      Collections.sort(sorted);
      return String.format(
          Locale.ROOT,
          "min %d, median %d, max %d acknowledged in each second %d..%d",
          sorted.get(0),
          sorted.get(sorted.size() / 2),
          sorted.get(sorted.size() - 1),
          from,
          to + 1);
    }

    private void latencyRows(Phase phase, String target, boolean met) {
      row(
          "latency p50 / p95 / p99 / max",
          String.format(
              Locale.ROOT,
              "%.0f / %.0f / %.0f / %.0f ms",
              phase.percentileMillis(50),
              phase.percentileMillis(95),
              phase.percentileMillis(99),
              phase.percentileMillis(100)),
          target,
          met);
    }

    private static void row(String name, String value, String target, Boolean met) {
      System.out.printf(
          "  %-30s %-52s %s%n",
          name, value, target.isEmpty() ? "" : "target " + target + (met ? "  met" : "  MISSED"));
    }
  }
}
