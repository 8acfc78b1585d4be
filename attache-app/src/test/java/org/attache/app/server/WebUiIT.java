package org.attache.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian's chromium and chromium-driver), against the hand-made
 * store: each page loads, search finds, an article shows its facts highlighted and a clicked quote
 * its speaker, markup in an article stays text, the charts draw. Screenshots go to
 * target/screenshots for a person to look at. Skipped where chromedriver is not installed.
 */
class WebUiIT {

  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static ChromeDriver driver;
  private static Path profile;
  private static String base;

  @BeforeAll
  static void browser() throws IOException {
    assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER), "chromium and chromium-driver are not installed");
    base = ServedStore.server().url();
    profile = Files.createTempDirectory("attache-chromium");
    ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void open(String hash) {
    driver.get(base + hash);
  }

  private static WebElement await(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private static void shot(String name) throws IOException {
    File f = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void homeListsTheArticlesAndSearchFindsThem() throws IOException {
    open("#/");
    await(".hits .card");
    assertThat(driver.findElements(By.cssSelector(".hits .card"))).hasSize(4);
    shot("home.png");
    WebElement q = driver.findElement(By.name("q"));
    q.sendKeys("Baku", Keys.ENTER);
    await(".hit");
    assertThat(driver.getCurrentUrl()).contains("#/search?q=Baku");
    assertThat(driver.findElements(By.cssSelector(".hit"))).hasSize(2);
    assertThat(driver.findElement(By.cssSelector(".hit mark")).getText()).isEqualTo("Baku");
    // regression: an absent pager was once rendered as the word "null"
    assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("null");
    shot("search.png");
  }

  @Test
  void anArticleHighlightsItsFactsAndAClickedQuoteShowsItsSpeaker() throws IOException {
    open("#/doc/apa-1");
    WebElement quote = await("#article-text span.q");
    assertThat(driver.findElements(By.cssSelector("#article-text span.m"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#article-text span.e"))).isNotEmpty();
    quote.click();
    WebElement detail = await(".quote-detail");
    assertThat(detail.getText()).contains("Karabakh is Azerbaijan").contains("Jeyhun Bayramov").contains("Azerbaijan");
    shot("article.png");
    detail.findElement(By.linkText("Jeyhun Bayramov")).click();
    await(".roles");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Jeyhun Bayramov");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Foreign Minister of Azerbaijan").contains("Ararat Mirzoyan");
    shot("actor.png");
  }

  @Test
  void markupInAnArticleShowsAsText() throws IOException {
    open("#/doc/arm-1");
    WebElement text = await("#article-text");
    assertThat(text.getText()).contains("This is <script>alert('x')</script> unacceptable");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Yerevan: <b>shelling</b> <script>alert(1)</script>");
    assertThat(driver.findElements(By.cssSelector("main script, main b"))).isEmpty();
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    shot("article-markup.png");
  }

  @Test
  void theRelationshipPageChartsEventsPerMonth() throws IOException {
    open("#/pair/aze/arm");
    await("#timeline-chart canvas");
    assertThat(driver.findElements(By.cssSelector("table.events tr"))).hasSizeGreaterThan(1);
    shot("relationship.png");
  }

  @Test
  void theNetworkAndActorsPagesLoad() throws IOException {
    open("#/graph?from=2021&to=2021");
    await("#graph-chart canvas");
    shot("network.png");
    open("#/actors");
    await("table tr td a.actor");
    assertThat(driver.findElements(By.cssSelector("table tr td a.actor"))).hasSize(6);
    shot("actors.png");
  }

  @Test
  void aMissingArticleSaysSo() {
    open("#/doc/no-such-article");
    assertThat(await(".error").getText()).contains("no document 'no-such-article'");
  }
}
