package org.sathach.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.sathach.exam.PartKind;
import org.sathach.ranking.report.ReportReading.Row;
import org.sathach.testing.Browser;

/**
 * The committee's page of one post ({@code /committee/ranking.xhtml}) as a logged-in member sees it
 * in the browser: the figures of its table, its status, hash and votes, approving through the
 * confirmation dialog, and its reports downloaded with the member's session. Kept apart from {@code
 * RankingIT} so that the Selenium types stay out of the class the container loads.
 */
final class RankingPage {
  static final List<PartKind> PARTS =
      List.of(PartKind.THEORY, PartKind.PROFESSIONAL, PartKind.PRESENTATION);

  private final Browser browser;
  private final long post;

  RankingPage(Browser browser, long post) {
    this.browser = browser;
    this.post = post;
  }

  RankingPage open() {
    browser.open("/committee/ranking.xhtml?post=" + post);
    browser.find("[id='ranking:lines']");
    return this;
  }

  /** Every line of the table: rank, candidate number, a mark per part, total. */
  List<Row> figures() {
    List<Row> rows = new ArrayList<>();
    for (WebElement line : lines()) {
      Map<PartKind, BigDecimal> marks = new EnumMap<>(PartKind.class);
      for (PartKind part : PARTS) {
        String cell = cell(line, "mark-" + part);
        if (!cell.equals("—")) {
          marks.put(part, number(cell));
        }
      }
      String rank = cell(line, "rank");
      String total = cell(line, "total");
      rows.add(
          new Row(
              cell(line, "number"),
              rank.isEmpty() ? null : Integer.valueOf(rank),
              marks,
              total.isEmpty() ? null : number(total)));
    }
    return rows;
  }

  /** The whole text of a candidate's line, notes included. */
  String line(String candidateNumber) {
    return lines().stream()
        .filter(l -> cell(l, "number").equals(candidateNumber))
        .map(WebElement::getText)
        .findFirst()
        .orElseThrow(() -> new AssertionError(candidateNumber + " is not on the page"));
  }

  String status() {
    return browser.text("[id='ranking:statusTag']");
  }

  String count() {
    return browser.text("#count");
  }

  String hash() {
    return browser.text("#hash");
  }

  boolean canVote() {
    return browser.present("[id='ranking:approve']");
  }

  /** The vote table's rows, as text. */
  List<String> votes() {
    browser.find("[id='ranking:votes']");
    return browser.driver().findElements(By.cssSelector("[id='ranking:votes_data'] > tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Writes the comment, approves, says yes in the dialog: answers the page's message. */
  String approve(String comment) {
    browser.type("[id='ranking:comment']", comment);
    browser.click("[id='ranking:approve']");
    browser.confirm();
    return browser.text("[id='ranking:messages']");
  }

  /** A screenshot of the whole page from its top, under target/screenshots. */
  void screenshot(String name) {
    var script = (JavascriptExecutor) browser.driver();
    long height =
        ((Number) script.executeScript("return document.documentElement.scrollHeight")).longValue();
    browser.driver().manage().window().setSize(new Dimension(1280, (int) Math.min(height, 2400)));
    script.executeScript("window.scrollTo(0, 0)");
    browser.screenshot(name);
  }

  /**
   * Downloads what a link of the page points to with the browser's session cookie, as the member's
   * browser would, and checks the answer's content type.
   */
  byte[] download(String linkId, String type) throws Exception {
    String href = browser.find("[id='" + linkId + "']").getAttribute("href");
    String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .timeout(Duration.ofSeconds(60))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), href);
    assertEquals(type, response.headers().firstValue("Content-Type").orElse(null), href);
    return response.body();
  }

  private List<WebElement> lines() {
    return browser.driver().findElements(By.cssSelector("[id='ranking:lines_data'] > tr"));
  }

  private static String cell(WebElement line, String column) {
    return line.findElement(By.cssSelector("td." + column)).getText().strip();
  }

  /** A mark as the page prints it for a Vietnamese session: "86,10". */
  private static BigDecimal number(String printed) {
    assertTrue(printed.matches("\\d{1,3},\\d{2}"), "2 decimals after a comma: " + printed);
    return new BigDecimal(printed.replace(',', '.'));
  }
}
