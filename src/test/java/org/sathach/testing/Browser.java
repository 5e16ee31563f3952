package org.sathach.testing;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, with the waits a PrimeFaces page needs. Paths are
 * given explicitly so Selenium never tries to download a browser.
 */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final String base;
  private final WebDriverWait wait;

  public Browser(URL base) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=vi");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chrome.driver", "/usr/bin/chromedriver")))
            .build();
    this.driver = new ChromeDriver(service, options);
    this.base = base.toString().replaceAll("/$", "");
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base + path);
    waitForPage();
  }

  /** The path of the current page, without host or query. */
  public String path() {
    String url = driver.getCurrentUrl().replace(base, "");
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  public WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public void type(String css, String text) {
    wait.ignoring(StaleElementReferenceException.class, WebDriverException.class)
        .until(
            d -> {
              WebElement input = find(css);
              input.clear();
              input.sendKeys(text);
              return true;
            });
  }

  public void click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    waitForPage();
  }

  /** Clicks something that loads a new page (a non-ajax submit or a link) and waits for it. */
  public void navigate(String css) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    element.click();
    wait.until(ExpectedConditions.stalenessOf(element));
    waitForPage();
  }

  public String text(String css) {
    return find(css).getText();
  }

  public boolean present(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  public void login(String username, String password) {
    open("/login.xhtml");
    type("#login\\:username", username);
    type("input[id='login:password']", password);
    navigate("#login\\:submit");
  }

  public void logout() {
    navigate("#nav\\:logout");
  }

  /** Waits until the document is loaded and PrimeFaces' ajax queue is empty. */
  /**
   * Answers "yes" in PrimeFaces' confirmation dialog. The dialog fades in and centres itself as it
   * opens, so a click during that can land beside the button and be lost (seen once in CI): the
   * click waits for the dialog to stand still, and is repeated if the dialog stays open.
   */
  public void confirm() {
    By dialog = By.cssSelector(".ui-confirm-dialog");
    By yes = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes");
    for (int attempt = 1; ; attempt++) {
      WebElement button = wait.until(ExpectedConditions.elementToBeClickable(yes));
      wait.until(
          d -> {
            Rectangle before = button.getRect();
            sleep(150);
            return before.equals(button.getRect())
                && "1".equals(d.findElement(dialog).getCssValue("opacity"));
          });
      button.click();
      try {
        new WebDriverWait(driver, Duration.ofSeconds(3))
            .until(ExpectedConditions.invisibilityOfElementLocated(dialog));
        break;
      } catch (TimeoutException stillOpen) {
        if (attempt == 3) {
          throw stillOpen;
        }
      }
    }
    waitForPage();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public void waitForPage() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces"
                            + " || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
  }

  /** Saves a screenshot under target/screenshots, e.g. for the README. */
  public void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("sathach.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("screenshot " + name, e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
