package org.sathach.marking;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sathach.testing.Browser;
import org.sathach.testing.Deployments;

/**
 * Blind double marking in a real headless Chromium: the committee names two markers and a head
 * marker, a candidate submits an essay, each marker marks it by its code without seeing the
 * candidate or the other mark, and marks too far apart go to the head marker, whose mark is final.
 * Each test builds its own open session (its paper holds one essay worth 1 point) and examiners.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EssayMarkingBrowserIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String COMMITTEE = "committee";
  private static final String COMMITTEE_PASSWORD = "Committee@2026";
  private static final String ESSAY =
      "Dòng thứ nhất của bài luận.\nDòng thứ hai <b>không in đậm</b>.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.applicationWithFixtures(MarkingFixtures.class, MarkingFixtureResource.class);
  }

  @ArquillianResource URL base;
  private Browser browser;
  private WebDriverWait wait;

  private record Session(long partId, String code, String candidate, String password) {}

  private record Examiner(String username, String fullName, String password) {
    String label() {
      return fullName + " (" + username + ")";
    }
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base);
    wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void essayIsMarkedBlindAndMarksTooFarApartAreSettledByTheHeadMarker() throws Exception {
    Session session = openSession();
    JsonArray made = examiners(3);
    Examiner first = examiner(made, 0);
    Examiner second = examiner(made, 1);
    Examiner head = examiner(made, 2);

    // The committee sets the rules and the markers before anyone submits.
    browser.login(COMMITTEE, COMMITTEE_PASSWORD);
    browser.open("/committee/marking.xhtml?part=" + session.partId());
    choose("rules:mode", "Tính điểm từng phần");
    browser.click(css("rules:saveRules"));
    assertThat(browser.text(css("rules:messages"))).contains("Đã lưu quy tắc chấm điểm");
    tick(first.username());
    tick(second.username());
    choose("markers:head", head.label());
    browser.click(css("markers:saveMarkers"));
    assertThat(browser.text(css("markers:messages"))).contains("Đã lưu danh sách giám khảo");
    browser.screenshot("essay-committee-markers");
    browser.logout();

    // The candidate writes and submits the essay.
    String number = submitEssay(session);
    String tag = session.candidate().replaceAll("^fx-([0-9a-f]{8})-\\d+$", "$1");
    String candidateName = "Thí sinh " + tag + " 0";

    // Each marker marks it blind, by code; the second never sees the first's mark.
    String code = markAs(first, "0.5", "NHAN-XET-MOT-" + tag, session, candidateName, number);
    browser.logout();
    String secondPage = openFirstScriptAs(second);
    assertThat(secondPage).doesNotContain("NHAN-XET-MOT-" + tag, first.username());
    assertThat(browser.text("#scriptCard")).doesNotContain("0.5");
    assertThat(browser.text(css("scriptCode"))).isEqualTo(code);
    giveMark("1", "NHAN-XET-HAI-" + tag);
    browser.logout();

    // 0.5 and 1 differ by more than 10 % of 1 point: the head marker marks it, blind too.
    String headPage = openFirstScriptAs(head);
    assertThat(browser.text("#work")).contains("Chấm lần 3 (trưởng ban)");
    assertThat(browser.text(css("scriptCode"))).isEqualTo(code);
    assertThat(headPage)
        .doesNotContain("NHAN-XET-MOT-" + tag, "NHAN-XET-HAI-" + tag)
        .doesNotContain(first.username(), second.username(), candidateName);
    assertThat(browser.text("#scriptCard")).doesNotContain("0.5");
    browser.screenshot("essay-head-marker");
    giveMark("0.75", null);
    browser.logout();

    // The committee sees the script final at the head's mark, still by code only.
    browser.login(COMMITTEE, COMMITTEE_PASSWORD);
    browser.open("/committee/marking.xhtml?part=" + session.partId());
    WebElement row = scriptRow(code);
    assertThat(row.findElement(By.cssSelector("[id$=':status']")).getText())
        .isEqualTo("Đã có điểm");
    assertThat(row.findElement(By.cssSelector("[id$=':final']")).getText()).isEqualTo("0.75");
    assertThat(row.findElement(By.cssSelector("[id$=':third']")).getText())
        .isEqualTo(head.username() + ": 0.75");
    assertThat(row.findElement(By.cssSelector("[id$=':first']")).getText()).endsWith(": 0.5");
    assertThat(browser.text(css("progress:agreement"))).contains("0 (0 %)");
    assertThat(browser.text("body")).doesNotContain(candidateName, session.candidate());
    // Submitted answers were marked under the rules: they can no longer change.
    assertThat(browser.text(css("rules:locked"))).contains("1 bài thi");
    assertThat(browser.find(css("rules:saveRules")).isEnabled()).isFalse();
    browser.screenshot("essay-committee-final");
  }

  @Test
  void theCommitteeNeedsTwoMarkersAndAHeadWhoIsNotOneOfThem() throws Exception {
    Session session = openSession();
    JsonArray made = examiners(2);
    Examiner first = examiner(made, 0);
    Examiner second = examiner(made, 1);
    browser.login(COMMITTEE, COMMITTEE_PASSWORD);
    browser.open("/committee/marking.xhtml?part=" + session.partId());
    tick(first.username());
    choose("markers:head", second.label());
    browser.click(css("markers:saveMarkers"));
    assertThat(browser.text(css("markers:messages"))).contains("ít nhất hai giám khảo");
    tick(second.username());
    browser.click(css("markers:saveMarkers"));
    assertThat(browser.text(css("markers:messages"))).contains("Trưởng ban chấm không được là");
  }

  // ---- the candidate ----

  /** Checks in, writes the essay, submits; answers the candidate number shown at check-in. */
  private String submitEssay(Session session) {
    browser.login(session.candidate(), session.password());
    browser.open("/candidate/index.xhtml");
    browser.type("input[id$=':code']", session.code().toLowerCase());
    browser.navigate("button[id$=':checkIn']");
    String number = browser.text("#instructions p.sh-muted strong");
    browser.navigate("#instructions\\:start");
    browser.find("#exam");
    WebElement essay =
        browser.driver().findElement(By.cssSelector("section.sh-q[data-type='ESSAY']"));
    if (!essay.isDisplayed()) {
      browser
          .driver()
          .findElement(
              By.cssSelector(".sh-nav-item[data-pos='" + essay.getAttribute("data-pos") + "']"))
          .click();
      wait.until(d -> essay.isDisplayed());
    }
    essay.findElement(By.cssSelector(".sh-text")).sendKeys(ESSAY);
    wait.until(
        d ->
            essay
                .findElement(By.cssSelector(".sh-state"))
                .getAttribute("class")
                .contains("sh-state-saved"));
    // The exam bar is at the top; scroll there as a person does before clicking it.
    ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
    browser.driver().findElement(By.id("submitOpen")).click();
    browser.navigate("#confirmSubmit");
    browser.find("#hash");
    browser.logout();
    return number;
  }

  // ---- the markers ----

  /** Marks the only script as a first marker; answers its code. */
  private String markAs(
      Examiner examiner,
      String points,
      String comment,
      Session session,
      String candidateName,
      String number) {
    String page = openFirstScriptAs(examiner);
    String code = browser.text(css("scriptCode"));
    assertThat(code).matches("BT-[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertThat(browser.text("#essay")).isEqualTo(ESSAY);
    assertThat(browser.text("#stem")).contains("Câu tự luận");
    assertThat(browser.text("#rubric")).contains("Trình bày đủ ý");
    assertThat(browser.text("#guide")).startsWith("HUONG-DAN-");
    assertThat(page).doesNotContain(candidateName, session.candidate());
    assertThat(browser.text("body")).doesNotContain(number);
    browser.screenshot("essay-marking");
    giveMark(points, comment);
    assertThat(browser.text(css("progress"))).isEqualTo("Đã chấm 1/1 bài");
    assertThat(browser.text(css("markForm:givenPoints"))).isEqualTo(points + " / 1");
    return code;
  }

  /** Logs in, opens the work list (one script to mark) and the script; answers the page source. */
  private String openFirstScriptAs(Examiner examiner) {
    browser.login(examiner.username(), examiner.password());
    browser.open("/marking/essays.xhtml");
    assertThat(browser.text(css("progress"))).isEqualTo("Đã chấm 0/1 bài");
    browser.navigate("#work a[id$=':open']");
    browser.find(css("scriptCode"));
    return browser.driver().getPageSource();
  }

  private void giveMark(String points, String comment) {
    browser.type(css("markForm:points_input"), points);
    if (comment != null) {
      browser.type(css("markForm:comment"), comment);
    }
    browser.click(css("markForm:submit"));
    browser.confirm();
    browser.find(css("markForm:givenPoints"));
  }

  // ---- the committee page ----

  private void tick(String username) {
    WebElement box =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//input[@value='"
                        + username
                        + "']/ancestor::div[contains(@class,'ui-chkbox')][1]"
                        + "//div[contains(@class,'ui-chkbox-box')]"));
    // Out from under the sticky header before the click.
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
    box.click();
  }

  /** Picks the item of a PrimeFaces selectOneMenu by its label. */
  private void choose(String menuId, String label) {
    By item = By.xpath(String.format("//*[@id='%s_panel']//li[@data-label='%s']", menuId, label));
    browser.find(css(menuId) + " .ui-selectonemenu-trigger").click();
    wait.until(
        ExpectedConditions.attributeContains(
            By.id(menuId + "_panel"), "class", "ui-connected-overlay-enter-done"));
    wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    browser.waitForPage();
    wait.until(d -> d.findElement(By.id(menuId + "_label")).getText().equals(label));
  }

  private WebElement scriptRow(String code) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='progress:scripts']//tr[.//*[contains(@id,':code') and text()='"
                    + code
                    + "']]"));
  }

  private static String css(String id) {
    return "[id='" + id + "']";
  }

  // ---- fixtures over HTTP ----

  private Session openSession() throws Exception {
    JsonObject open =
        Json.createReader(
                new StringReader(post("/api/test-fixtures/open-session?candidates=2&minutes=30")))
            .readObject();
    JsonObject first = open.getJsonArray("candidates").getJsonObject(0);
    return new Session(
        open.getJsonNumber("part").longValue(),
        open.getString("code"),
        first.getString("username"),
        first.getString("password"));
  }

  private JsonArray examiners(int count) throws Exception {
    return Json.createReader(
            new StringReader(post("/api/marking-fixtures/examiners?count=" + count)))
        .readArray();
  }

  private static Examiner examiner(JsonArray made, int index) {
    JsonObject e = made.getJsonObject(index);
    return new Examiner(e.getString("username"), e.getString("fullName"), e.getString("password"));
  }

  private String post(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("admin:Admin@2026".getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    // Its body is an HTML error page when it fails: the cause is in the server's log.
    assertThat(response.statusCode()).as("POST %s as admin", request.uri()).isEqualTo(200);
    return response.body();
  }
}
