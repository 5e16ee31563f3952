package org.sathach.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sathach.identity.DemoAccounts;
import org.sathach.testing.Browser;
import org.sathach.testing.Deployments;

/**
 * A selection round as people meet it in a real headless Chromium: the committee builds one up to a
 * scheduled session, a proctor draws the paper set, exam content stays out of other roles' reach,
 * and a candidate applies to an open round.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoundBrowserIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final String DEMO_ROUND = "Thi tuyển chức danh lãnh đạo, quản lý năm 2026 (demo)";
  private static final String THEORY_LINK =
      "//a[contains(@id,'editPart') and normalize-space()='Lý luận chính trị']";
  private static final String TOPIC = "Điều lệ Đảng";
  private static final Map<String, String> PASSWORDS =
      DemoAccounts.ACCOUNTS.stream()
          .collect(Collectors.toMap(a -> a.username(), a -> a.password()));
  private static final String TOO_LOW = "sơ cấp, chưa đạt yêu cầu tối thiểu trung cấp";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  private Browser browser;
  private WebDriverWait wait;

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
  void committeeBuildsARoundEndToEndUpToAScheduledSession() throws Exception {
    String tag = tag();
    login("committee");
    LocalDate appointment = LocalDate.now(ZONE).plusMonths(4).withDayOfMonth(1);
    long round = createRound("Đợt thử " + tag, appointment);
    assertThat(value("round:appointment_input")).isEqualTo(DAY.format(appointment));
    addDivisionPost(round, "Trưởng phòng " + tag);

    fillApplication(round, "Nguyễn Văn An " + tag, "trung cấp");
    assertThat(text("application:checklist:overall")).isEqualTo("Đủ điều kiện");
    assertThat(registerAndConfirm()).isEqualTo("Đủ điều kiện");
    fillApplication(round, "Trần Thị Bình " + tag, "cao cấp");
    assertThat(registerAndConfirm()).isEqualTo("Đủ điều kiện");
    String ineligible = "Lê Văn Cường " + tag;
    fillApplication(round, ineligible, "sơ cấp");
    assertThat(text("application:checklist:overall")).isEqualTo("Không đủ điều kiện");
    assertThat(text("application:checklist")).contains("Trình độ lý luận chính trị " + TOO_LOW);
    browser.screenshot("application-checklist");
    assertThat(registerAndConfirm()).isEqualTo("Không đủ điều kiện");

    browser.open("/committee/applications.xhtml?round=" + round);
    assertThat(browser.driver().findElement(By.xpath("//tr[." + link(ineligible) + "]")).getText())
        .contains("Không đủ điều kiện", TOO_LOW, "Đã xác nhận");

    browser.open("/committee/round.xhtml?id=" + round);
    assertThat(text("posts_data")).contains("Trưởng phòng " + tag, "Có");
    browser.screenshot("round-overview");
    follow(By.xpath(THEORY_LINK));
    long part = idIn(browser.driver().getCurrentUrl());
    addBlueprintRow();
    int available = typeCount("50", 150);
    assertThat(available).isLessThan(150);
    assertThat(coverageCell().getAttribute("class")).contains("sh-bad");
    assertThat(text("blueprint:totals")).contains("có ô chưa đủ câu");
    browser.screenshot("blueprint-editor");
    publish();
    assertThat(text("blueprint:messages"))
        .contains("Ngân hàng không đủ câu", "Lý luận chính trị > " + TOPIC, available + "/150");
    assertThat(typeCount("2", 6)).isGreaterThanOrEqualTo(6);
    assertThat(coverageCell().getAttribute("class")).contains("sh-ok");
    publish();
    assertThat(text("blueprint:messages")).contains("Đã công bố");
    assertThat(text("status")).isEqualTo("Đã công bố");

    LocalDateTime tomorrow = LocalDate.now(ZONE).plusDays(1).atTime(9, 0);
    long session = createSession(part, "Ca 1 " + tag, tomorrow);
    assertThat(value("session:startsAt_input")).isEqualTo(MINUTE.format(tomorrow));
    assertThat(text("accessCode")).matches("[A-Z2-9]{6}");
    seatEveryone(2);
    for (WebElement seat : seatRows()) {
      assertThat(seat.findElement(By.cssSelector("[id$=':number']")).getText()).matches("\\d{4}");
      assertThat(seat.findElement(By.cssSelector("a[id$=':papers']")).getText()).isEqualTo("2");
      assertThat(seat.getText()).doesNotContain(ineligible);
    }
    browser.click(css("seats:verify"));
    assertThat(text("seats:messages")).contains("Cả 4 đề khớp");
    browser.screenshot("session");
    byte[] pdf = fetchWithBrowserCookies("session-list/" + session);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    follow(By.cssSelector("a[id$=':papers']"));
    browser.click(css("check:verify"));
    List<WebElement> verdicts = browser.driver().findElements(By.cssSelector(".sh-verdict"));
    assertThat(verdicts).hasSize(2).allSatisfy(v -> assertThat(v.getText()).contains("khớp"));
    browser.screenshot("paper");
  }

  @Test
  void proctorDrawsThePaperSetOnceAndItIsRecorded() {
    String tag = tag();
    login("committee");
    long round = createRound("Đợt bốc thăm " + tag, LocalDate.now(ZONE).plusMonths(3));
    addDivisionPost(round, "Phó Trưởng phòng " + tag);
    fillApplication(round, "Đinh Văn Dũng " + tag, "trung cấp");
    registerAndConfirm();
    fillApplication(round, "Hồ Thị Em " + tag, "trung cấp");
    registerAndConfirm();
    long part = publishedTheoryPart(round);
    // The draw opens an hour before the start: a session half an hour ahead can be drawn now.
    String name = "Ca bốc thăm " + tag;
    long session = createSession(part, name, LocalDateTime.now(ZONE).plusMinutes(30));
    seatEveryone(2);
    browser.logout();

    login("proctor");
    String row = "//tr[td[normalize-space()='" + name + "']]";
    browser.driver().findElement(By.xpath(row + "//button[contains(@id,':draw')]")).click();
    browser.confirm();
    assertThat(text("sessions:messages")).contains("Kết quả bốc thăm");
    assertDrawnOnce(row);
    browser.screenshot("proctor-draw");
    browser.open("/proctor/index.xhtml");
    String drawn = assertDrawnOnce(row);
    browser.logout();

    login("admin");
    browser.open("/admin/audit.xhtml");
    browser
        .driver()
        .findElements(By.cssSelector("input.ui-column-filter"))
        .get(1)
        .sendKeys("PAPER_SET_DRAWN");
    String target = "//tbody[@id='audit:events_data']/tr[td[normalize-space()='session:%d']]";
    WebElement event =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(String.format(target, session))));
    assertThat(event.getText())
        .contains("PAPER_SET_DRAWN", "proctor")
        .contains(drawn.equals("Bộ đề chính thức") ? "OFFICIAL" : "BACKUP");
  }

  @Test
  void examContentIsNotReachableByCandidatesProctorsOrExaminers() {
    login("committee");
    browser.open("/committee/rounds.xhtml");
    follow(By.xpath(link(DEMO_ROUND)));
    long round = idIn(browser.driver().getCurrentUrl());
    String part = hrefOf(THEORY_LINK);
    String session = hrefOf("//a[contains(@id,'editSession')]");
    browser.open(session);
    String paper = hrefOf("//a[contains(@id,':papers')]");
    browser.open(paper);
    String stem = browser.text(".sh-stem");
    assertThat(stem).isNotBlank();
    browser.open("/committee/applications.xhtml?round=" + round);
    String other = "/candidate/application.xhtml?id=" + idIn(hrefOf(link("Vũ Thị Mai")));
    browser.logout();

    for (String user : List.of("candidate", "proctor", "examiner")) {
      login(user);
      for (String path : List.of(part, paper, session, "/bank/index.xhtml")) {
        browser.open(path);
        assertThat(browser.present("#error-403")).as(user + " " + path).isTrue();
        assertThat(bodyText()).as(user + " " + path).doesNotContain(stem);
      }
      if (user.equals("proctor")) {
        browser.open("/proctor/index.xhtml");
        assertThat(browser.present(".sh-stem")).isFalse();
        assertThat(bodyText()).contains("Ca 1 — Lý luận chính trị").doesNotContain(stem);
      }
      if (user.equals("candidate")) {
        browser.open(other);
        assertThat(browser.present(css("application"))).isFalse();
        assertThat(browser.text(".ui-growl-message")).isNotBlank();
        assertThat(bodyText()).doesNotContain("Vũ Thị Mai");
      }
      browser.logout();
    }
  }

  @Test
  void candidateAppliesToAnOpenRoundAndSeesTheChecklist() throws Exception {
    String name = "ts-" + tag();
    login("admin");
    browser.click(css("users:create"));
    browser.type(css("userForm:username"), name);
    browser.type(css("userForm:fullName"), "Phan Văn Tuyển");
    browser.click(css("userForm:save"));
    String growl = browser.text(".ui-growl-message, " + css("users:messages"));
    String oneTime = growl.substring(growl.lastIndexOf(':') + 1).trim();
    browser.logout();
    browser.login(name, oneTime);
    browser.type(css("password:current"), oneTime);
    browser.type(css("password:replacement"), "ThiSinh-2026");
    browser.type(css("password:confirmation"), "ThiSinh-2026");
    browser.navigate(css("password:save"));
    assertThat(browser.path()).isEqualTo("/candidate/index.xhtml");

    String open = "//tr[td[normalize-space()='" + DEMO_ROUND + "']]";
    follow(By.xpath(open + "//*[contains(@id,'apply')]/descendant-or-self::a"));
    choose("application:post", "Trưởng phòng Công chức, viên chức — Sở Nội vụ");
    fillFacts("Phan Văn Tuyển", "trung cấp");
    assertThat(text("application:checklist:overall")).isEqualTo("Đủ điều kiện");
    browser.click(css("application:save"));
    wait.until(ExpectedConditions.urlContains("application.xhtml?id="));
    browser.waitForPage();
    assertThat(bodyText()).contains("Quyết định của Hội đồng: Chưa xét");
    assertThat(text("application:checklist"))
        .contains("Đủ điều kiện", "lý luận chính trị trung cấp");
    browser.screenshot("candidate-application");

    Path pdf = Files.createTempFile("bang-cu-nhan", ".pdf");
    Files.writeString(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    browser
        .driver()
        .findElement(By.cssSelector("#documents input[type='file']"))
        .sendKeys(pdf.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("documents:files_data"), pdf.getFileName().toString()));
    browser.waitForPage();
    assertThat(text("documents:docMessages")).contains("Đã thêm tài liệu");
    browser.open("/candidate/index.xhtml");
    assertThat(text("mine_data")).contains(DEMO_ROUND, "Chưa xét");
  }

  @Test
  void partStatusInThePageTitleFollowsPublication() {
    login("committee");
    publishedTheoryPart(createRound("Đợt công bố " + tag(), LocalDate.now(ZONE).plusMonths(3)));
    assertThat(text("status")).isEqualTo("Đã công bố");
  }

  @Test
  void anErrorWhileLoadingAPageIsInTheUsersLanguage() {
    // Headless Chromium asks for en-US; the session's language is Vietnamese, as the page is.
    login("candidate");
    browser.open("/candidate/application.xhtml?id=" + Long.MAX_VALUE);
    assertThat(browser.text("h1")).isEqualTo("Hồ sơ của tôi");
    assertThat(browser.text(".ui-growl-message")).contains("Không có hồ sơ này");
  }

  @Test
  void aDateTypedSlowlyIsKeptBecauseTheCalendarOpensOnlyFromItsButton() {
    login("committee");
    browser.open("/committee/rounds.xhtml");
    browser.find(css("create:appointment_input")).click();
    assertThat(
            browser
                .find(css("create:appointment_input"))
                .equals(browser.driver().switchTo().activeElement()))
        .isTrue();
    browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "1/5/2030");
    assertThat(value("create:appointment_input")).isEqualTo("1/5/2030");
  }

  @Test
  void thePostMenuLeavesTheFullNameFieldFreeToClick() {
    login("committee");
    browser.open("/committee/rounds.xhtml");
    follow(By.xpath(link(DEMO_ROUND)));
    browser.open("/committee/application.xhtml?round=" + idIn(browser.driver().getCurrentUrl()));
    choose("application:post", "Sở Nông nghiệp và Môi trường");
    WebElement fullName = browser.find(css("application:fullName"));
    Object onTop =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                    + " return document.elementFromPoint(r.left + 8, r.top + r.height / 2)"
                    + " === arguments[0];",
                fullName);
    assertThat(onTop).as("the left end of the full name field is not covered").isEqualTo(true);
  }

  // ---- what a committee member does ----

  private long createRound(String name, LocalDate appointment) {
    browser.open("/committee/rounds.xhtml");
    browser.type(css("create:name"), name);
    browser.type(css("create:organiser"), "Ủy ban nhân dân tỉnh Thử Nghiệm");
    typeDate("create:appointment", DAY.format(appointment));
    return submitAndGetId("create:save", "round.xhtml?id=");
  }

  private void addDivisionPost(long round, String title) {
    browser.open("/committee/post.xhtml?round=" + round);
    choose("post:level", "Cấp phòng (trưởng phòng, phó trưởng phòng)");
    browser.type(css("post:title"), title);
    browser.type(css("post:unit"), "Sở Thử Nghiệm");
    browser.type(css("post:sector"), "Nội vụ");
    submitAndGetId("post:save", "round.xhtml?id=" + round);
  }

  private void fillApplication(long round, String fullName, String theory) {
    browser.open("/committee/application.xhtml?round=" + round);
    browser.type(css("application:username"), "rb-" + tag());
    fillFacts(fullName, theory);
  }

  /** Fills the facts of the open application form and asks for the checklist. */
  private void fillFacts(String fullName, String theory) {
    browser.type(css("application:fullName"), fullName);
    typeDate("application:birthDate", "15/03/1985");
    choose("application:gender", "nam");
    browser.type(css("application:position"), "Phó Trưởng phòng");
    choose("application:theory", theory);
    choose("application:management", "chuyên viên");
    choose("application:degree", "đại học");
    typeDate("application:below", "01/07/2019");
    List<String> ratings =
        browser
            .driver()
            .findElements(By.cssSelector("div.ui-selectonemenu[id$=':rating']"))
            .stream()
            .map(e -> e.getAttribute("id"))
            .toList();
    assertThat(ratings).isNotEmpty();
    ratings.forEach(id -> choose(id, "hoàn thành tốt nhiệm vụ"));
    browser.click(css("application:check"));
  }

  /** Registers the filled application, confirms the computed verdict and returns it. */
  private String registerAndConfirm() {
    browser.click(css("application:save"));
    assertThat(text("application:messages")).contains("Đã lưu hồ sơ");
    assertThat(text("application:password")).contains("rb-");
    browser.click(css("decide:confirm"));
    assertThat(text("decide:decisionMessages")).contains("Đã xác nhận kết quả xét");
    return text("decide:verdict");
  }

  /** Opens the round's theory part and publishes a one-question blueprint; returns the part. */
  private long publishedTheoryPart(long round) {
    browser.open("/committee/round.xhtml?id=" + round);
    follow(By.xpath(THEORY_LINK));
    addBlueprintRow();
    typeCount("1", 3);
    publish();
    assertThat(text("blueprint:messages")).contains("Đã công bố");
    return idIn(browser.driver().getCurrentUrl());
  }

  private void addBlueprintRow() {
    browser.click(css("blueprint:addRow"));
    WebElement row = browser.find("tr.sh-blueprint-row");
    String topic = row.findElement(By.cssSelector("div[id$=':topic']")).getAttribute("id");
    String level = row.findElement(By.cssSelector("div[id$=':difficulty']")).getAttribute("id");
    choose(topic, TOPIC);
    choose(level, "Nhận biết");
  }

  /** Types a row's count, waits for its coverage cell to show "have / need"; returns have. */
  private int typeCount(String count, int needed) {
    browser.find("tr.sh-blueprint-row input[id$=':count_input']").sendKeys(selectAll(), count);
    wait.until(d -> coverageCell().getText().endsWith("/ " + needed));
    browser.waitForPage();
    String cell = coverageCell().getText();
    Matcher matcher = Pattern.compile("(\\d+) / " + needed).matcher(cell);
    assertThat(matcher.matches()).as(cell).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  private WebElement coverageCell() {
    return browser.find("tr.sh-blueprint-row span[id$=':cov']");
  }

  private void publish() {
    browser.click(css("blueprint:publish"));
    browser.confirm();
    // Publishing records the snapshot and generates the papers of every seat; on MariaDB, on a
    // busy CI machine, that once took longer than the usual 20 s wait.
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(css("blueprint:messages"))));
    } catch (TimeoutException e) {
      browser.screenshot("publish-without-answer");
      throw e;
    }
  }

  private long createSession(long part, String name, LocalDateTime start) {
    browser.open("/committee/session.xhtml?part=" + part);
    browser.type(css("session:name"), name);
    typeDate("session:startsAt", MINUTE.format(start));
    browser.type(css("session:room"), "Phòng 101");
    browser.find(css("session:capacity_input")).sendKeys(selectAll(), "10");
    browser.find(css("session:proctors") + " .ui-selectcheckboxmenu-trigger").click();
    awaitOpened("session:proctors_panel");
    String proctor = "//*[@id='session:proctors_panel']//li[contains(.,'(proctor)')]";
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(proctor)))
        .findElement(By.cssSelector(".ui-chkbox-box"))
        .click();
    browser.find(css("session:proctors_panel") + " .ui-selectcheckboxmenu-close").click();
    long id = submitAndGetId("session:save", "session.xhtml?id=");
    assertThat(text("session:proctors")).contains("(proctor)");
    return id;
  }

  private void seatEveryone(int expected) {
    List<WebElement> boxes =
        browser.driver().findElements(By.cssSelector("[id='seats:toSeat'] .ui-chkbox-box"));
    assertThat(boxes).hasSize(expected);
    boxes.forEach(WebElement::click);
    browser.click(css("seats:seat"));
    assertThat(text("seats:messages")).contains("Đã xếp thí sinh vào ca");
    assertThat(seatRows()).hasSize(expected);
  }

  private List<WebElement> seatRows() {
    return browser.driver().findElements(By.cssSelector("[id='seats:seated_data'] > tr"));
  }

  private String assertDrawnOnce(String row) {
    WebElement drawn =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(row + "//span[contains(@id,':drawn')]")));
    assertThat(drawn.getText()).isIn("Bộ đề chính thức", "Bộ đề dự phòng");
    assertThat(browser.driver().findElements(By.xpath(row + "//button[contains(@id,':draw')]")))
        .isEmpty();
    return drawn.getText();
  }

  // ---- page helpers ----

  private void login(String user) {
    browser.login(user, PASSWORDS.get(user));
  }

  /** Picks the item of a PrimeFaces selectOneMenu whose label ends with the given text. */
  private void choose(String menuId, String label) {
    String end = "'" + label + "'";
    By item =
        By.xpath(
            String.format(
                "//*[@id='%s_panel']//li[substring(@data-label,"
                    + " string-length(@data-label) - string-length(%s) + 1) = %s]",
                menuId, end, end));
    browser.find(css(menuId) + " .ui-selectonemenu-trigger").click();
    awaitOpened(menuId + "_panel");
    wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    browser.waitForPage();
    wait.until(d -> d.findElement(By.id(menuId + "_label")).getText().endsWith(label));
  }

  /** Types into a date picker as a person does (its calendar opens only from its button). */
  private void typeDate(String pickerId, String text) {
    browser.find(css(pickerId + "_input")).sendKeys(selectAll(), text);
    assertThat(value(pickerId + "_input")).isEqualTo(text);
  }

  /** Waits for an overlay's opening animation: PrimeFaces ignores Escape and clicks until then. */
  private void awaitOpened(String panelId) {
    wait.until(
        ExpectedConditions.attributeContains(
            By.id(panelId), "class", "ui-connected-overlay-enter-done"));
  }

  private long submitAndGetId(String buttonId, String landing) {
    browser.click(css(buttonId));
    wait.until(ExpectedConditions.urlContains(landing));
    browser.waitForPage();
    return idIn(browser.driver().getCurrentUrl());
  }

  private void follow(By link) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(link));
    element.click();
    wait.until(ExpectedConditions.stalenessOf(element));
    browser.waitForPage();
  }

  /** The site-relative address a link points to. */
  private String hrefOf(String xpath) {
    String href = browser.driver().findElement(By.xpath(xpath)).getAttribute("href");
    return href.substring(href.indexOf('/', href.indexOf("//") + 2));
  }

  private String text(String id) {
    return browser.text(css(id));
  }

  private String value(String id) {
    return browser.find(css(id)).getAttribute("value");
  }

  private String bodyText() {
    return browser.driver().findElement(By.tagName("body")).getText();
  }

  private byte[] fetchWithBrowserCookies(String path) throws Exception {
    String cookies =
        "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve(path))
                    .header("Cookie", cookies)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    return response.body();
  }

  private static long idIn(String url) {
    Matcher matcher = Pattern.compile("[?&]id=(\\d+)").matcher(url);
    assertThat(matcher.find()).as(url).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  private static String link(String text) {
    return "//a[normalize-space()='" + text + "']";
  }

  private static String css(String id) {
    return "[id='" + id + "']";
  }

  private static CharSequence selectAll() {
    return Keys.chord(Keys.CONTROL, "a");
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
