package org.sathach.proctoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sathach.testing.Browser;
import org.sathach.testing.Deployments;

/**
 * A proctor and a candidate in the same exam room, each in a Chromium of their own: admission, live
 * progress, pause and resume, extension and a suspension with its violation record. Latencies are
 * measured in the browsers themselves (both read the same machine clock), so the polling of the
 * test adds nothing to them; a proctor's action counts from the moment its confirmation came back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProctorBrowserIT {
  private static final Logger LOG = Logger.getLogger(ProctorBrowserIT.class.getName());
  private static final long PUSH_MILLIS = 2_000;
  private static final long RELOAD_MILLIS = 10_000;

  /** Records, on the board page, when the dialog's confirmation was clicked and came back. */
  private static final String RECORDER =
      "if (!window.shRec) { window.shRec = {};"
          + " document.addEventListener('click', function (e) {"
          + "  if (e.target.closest('[id=\"act:confirmAct\"]')) { shRec.confirmAt = Date.now(); }"
          + " }, true);"
          + " jQuery(document).on('pfAjaxComplete', function () { shRec.doneAt = Date.now(); }); }";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.applicationWithFixtures();
  }

  @ArquillianResource URL base;

  private record Room(long session, String code, String username, String password) {}

  @Test
  void proctorAndCandidateInTwoBrowsers() throws Exception {
    Room room = openSession(true);
    try (Browser candidate = new Browser(base);
        Browser proctor = new Browser(base)) {
      String number = checkIn(candidate, room);
      assertThat(candidate.find("[id='instructions:start']").isEnabled()).isFalse();
      assertThat(candidate.text("[id='instructions:waiting']")).contains("chờ giám thị");

      proctor.login("proctor", "Proctor@2026");
      assertThat(proctor.path()).isEqualTo("/proctor/index.xhtml");
      proctor.navigate("a[id$=':board'][href$='session=" + room.session() + "']");
      assertThat(proctor.path()).isEqualTo("/proctor/board.xhtml");
      patiently(proctor).until(d -> proctor.text("#connection").equals("trực tiếp"));
      assertThat(rowStatus(proctor, number, "WAITING")).isEqualTo("Chờ vào thi");

      // Admission: the candidate's page reloads by itself with Start enabled.
      js(candidate, "window.shBeforeAdmission = true;");
      act(proctor, number, "admit", null, p -> {}, "Đã cho thí sinh vào thi.");
      patiently(candidate)
          .until(
              d ->
                  js(candidate, "return !window.shBeforeAdmission;").equals(true)
                      && candidate.find("[id='instructions:start']").isEnabled());
      long admitted = now(candidate) - proctorDoneAt(proctor);
      LOG.info("admission → Start enabled on the candidate's page: " + admitted + " ms");
      assertThat(admitted).isLessThanOrEqualTo(RELOAD_MILLIS);
      assertThat(rowStatus(proctor, number, "ADMITTED")).isEqualTo("Đã cho vào");
      candidate.navigate("[id='instructions:start']");
      patiently(candidate).until(d -> candidate.text("#timer").matches("[0-9:]+"));
      assertThat(rowStatus(proctor, number, "IN_PROGRESS")).isEqualTo("Đang làm bài");
      assertThat(cell(proctor, number, "answered")).isEqualTo("0/7");

      answerOneQuestionAndSeeItOnTheBoardWithinTwoSeconds(candidate, proctor, number);
      patiently(proctor).until(d -> !proctor.present(".ui-growl-item-container"));
      proctor.screenshot("proctor-board");
      pauseAndResume(candidate, proctor, number);
      extendByTenMinutes(candidate, proctor, number);
      suspend(candidate, proctor, number);
    }
  }

  private void answerOneQuestionAndSeeItOnTheBoardWithinTwoSeconds(
      Browser candidate, Browser proctor, String number) {
    String pos =
        (String)
            js(candidate, "return document.querySelector('section[data-type=TRUE_FALSE]').id;");
    candidate.click(".sh-nav-item[data-pos='" + pos.substring(1) + "']");
    js(
        candidate,
        "window.shSavedAt = null; var s = document.querySelector('#"
            + pos
            + " .sh-state');"
            + " new MutationObserver(function () { if (!shSavedAt"
            + " && s.classList.contains('sh-state-saved')) { shSavedAt = Date.now(); } })"
            + ".observe(s, {attributes: true, childList: true, subtree: true});");
    js(
        proctor,
        "window.shAnsweredAt = null; var n = arguments[0]; new MutationObserver(function () {"
            + " var td = document.querySelector('#boardRows tr[data-number=\"' + n"
            + " + '\"] .sh-row-answered');"
            + " if (!shAnsweredAt && td && td.textContent === '1/7') { shAnsweredAt = Date.now(); }"
            + " }).observe(document.getElementById('boardRows'), {childList: true, subtree: true});",
        number);
    candidate.click("#" + pos + " input.sh-tf[value='true']");
    patiently(candidate).until(d -> js(candidate, "return shSavedAt;") != null);
    assertThat(candidate.text("#" + pos + " .sh-state")).isEqualTo("đã lưu");
    patiently(proctor).until(d -> js(proctor, "return shAnsweredAt;") != null);
    long lag =
        millis(js(proctor, "return shAnsweredAt;")) - millis(js(candidate, "return shSavedAt;"));
    LOG.info("candidate 'saved' → board 1/7: " + lag + " ms");
    assertThat(lag)
        .as("board shows 1/7 after the candidate sees 'saved'")
        .isLessThanOrEqualTo(PUSH_MILLIS);
    assertThat(cell(proctor, number, "answered")).isEqualTo("1/7");
  }

  private void pauseAndResume(Browser candidate, Browser proctor, String number) {
    js(
        candidate,
        "window.shOverlay = []; window.shTicksWhilePaused = 0;"
            + " var box = document.getElementById('pausedOverlay'),"
            + " timer = document.getElementById('timer');"
            + " new MutationObserver(function () { shOverlay.push({hidden: box.hidden,"
            + " at: Date.now(), timer: timer.textContent}); })"
            + ".observe(box, {attributes: true, attributeFilter: ['hidden']});"
            + " new MutationObserver(function () { if (!box.hidden) { shTicksWhilePaused++; } })"
            + ".observe(timer, {childList: true, characterData: true, subtree: true});");
    act(
        proctor,
        number,
        "pause",
        "Kiểm tra thiết bị của thí sinh",
        p -> {},
        "Đã tạm dừng bài thi.");
    Map<?, ?> shown = overlayChange(candidate, 0, false);
    long pausedLag = millis(shown.get("at")) - proctorDoneAt(proctor);
    LOG.info(
        "pause confirmed → overlay shown: "
            + pausedLag
            + " ms ("
            + (millis(shown.get("at")) - proctorClickAt(proctor))
            + " ms after the click)");
    assertThat(pausedLag).isLessThanOrEqualTo(PUSH_MILLIS);
    assertThat(candidate.find("#pausedOverlay").isDisplayed()).isTrue();
    candidate.screenshot("candidate-paused");
    assertThat(rowStatus(proctor, number, "PAUSED")).isEqualTo("Tạm dừng");
    assertThat(cell(proctor, number, "left")).endsWith("⏸");

    // Let the pause last long enough that a running clock would show it.
    long frozenAt = millis(shown.get("at"));
    patiently(candidate).until(d -> now(candidate) - frozenAt >= 8_000);
    String frozen = (String) shown.get("timer");
    assertThat(candidate.text("#timer")).as("timer while paused").isEqualTo(frozen);
    assertThat(millis(js(candidate, "return shTicksWhilePaused;"))).isZero();

    act(proctor, number, "resume", "Đã kiểm tra xong", p -> {}, "Đã cho tiếp tục bài thi.");
    Map<?, ?> hidden = overlayChange(candidate, 1, true);
    long resumedLag = millis(hidden.get("at")) - proctorDoneAt(proctor);
    LOG.info(
        "resume confirmed → overlay gone: "
            + resumedLag
            + " ms ("
            + (millis(hidden.get("at")) - proctorClickAt(proctor))
            + " ms after the click)");
    assertThat(resumedLag).isLessThanOrEqualTo(PUSH_MILLIS);
    assertThat(candidate.find("#timer").isDisplayed()).isTrue();
    assertThat(candidate.driver().findElement(By.id("pausedOverlay")).isDisplayed()).isFalse();
    patiently(candidate).until(d -> !candidate.text("#timer").equals(frozen));
    // The paused time was given back: the countdown goes on from where it stopped.
    assertThat(seconds(candidate.text("#timer")))
        .isBetween(seconds(frozen) - 4, seconds(frozen) + 4);
    assertThat(rowStatus(proctor, number, "IN_PROGRESS")).isEqualTo("Đang làm bài");
  }

  private void extendByTenMinutes(Browser candidate, Browser proctor, String number) {
    long[] before = timer(candidate);
    act(
        proctor,
        number,
        "extend",
        "Sự cố mạng, bù giờ",
        p -> {
          WebElement minutes = p.find("[id='act:minutes_input']");
          minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10");
          assertThat(minutes.getAttribute("value")).isEqualTo("10");
        },
        "Đã gia hạn bài thi.");
    patiently(candidate).until(d -> timer(candidate)[0] > before[0] + 300);
    long[] after = timer(candidate);
    long expected = before[0] - (after[1] - before[1]) / 1000 + 600;
    LOG.info(
        "extend 10 min: timer " + before[0] + " s → " + after[0] + " s, expected ~" + expected);
    assertThat(after[0]).isBetween(expected - 5, expected + 5);
    patiently(proctor).until(d -> seconds(cell(proctor, number, "left")) > 600);
    assertThat(seconds(cell(proctor, number, "left"))).isBetween(after[0] - 10, after[0] + 10);
  }

  private void suspend(Browser candidate, Browser proctor, String number) throws Exception {
    act(
        proctor,
        number,
        "sanction",
        "Thí sinh sử dụng điện thoại di động trong giờ thi.",
        p -> {
          choose(p, "act:sanction", "Đình chỉ thi (hủy kết quả)");
          assertThat(p.find("[id='act:sanction_input']").getAttribute("value"))
              .isEqualTo("SUSPENSION");
        },
        "Đã ghi hình thức xử lý và biên bản vi phạm.");
    WebElement result =
        patiently(candidate).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    long ended = now(candidate) - proctorDoneAt(proctor);
    LOG.info("suspension confirmed → result card on the candidate's page: " + ended + " ms");
    assertThat(ended).isLessThanOrEqualTo(RELOAD_MILLIS);
    assertThat(result.getText()).contains("Bài thi của bạn đã bị giám thị kết thúc.");
    assertThat(candidate.present("#exam")).isFalse();
    assertThat(rowStatus(proctor, number, "TERMINATED")).isEqualTo("Đình chỉ");
    assertThat(cell(proctor, number, "incidents")).contains("/ 1");

    String record = proctor.find("#record").getAttribute("href");
    String cookies =
        proctor.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(record)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  @Test
  void boardOfASessionTheProctorDoesNotWatchIsRefused() throws Exception {
    Room room = openSession(false);
    try (Browser proctor = new Browser(base)) {
      proctor.login("proctor", "Proctor@2026");
      proctor.open("/proctor/board.xhtml?session=" + room.session());
      // In either language: which one is the next test's business.
      assertThat(proctor.text("#messages .ui-messages-error"))
          .isIn(
              "Bạn không phải giám thị của ca thi này.", "You are not a proctor of this session.");
      assertThat(proctor.present("#board")).isFalse();
    }
  }

  @Test
  void refusalIsInThePagesLanguageWhicheverLanguageTheBrowserPrefers() throws Exception {
    Room room = openSession(false);
    try (Browser proctor = new Browser(base)) {
      // A proctor reading Vietnamese pages in a browser set up in English.
      ((ChromeDriver) proctor.driver())
          .executeCdpCommand(
              "Emulation.setUserAgentOverride",
              Map.of(
                  "userAgent",
                  js(proctor, "return navigator.userAgent;"),
                  "acceptLanguage",
                  "en-US,en"));
      proctor.login("proctor", "Proctor@2026");
      proctor.open("/proctor/board.xhtml?session=" + room.session());
      assertThat(proctor.find("html").getAttribute("lang")).isEqualTo("vi");
      assertThat(proctor.text("#messages .ui-messages-error"))
          .isEqualTo("Bạn không phải giám thị của ca thi này.");
    }
  }

  /** A live link that connects only when the test says so: a slow network at page load. */
  private static final String HELD_LIVE_LINK =
      "(function () { var Real = window.EventSource; if (!Real) { return; }"
          + " window.EventSource = function (url, options) {"
          + "  var listeners = [];"
          + "  this.addEventListener = function (type, f) { listeners.push([type, f]); };"
          + "  var wait = setInterval(function () { if (!window.shReleaseLiveLink) { return; }"
          + "   clearInterval(wait); var real = new Real(url, options);"
          + "   listeners.forEach(function (l) { real.addEventListener(l[0], l[1]); }); }, 100);"
          + " }; })();";

  @Test
  void candidateAdmittedBeforeTheLiveLinkConnectsStillGetsTheStart() throws Exception {
    Room room = openSession(true);
    try (Browser candidate = new Browser(base);
        Browser proctor = new Browser(base)) {
      ((ChromeDriver) candidate.driver())
          .executeCdpCommand(
              "Page.addScriptToEvaluateOnNewDocument", Map.of("source", HELD_LIVE_LINK));
      String number = checkIn(candidate, room);
      proctor.login("proctor", "Proctor@2026");
      proctor.open("/proctor/board.xhtml?session=" + room.session());
      rowStatus(proctor, number, "WAITING");
      act(proctor, number, "admit", null, p -> {}, "Đã cho thí sinh vào thi.");
      rowStatus(proctor, number, "ADMITTED");
      // The live link connects late and brings the admission decided meanwhile: the page was drawn
      // while waiting, so it reloads by itself, with Start enabled.
      js(candidate, "window.shBeforeAdmission = true; window.shReleaseLiveLink = true;");
      patiently(candidate)
          .ignoring(JavascriptException.class)
          .ignoring(StaleElementReferenceException.class)
          .until(
              d ->
                  js(candidate, "return !window.shBeforeAdmission;").equals(true)
                      && candidate.find("[id='instructions:start']").isEnabled());
    }
  }

  @Test
  void actionDialogOpensWithoutThePreviousActionsReason() throws Exception {
    Room room = openSession(true);
    try (Browser candidate = new Browser(base);
        Browser proctor = new Browser(base)) {
      String number = checkIn(candidate, room);
      proctor.login("proctor", "Proctor@2026");
      proctor.open("/proctor/board.xhtml?session=" + room.session());
      rowStatus(proctor, number, "WAITING");
      act(proctor, number, "incident", "Máy tính khởi động lại", p -> {}, "Đã ghi sự việc.");
      // A session's incident, from the toolbar: blank too, and counted in the board's header.
      patiently(proctor)
          .ignoring(ElementClickInterceptedException.class) // a growl over the button fades away
          .until(
              d -> {
                d.findElement(By.cssSelector(".sh-toolbar [data-act='sessionIncident']")).click();
                return true;
              });
      assertThat(proctor.find("[id='act:reason']").getAttribute("value")).isEmpty();
      proctor.type("[id='act:reason']", "Mất mạng cả phòng hai phút");
      proctor.click("[id='act:confirmAct']");
      patiently(proctor).until(d -> proctor.text("#sessionIncidents").equals("1"));
      patiently(proctor).until(ExpectedConditions.invisibilityOfElementLocated(By.id("actDialog")));
      assertThat(cell(proctor, number, "incidents")).isEqualTo("1");
      openDialog(proctor, number, "admit");
      assertThat(proctor.find("[id='act:reason']").getAttribute("value")).isEmpty();
    }
  }

  @Test
  void boardClockShowsServerTimeInThePlatformsZone() throws Exception {
    Room room = openSession(true);
    try (Browser proctor = new Browser(base)) {
      // A proctor's computer whose clock is set to another zone than the platform's.
      ((ChromeDriver) proctor.driver())
          .executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "UTC"));
      proctor.login("proctor", "Proctor@2026");
      proctor.open("/proctor/board.xhtml?session=" + room.session());
      patiently(proctor).until(d -> !proctor.text("#boardClock").startsWith("--"));
      assertThat(proctor.text("#boardClock")).matches("\\d{2}:\\d{2}:\\d{2}");
      LocalTime shown = LocalTime.parse(proctor.text("#boardClock"));
      LocalTime platform = LocalTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
      assertThat(Math.abs(Duration.between(shown, platform).toSeconds())).isLessThan(10);
    }
  }

  // ---- steps and helpers --------------------------------------------------------------------

  /** The candidate logs in and checks in with the code; returns the candidate number shown. */
  private String checkIn(Browser candidate, Room room) {
    candidate.login(room.username(), room.password());
    assertThat(candidate.path()).isEqualTo("/candidate/index.xhtml");
    candidate.type("input[id$=':code']", room.code());
    candidate.click("button[id$=':checkIn']");
    patiently(candidate).until(d -> candidate.present("[id='instructions:start']"));
    assertThat(candidate.path()).isEqualTo("/candidate/exam.xhtml");
    return candidate.text("[id='instructions'] p.sh-muted strong");
  }

  /** Opens the action dialog from the candidate's row, fills it in and confirms. */
  private void act(
      Browser proctor,
      String number,
      String action,
      String reason,
      Consumer<Browser> fill,
      String done) {
    js(proctor, RECORDER);
    js(proctor, "shRec.doneAt = null;");
    openDialog(proctor, number, action);
    fill.accept(proctor);
    if (reason != null) {
      proctor.type("[id='act:reason']", reason);
    }
    proctor.click("[id='act:confirmAct']");
    patiently(proctor)
        .withMessage(() -> action + ": growl says " + proctor.text("#boardGrowl_container"))
        .until(d -> proctor.text("#boardGrowl_container").contains(done));
    patiently(proctor).until(ExpectedConditions.invisibilityOfElementLocated(By.id("actDialog")));
  }

  /** Clicks the action's button in the candidate's row and waits for the dialog. */
  private void openDialog(Browser proctor, String number, String action) {
    By button = By.cssSelector(row(number) + " button.sh-act-" + action);
    patiently(proctor)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class) // a growl over the button fades away
        .until(
            d -> {
              d.findElement(button).click();
              return true;
            });
    proctor.find("[id='act:confirmAct']");
  }

  /** Picks an option of a PrimeFaces select menu as a person does: open it, click the option. */
  private void choose(Browser proctor, String id, String label) {
    patiently(proctor)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .until(
            d -> {
              WebElement panel = d.findElement(By.id(id + "_panel"));
              if (!panel.isDisplayed()) {
                d.findElement(By.id(id)).click();
              }
              boolean still =
                  (Boolean) js(proctor, "return jQuery(arguments[0]).is(':animated');", panel);
              if (!panel.isDisplayed() || still) {
                return false;
              }
              d.findElement(
                      By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"))
                  .click();
              return d.findElement(By.id(id + "_label")).getText().equals(label);
            });
  }

  /** Waits for the row to reach the status and returns the label the proctor reads. */
  private String rowStatus(Browser proctor, String number, String status) {
    By cell = By.cssSelector(row(number) + ".sh-status-" + status + " .sh-row-status");
    return patiently(proctor)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(cell).getText());
  }

  private String cell(Browser proctor, String number, String name) {
    By cell = By.cssSelector(row(number) + " .sh-row-" + name);
    return patiently(proctor)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(cell).getText());
  }

  private static String row(String number) {
    return "#boardRows tr[data-number='" + number + "']";
  }

  /** The index-th change of the pause overlay, once it happened, checked to be (un)hidden. */
  private Map<?, ?> overlayChange(Browser candidate, int index, boolean hidden) {
    Map<?, ?> change =
        (Map<?, ?>)
            patiently(candidate)
                .until(d -> js(candidate, "return shOverlay[" + index + "] || null;"));
    assertThat(change.get("hidden")).isEqualTo(hidden);
    return change;
  }

  /** The candidate's countdown in seconds and the browser's clock in milliseconds. */
  private long[] timer(Browser candidate) {
    List<?> read =
        (List<?>)
            js(candidate, "return [document.getElementById('timer').textContent, Date.now()];");
    return new long[] {seconds((String) read.get(0)), millis(read.get(1))};
  }

  /** "m:ss" or "h:mm:ss" (a trailing pause mark ignored) in seconds. */
  private static long seconds(String shown) {
    long total = 0;
    for (String part : shown.replace("⏸", "").trim().split(":")) {
      total = total * 60 + Long.parseLong(part);
    }
    return total;
  }

  private static long proctorClickAt(Browser proctor) {
    return millis(js(proctor, "return shRec.confirmAt;"));
  }

  /** When the proctor's last confirmation came back: the action was committed by then. */
  private static long proctorDoneAt(Browser proctor) {
    return millis(js(proctor, "return shRec.doneAt;"));
  }

  private static long now(Browser browser) {
    return millis(js(browser, "return Date.now();"));
  }

  private static long millis(Object number) {
    return ((Number) number).longValue();
  }

  private static Object js(Browser browser, String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  /** A wait for what the other browser or the push brings: generous, as the machine is busy. */
  private static WebDriverWait patiently(Browser browser) {
    WebDriver driver = browser.driver();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.pollingEvery(Duration.ofMillis(100));
    return wait;
  }

  /** A session open now, with the demo proctor when admission is required, via the fixtures. */
  private Room openSession(boolean admission) throws Exception {
    URI open =
        base.toURI()
            .resolve(
                "api/test-fixtures/open-session?candidates=2&minutes=30&admission=" + admission);
    String admin =
        Base64.getEncoder().encodeToString("admin:Admin@2026".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(open)
                    .header("Authorization", "Basic " + admin)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("open-session fixture").isEqualTo(200);
    JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
    JsonObject first = json.getJsonArray("candidates").getJsonObject(0);
    return new Room(
        json.getJsonNumber("session").longValue(),
        json.getString("code"),
        first.getString("username"),
        first.getString("password"));
  }
}
