package org.sathach.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.sathach.testing.Browser;
import org.sathach.testing.Deployments;

/** What a person does with identity in a real headless Chromium: login, language, 403, admin. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityBrowserIT {
  private static final Map<String, String> HOME_OF_ROLE =
      Map.of(
          "admin", "/admin/users.xhtml",
          "editor", "/bank/index.xhtml",
          "committee", "/committee/index.xhtml",
          "examiner", "/marking/index.xhtml",
          "proctor", "/proctor/index.xhtml",
          "candidate", "/candidate/index.xhtml");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private static String passwordOf(String username) {
    return DemoAccounts.ACCOUNTS.stream()
        .filter(a -> a.username().equals(username))
        .findFirst()
        .orElseThrow()
        .password();
  }

  @Test
  void eachDemoRoleLandsOnItsOwnHomePageAndCanLogOut() {
    HOME_OF_ROLE.forEach(
        (user, home) -> {
          browser.login(user, passwordOf(user));
          assertThat(browser.path()).as(user).isEqualTo(home);
          assertThat(browser.text("#nav\\:who")).isNotBlank();
          browser.logout();
          assertThat(browser.path()).isEqualTo("/login.xhtml");
          assertThat(browser.present("#loggedOut")).isTrue();
        });
  }

  @Test
  void loginPageIsVietnameseAndSwitchesToEnglish() {
    browser.open("/login.xhtml");
    assertThat(browser.text("h1")).isEqualTo("Đăng nhập");
    browser.screenshot("login-vi");
    browser.navigate("#nav\\:lang-en");
    assertThat(browser.text("h1")).isEqualTo("Log in");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void chosenLanguageIsRememberedForTheUserAtTheNextLogin() {
    browser.login("examiner", passwordOf("examiner"));
    assertThat(browser.text("h1")).isEqualTo("Chấm thi");
    browser.navigate("#nav\\:lang-en");
    assertThat(browser.text("h1")).isEqualTo("Marking");
    browser.logout();
    browser.driver().manage().deleteAllCookies();
    browser.login("examiner", passwordOf("examiner"));
    assertThat(browser.text("h1")).isEqualTo("Marking");
    browser.navigate("#nav\\:lang-vi");
    assertThat(browser.text("h1")).isEqualTo("Chấm thi");
  }

  @Test
  void wrongPasswordShowsTheMessageAndStaysOnTheLoginPage() {
    // A user name of its own: repeated runs on the same database must not lock a demo account.
    browser.login("nobody-" + UUID.randomUUID().toString().substring(0, 8), "not-the-password");
    assertThat(browser.path()).isEqualTo("/login.xhtml");
    assertThat(browser.text("#login\\:messages"))
        .contains("Tên đăng nhập hoặc mật khẩu không đúng");
    browser.screenshot("login-wrong-password");
  }

  @Test
  void candidateOpeningAnAdminPageGetsTheFriendly403Page() {
    browser.login("candidate", passwordOf("candidate"));
    browser.open("/admin/users.xhtml");
    assertThat(browser.present("#error-403")).isTrue();
    assertThat(browser.text("h1")).isEqualTo("Không có quyền truy cập");
    browser.open("/no-such-page.xhtml");
    assertThat(browser.present("#error-404")).isTrue();
  }

  @Test
  void anExpiredViewShowsTheFriendlyExpiredPageEvenOnAjax() {
    browser.login("admin", passwordOf("admin"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                + ".forEach(e => e.value = '123:456');");
    browser.driver().findElement(org.openqa.selenium.By.id("users:create")).click();
    assertThat(browser.find("#error-expired").getText()).contains("hết hạn");
  }

  @Test
  void anonymousVisitorIsSentToLoginAndBackToThePageAfterwards() {
    browser.open("/proctor/index.xhtml");
    assertThat(browser.path()).isEqualTo("/login.xhtml");
    browser.type("#login\\:username", "proctor");
    browser.type("input[id='login:password']", passwordOf("proctor"));
    browser.navigate("#login\\:submit");
    assertThat(browser.path()).isEqualTo("/proctor/index.xhtml");
  }

  @Test
  void administratorCreatesAUserWhoMustChangeTheOneTimePassword() {
    String name = "ts-" + UUID.randomUUID().toString().substring(0, 6);
    browser.login("admin", passwordOf("admin"));
    browser.screenshot("admin-users");
    browser.click("#users\\:create");
    browser.type("#userForm\\:username", name);
    browser.type("#userForm\\:fullName", "Nguyễn Thí Sinh");
    browser.click("#userForm\\:save");
    String growl = browser.text(".ui-growl-message, #users\\:messages");
    assertThat(growl).contains(name);
    String oneTime = growl.substring(growl.lastIndexOf(':') + 1).trim();

    browser.find("#users\\:table\\:globalFilter").sendKeys(name, Keys.TAB);
    // The filter is sent after a short typing delay: wait for the filtered table itself.
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(org.openqa.selenium.By.cssSelector("#users\\:table_data > tr"))
                        .size()
                    == 1);
    assertThat(browser.text("#users\\:table_data")).contains(name).contains("Thí sinh");

    browser.logout();
    browser.login(name, oneTime);
    assertThat(browser.path()).isEqualTo("/account/password.xhtml");
    browser.open("/candidate/index.xhtml");
    assertThat(browser.path()).isEqualTo("/account/password.xhtml");
    browser.type("input[id='password:current']", oneTime);
    browser.type("input[id='password:replacement']", "ThiSinh-2026");
    browser.type("input[id='password:confirmation']", "ThiSinh-2026");
    browser.navigate("#password\\:save");
    assertThat(browser.path()).isEqualTo("/candidate/index.xhtml");
  }

  @Test
  void auditPageVerifiesTheChain() {
    browser.login("admin", passwordOf("admin"));
    browser.open("/admin/audit.xhtml");
    browser.click("#audit\\:verify");
    assertThat(browser.text("#intact")).contains("nguyên vẹn");
    browser.screenshot("admin-audit");
  }

  @Test
  void auditVerifierRestEndpointIsForAdministratorsOnly() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI verify = base.toURI().resolve("api/audit/verify");
    HttpResponse<String> asAdmin =
        http.send(get(verify, "admin"), HttpResponse.BodyHandlers.ofString());
    assertThat(asAdmin.statusCode()).isEqualTo(200);
    assertThat(asAdmin.body()).contains("\"intact\":true");
    HttpResponse<String> asCandidate =
        http.send(get(verify, "candidate"), HttpResponse.BodyHandlers.ofString());
    assertThat(asCandidate.statusCode()).isEqualTo(403);
    HttpResponse<String> anonymous =
        http.send(HttpRequest.newBuilder(verify).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isNotEqualTo(200);
    assertThat(anonymous.body()).doesNotContain("intact");
  }

  private static HttpRequest get(URI uri, String user) {
    String credentials = user + ":" + passwordOf(user);
    return HttpRequest.newBuilder(uri)
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .build();
  }
}
