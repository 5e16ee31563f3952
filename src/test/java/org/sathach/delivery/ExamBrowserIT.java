package org.sathach.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sathach.testing.Browser;
import org.sathach.testing.Deployments;

/**
 * A candidate takes an exam in a real headless Chromium: check-in, every question type, autosave, a
 * refresh mid-exam, a dropped network, submit and the result slip. Each test builds its own open
 * session through the test fixtures (one question of each of the seven types, 1 point each).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamBrowserIT {
  private static final Logger LOG = Logger.getLogger(ExamBrowserIT.class.getName());
  private static final String SAVED = "sh-state-saved";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.applicationWithFixtures();
  }

  @ArquillianResource URL base;
  private Browser browser;
  private WebDriver driver;

  /** A seated fixture candidate and the session's access code. */
  private record Candidate(String username, String password, String code) {}

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base);
    driver = browser.driver();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void candidateTakesAWholeExamAndSeesTheScore() throws Exception {
    long attempt = checkInAndStart(openSession(30), true);
    answer("SINGLE_CHOICE", "Đúng một");
    answer("MULTIPLE_RESPONSE", "Đúng A");
    answer("MULTIPLE_RESPONSE", "Sai D");
    show("TRUE_FALSE").findElement(By.cssSelector("input.sh-tf[value='false']")).click();
    show("SHORT_ANSWER").findElement(By.cssSelector(".sh-text")).sendKeys("tra loi ngan");
    Map<String, String> matches = Map.of("Một", "Beta", "Hai", "Gamma", "Ba", "Alpha");
    for (WebElement row : show("MATCHING").findElements(By.cssSelector("tr"))) {
      String prompt = row.findElement(By.cssSelector("td")).getText().trim();
      new Select(row.findElement(By.cssSelector("select.sh-match")))
          .selectByVisibleText(matches.get(prompt));
    }
    // Both orders are wrong on purpose, so only the single choice scores.
    List<String> order = arrange(List.of("Thứ tư", "Thứ ba", "Thứ hai", "Thứ nhất"));
    show("ESSAY").findElement(By.cssSelector(".sh-text")).sendKeys("Bài tự luận của thí sinh.");
    show("TRUE_FALSE").findElement(By.cssSelector("input.sh-flag")).click();
    String flagged = question("TRUE_FALSE").getAttribute("data-pos");
    waitUntil(d -> savedCount() == 7);

    assertThat(navItem(flagged).getAttribute("class")).contains("flagged");
    assertThat(driver.findElements(By.cssSelector(".sh-nav-item[data-pos].answered"))).hasSize(7);
    show("SINGLE_CHOICE");
    browser.screenshot("exam-page");

    // Navigator, previous/next, and the one-per-page / all-on-one toggle.
    navItem("3").click();
    assertThat(visiblePositions()).containsExactly("3");
    browser.find("#next").click();
    assertThat(visiblePositions()).containsExactly("4");
    assertThat(navItem("4").getAttribute("class")).contains("current");
    browser.find("#prev").click();
    assertThat(visiblePositions()).containsExactly("3");
    tool("viewMode");
    assertThat(visiblePositions()).hasSize(7);
    assertThat(driver.findElement(By.id("next")).isDisplayed()).isFalse();

    // A refresh brings every acknowledged answer back, and the clock keeps the server's deadline.
    driver.navigate().refresh();
    browser.waitForPage();
    waitUntil(d -> browser.text("#timer").matches("[\\d:]+"));
    assertThat(visiblePositions()).as("view mode remembered").hasSize(7);
    assertThat(checked("SINGLE_CHOICE")).containsExactly("Đúng một");
    assertThat(checked("MULTIPLE_RESPONSE")).containsExactlyInAnyOrder("Đúng A", "Sai D");
    assertThat(
            question("TRUE_FALSE").findElement(By.cssSelector("input[value='false']")).isSelected())
        .isTrue();
    assertThat(question("TRUE_FALSE").findElement(By.cssSelector(".sh-flag")).isSelected())
        .isTrue();
    assertThat(textOf("SHORT_ANSWER")).isEqualTo("tra loi ngan");
    assertThat(textOf("ESSAY")).isEqualTo("Bài tự luận của thí sinh.");
    for (WebElement row : question("MATCHING").findElements(By.cssSelector("tr"))) {
      String prompt = row.findElement(By.cssSelector("td")).getText().trim();
      assertThat(new Select(row.findElement(By.cssSelector("select"))).getFirstSelectedOption())
          .extracting(WebElement::getText)
          .isEqualTo(matches.get(prompt));
    }
    assertThat(orderShown()).isEqualTo(order);
    assertThat(savedCount()).isEqualTo(7);
    JsonObject clock = json(get("/api/attempts/" + attempt + "/clock").body());
    long remaining = (clock.getJsonNumber("deadline").longValue() - System.currentTimeMillis());
    assertThat(remaining).isBetween(25 * 60_000L, 30 * 60_000L);
    assertThat(secondsShown(browser.text("#timer")) * 1000L).isCloseTo(remaining, within(5_000L));
    tool("viewMode");
    assertThat(visiblePositions()).hasSize(1);

    tool("submitOpen");
    assertThat(browser.text("#flaggedList")).isEqualTo(Integer.parseInt(flagged) + 1 + "");
    assertThat(browser.text("#unansweredList")).isEqualTo("không có");
    browser.screenshot("exam-submit-confirm");
    browser.navigate("#confirmSubmit");

    assertThat(browser.text("#score")).isEqualTo("16.67");
    assertThat(browser.text("#result")).containsPattern("\\(1(\\.0+)? / 6(\\.0+)? ");
    assertThat(browser.text("#hash")).matches("[0-9a-f]{64}");
    browser.screenshot("exam-result");
    String slip = URI.create(browser.find("#slip").getAttribute("href")).getPath();
    HttpResponse<byte[]> pdf = getBytes(slip);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  @Test
  void answersQueueWhileOfflineAndAreSavedWhenTheNetworkReturns() throws Exception {
    checkInAndStart(openSession(30), false);
    ChromiumDriver chromium = (ChromiumDriver) driver;
    chromium.executeCdpCommand("Network.enable", Map.of());
    network(chromium, false);
    answer("SINGLE_CHOICE", "Đúng một");
    show("TRUE_FALSE").findElement(By.cssSelector("input.sh-tf[value='true']")).click();
    assertThat(browser.text("#offline")).contains("Mất kết nối");
    waitUntil(d -> browser.text("#saveState").contains("(2)"));
    assertThat(stateOf("SINGLE_CHOICE")).doesNotContain(SAVED);
    assertThat(stateOf("TRUE_FALSE")).doesNotContain(SAVED);

    network(chromium, true);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                stateOf("SINGLE_CHOICE").contains(SAVED)
                    && stateOf("TRUE_FALSE").contains(SAVED)
                    && !d.findElement(By.id("offline")).isDisplayed());

    // Forget this browser's queue so that what comes back can only come from the server.
    ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
    driver.navigate().refresh();
    browser.waitForPage();
    assertThat(checked("SINGLE_CHOICE")).containsExactly("Đúng một");
    assertThat(
            question("TRUE_FALSE").findElement(By.cssSelector("input[value='true']")).isSelected())
        .isTrue();
    assertThat(driver.findElements(By.cssSelector(".sh-nav-item[data-pos].answered"))).hasSize(2);
  }

  @Test
  void theExamPageCarriesNoKeys() throws Exception {
    checkInAndStart(openSession(30), false);
    String page = driver.getPageSource();
    Matcher stem = Pattern.compile("Câu một lựa chọn ([0-9a-f]{8})\\?").matcher(page);
    assertThat(stem.find()).as("the single-choice stem carries the fixture's tag").isTrue();
    String tag = stem.group(1);
    assertThat(page).contains("Câu tự luận " + tag, "Câu trả lời ngắn " + tag);
    assertThat(page).doesNotContain("GIAI-THICH-" + tag, "KHOA-" + tag, "HUONG-DAN-" + tag);
  }

  @Test
  void theTimerAndSubmitStayInSightWhenScrollingThroughAllQuestions() throws Exception {
    checkInAndStart(openSession(30), false);
    tool("viewMode");
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    navItem("6").click();
    browser.screenshot("exam-bar-hidden");
    assertThat(uncovered("#timer")).as("timer in sight").isTrue();
    assertThat(uncovered("#submitOpen")).as("submit in sight").isTrue();
    assertThat(uncovered("section.sh-q[data-pos='6'] .sh-q-head"))
        .as("question header in sight")
        .isTrue();
  }

  @Test
  void aLateCandidateIsToldWhyTheAnswerWasRefused() throws Exception {
    long attempt = checkInAndStart(openSession(1), false);
    ChromiumDriver chromium = (ChromiumDriver) driver;
    // Taken while the browser is online: an offline Chromium hands out no cookies.
    String cookies = cookieHeader();
    chromium.executeCdpCommand("Network.enable", Map.of());
    network(chromium, false);
    answer("SINGLE_CHOICE", "Đúng một");
    // The deadline and its grace pass while this browser is offline: the server submits.
    new WebDriverWait(driver, Duration.ofSeconds(180))
        .pollingEvery(Duration.ofSeconds(2))
        .until(d -> status(attempt, cookies).equals("SUBMITTED"));
    network(chromium, true);
    // The page ends on the result, however it gets there; the candidate must still learn there
    // that the answer given offline was not taken, and why.
    new WebDriverWait(driver, Duration.ofSeconds(45))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElements(By.id("hash")).isEmpty());
    browser.waitForPage();
    browser.screenshot("exam-late-refused");
    assertThat(browser.text("body"))
        .containsAnyOf("không được lưu", "không thể thay đổi câu trả lời");
  }

  // ---- a candidate's way in ----

  private Candidate openSession(int minutes) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                uri("/api/test-fixtures/open-session?candidates=2&minutes=" + minutes))
            .header("Authorization", basic("admin", "Admin@2026"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    // Its body is an HTML error page when it fails: the cause is in the server's log.
    assertThat(response.statusCode()).as("POST %s as admin", request.uri()).isEqualTo(200);
    JsonObject open = json(response.body());
    JsonObject first = open.getJsonArray("candidates").getJsonObject(0);
    return new Candidate(
        first.getString("username"), first.getString("password"), open.getString("code"));
  }

  /** Logs in, checks in with the code, starts; answers the attempt's id. */
  private long checkInAndStart(Candidate candidate, boolean screenshots) {
    browser.login(candidate.username(), candidate.password());
    browser.open("/candidate/index.xhtml");
    browser.type("input[id$=':code']", candidate.code().toLowerCase());
    browser.navigate("button[id$=':checkIn']");
    assertThat(browser.path()).isEqualTo("/candidate/exam.xhtml");
    long attempt =
        Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]attempt=(\\d+).*", "$1"));
    browser.find("#instructions\\:start");
    if (screenshots) {
      browser.screenshot("exam-instructions");
    }
    browser.navigate("#instructions\\:start");
    browser.find("#exam");
    waitUntil(d -> browser.text("#timer").matches("[\\d:]+"));
    return attempt;
  }

  // ---- questions ----

  /** Clicks a button of the exam bar, as a candidate does after scrolling back to the top. */
  private void tool(String id) {
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    driver.findElement(By.id(id)).click();
  }

  /** Whether the element is on screen and nothing covers its middle. */
  private boolean uncovered(String css) {
    return (Boolean)
        ((JavascriptExecutor) driver)
            .executeScript(
                "var e = document.querySelector(arguments[0]), r = e.getBoundingClientRect();"
                    + " if (r.bottom <= 0 || r.top >= innerHeight) { return false; }"
                    + " var top = document.elementFromPoint(r.left + r.width / 2,"
                    + " r.top + r.height / 2); return top === e || e.contains(top);",
                css);
  }

  private WebElement question(String type) {
    return driver.findElement(By.cssSelector("section.sh-q[data-type='" + type + "']"));
  }

  private WebElement navItem(String pos) {
    return driver.findElement(By.cssSelector(".sh-nav-item[data-pos='" + pos + "']"));
  }

  /** Brings the question of {@code type} on screen through the navigator. */
  private WebElement show(String type) {
    WebElement section = question(type);
    if (!section.isDisplayed()) {
      navItem(section.getAttribute("data-pos")).click();
      waitUntil(d -> section.isDisplayed());
    }
    return section;
  }

  /** Ticks the choice whose text is {@code text}. */
  private void answer(String type, String text) {
    show(type)
        .findElement(By.xpath(".//label[contains(normalize-space(.), '" + text + "')]/input"))
        .click();
  }

  private List<String> checked(String type) {
    return question(type).findElements(By.cssSelector("input.sh-choice")).stream()
        .filter(WebElement::isSelected)
        .map(i -> textContent(i.findElement(By.xpath(".."))).replaceFirst("^[A-L]\\. *", ""))
        .collect(Collectors.toList());
  }

  private String textOf(String type) {
    return question(type).findElement(By.cssSelector(".sh-text")).getDomProperty("value");
  }

  private List<String> orderShown() {
    return question("ORDERING").findElements(By.cssSelector(".sh-order-text")).stream()
        .map(ExamBrowserIT::textContent)
        .collect(Collectors.toList());
  }

  /**
   * Moves the ordering items with the ↑ buttons into {@code wanted}, or into another wrong order if
   * the page happens to show that one already; answers the order reached.
   */
  private List<String> arrange(List<String> wanted) {
    WebElement section = show("ORDERING");
    List<String> target =
        orderShown().equals(wanted) ? List.of("Thứ hai", "Thứ nhất", "Thứ ba", "Thứ tư") : wanted;
    for (int t = 0; t < target.size(); t++) {
      for (int i = orderShown().indexOf(target.get(t)); i > t; i--) {
        section.findElements(By.cssSelector("ol.sh-order > li .sh-up")).get(i).click();
      }
    }
    assertThat(orderShown()).isEqualTo(target);
    return target;
  }

  /** The text of an element, shown or not, with its white space collapsed. */
  private static String textContent(WebElement element) {
    return element.getDomProperty("textContent").replaceAll("\\s+", " ").trim();
  }

  private String stateOf(String type) {
    return question(type).findElement(By.cssSelector(".sh-state")).getAttribute("class");
  }

  private long savedCount() {
    return driver.findElements(By.cssSelector("section.sh-q .sh-state." + SAVED)).size();
  }

  private List<String> visiblePositions() {
    List<String> shown = new ArrayList<>();
    for (WebElement s : driver.findElements(By.cssSelector("section.sh-q"))) {
      if (s.isDisplayed()) {
        shown.add(s.getAttribute("data-pos"));
      }
    }
    return shown;
  }

  private static long secondsShown(String timer) {
    long seconds = 0;
    for (String part : timer.split(":")) {
      seconds = seconds * 60 + Long.parseLong(part);
    }
    return seconds;
  }

  private void waitUntil(Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }

  // ---- network and HTTP ----

  /** Cuts or restores the page's network through the Chrome DevTools protocol. */
  private static void network(ChromiumDriver chromium, boolean online) {
    chromium.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  private URI uri(String path) {
    return URI.create(base.toString().replaceAll("/$", "") + path);
  }

  /** A GET with the browser's session cookie, as the logged-in candidate. */
  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(withCookies(path), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> getBytes(String path) throws Exception {
    return HTTP.send(withCookies(path), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest withCookies(String path) {
    return HttpRequest.newBuilder(uri(path)).header("Cookie", cookieHeader()).build();
  }

  private String cookieHeader() {
    return driver.manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  /**
   * The attempt's status as the clock endpoint reports it, or {@code HTTP <code>} when it answers
   * something else (the test polls it; one odd answer on a loaded machine must not end the wait).
   */
  private String status(long attempt, String cookies) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(uri("/api/attempts/" + attempt + "/clock"))
                  .header("Cookie", cookies)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warning(() -> "clock answered " + response.statusCode() + ": " + response.body());
        return "HTTP " + response.statusCode();
      }
      return json(response.body()).getString("status");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
