package org.sathach.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.sathach.testing.Browser;
import org.sathach.testing.Deployments;

/** A question written by one editor, approved by another, and counted in the coverage view. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BankBrowserIT {
  private static final String TOPIC = "Ngân sách nhà nước";

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

  private String topicId() {
    browser.open("/bank/coverage.xhtml");
    return browser
        .driver()
        .findElement(By.xpath("//tr[td[normalize-space()='" + TOPIC + "']]"))
        .getAttribute("data-topic");
  }

  private long approvedRecallIn(String topicId) {
    browser.open("/bank/coverage.xhtml");
    return Long.parseLong(browser.text("tr[data-topic='" + topicId + "'] td:nth-child(2)"));
  }

  @Test
  void editorWritesAQuestionAnotherEditorApprovesItAndCoverageCountsIt() {
    String stem = "Kỳ ngân sách nhà nước bắt đầu từ ngày nào? " + UUID.randomUUID();
    browser.login("editor", "Editor@2026");
    String topicId = topicId();
    long before = approvedRecallIn(topicId);

    browser.open("/bank/edit.xhtml");
    ((JavascriptExecutor) browser.driver())
        .executeScript("PF('topicMenu').selectValue('" + topicId + "')");
    browser.waitForPage();
    browser.find("#editor\\:stem .ql-editor").sendKeys(stem);
    browser.type("input[id='editor:rows:0:text']", "Ngày 01 tháng 01 năm dương lịch");
    browser.type("input[id='editor:rows:1:text']", "Ngày 01 tháng 4");
    browser.type("input[id='editor:rows:2:text']", "Ngày 01 tháng 7");
    browser.type("input[id='editor:rows:3:text']", "Ngày 01 tháng 10");
    browser.click("#editor\\:save");
    assertThat(browser.text("#editor\\:messages")).contains("chưa hợp lệ");
    assertThat(browser.text("#editor")).contains("cần đúng một phương án đúng");
    browser.screenshot("bank-editor-validation");

    browser.click("#editor\\:rows\\:0\\:correct .ui-chkbox-box");
    assertThat(browser.text("#editor\\:preview")).contains(stem).doesNotContain("[x]");
    browser.navigate("#editor\\:save");
    assertThat(browser.path()).isEqualTo("/bank/edit.xhtml");
    browser.screenshot("bank-editor");
    browser.click("#editor\\:submitReview");
    assertThat(browser.text("#editor\\:messages")).contains("Đã gửi duyệt");

    browser.open("/bank/review.xhtml");
    String item = itemWith(stem);
    assertThat(browser.find("#" + item + " button[id$='approve']").isEnabled()).isFalse();
    browser.logout();

    browser.login("reviewer", "Reviewer@2026");
    browser.open("/bank/review.xhtml");
    browser.screenshot("bank-review");
    browser.click("#" + itemWith(stem) + " button[id$='approve']");
    assertThat(browser.text("#review\\:messages")).contains("Đã duyệt");
    assertThat(approvedRecallIn(topicId)).isEqualTo(before + 1);
    browser.screenshot("bank-coverage");
  }

  @Test
  void bankPageSearchesTheQuestionTexts() {
    browser.login("editor", "Editor@2026");
    browser.open("/bank/index.xhtml");
    browser.screenshot("bank-index");
    browser.type("#bank\\:text", "chính quyền địa phương");
    browser.find("#bank\\:text").sendKeys(" ");
    browser.waitForPage();
    // The filter runs as an ajax round trip after each pause in typing: wait until the table
    // is filtered (fewer than all 418 questions) and its first row is a match.
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                !d.findElement(By.cssSelector(".ui-paginator-current")).getText().contains("/ 418")
                    && StemText.fold(
                            d.findElement(By.cssSelector("#bank\\:table_data > tr")).getText())
                        .contains("chinh quyen dia phuong"));
  }

  @Test
  void exportToAikenListsWhatAikenCannotExpressBeforeTheDownload() {
    browser.login("editor", "Editor@2026");
    browser.open("/bank/index.xhtml");
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript("PF('exportFormatMenu').selectValue('aiken')");
    browser.click("#bank\\:export");
    assertThat(browser.text("#exportLost")).contains("essay");
    browser.screenshot("bank-export-report");
    js.executeScript("PF('exportDialog').hide(); PF('exportFormatMenu').selectValue('shq')");
    browser.waitForPage();
    browser.click("#bank\\:export");
    assertThat(browser.text("#exportComplete")).isNotBlank();
    assertThat(browser.present("#bank\\:download")).isTrue();
  }

  @Test
  void importPageShowsEveryProblemWithItsLineThenImportsAGoodFileUnderTheTargetTopic()
      throws java.io.IOException {
    browser.login("editor", "Editor@2026");
    String topicId = topicId();
    java.nio.file.Path broken = java.nio.file.Files.createTempFile("hong", ".shq");
    java.nio.file.Files.writeString(
        broken,
        "@topic Chuyên môn nghiệp vụ > Tài chính\n=== B1\ntype: single-choice\nlevel: nhận biết\n"
            + "stem: Câu hỏi?\noption+: a\noption+: b\n=== B2\ntype: riddle\n");
    browser.open("/bank/import.xhtml");
    browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(broken.toString());
    browser.navigate("#import\\:upload");
    assertThat(browser.text("#problems")).contains("Dòng 2", "Dòng 9");
    assertThat(browser.find("#import\\:confirm").isEnabled()).isFalse();
    browser.screenshot("bank-import-problems");

    String marker = UUID.randomUUID().toString().substring(0, 8);
    java.nio.file.Path aiken = java.nio.file.Files.createTempFile("de", ".txt");
    java.nio.file.Files.writeString(
        aiken,
        "Luật Ngân sách nhà nước do cơ quan nào ban hành? "
            + marker
            + "\nA. Chính phủ\nB. Quốc hội\n"
            + "C. Bộ Tài chính\nANSWER: B\n\nNgân sách nhà nước gồm những cấp nào? "
            + marker
            + "\nA) Trung ương và địa phương\nB) Chỉ trung ương\nANSWER: A\n");
    browser.open("/bank/import.xhtml");
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript("PF('targetMenu').selectValue('" + topicId + "')");
    js.executeScript("PF('formatMenu').selectValue('aiken')");
    browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(aiken.toString());
    browser.navigate("#import\\:upload");
    assertThat(browser.text("#import\\:questions")).contains(marker, TOPIC);
    browser.navigate("#import\\:confirm");
    assertThat(browser.text("#import\\:messages")).contains("Đã nhập 2");
  }

  private String itemWith(String stem) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//div[contains(@class,'sh-review-item')][.//*[contains(text(),'" + stem + "')]]"))
        .getAttribute("id");
  }
}
