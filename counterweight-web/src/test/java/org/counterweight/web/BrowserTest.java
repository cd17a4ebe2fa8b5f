package org.counterweight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI as a person uses it, in Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (both paths set, so Selenium Manager never runs and nothing is downloaded): the
 * network explorer loads with no console error and a click on a tie shows its evidence with its
 * quote; a scenario run shows its progress and then its fan chart; at 390 px no page is wider than
 * the screen. Screenshots at 1400 and 390 px go to {@code target/screenshots/} (the reviewed ones are
 * copied to {@code docs/}). Set {@code COUNTERWEIGHT_SKIP_BROWSER=1} to skip on a machine without Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private Workbench workbench;
    private WebServer server;
    private ChromeDriver driver;

    @BeforeAll
    void start(@TempDir Path folder) {
        Assumptions.assumeFalse("1".equals(System.getenv("COUNTERWEIGHT_SKIP_BROWSER")),
                "COUNTERWEIGHT_SKIP_BROWSER=1");
        assertThat(CHROMIUM).as("Debian's chromium (installed by .ci/run)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver (installed by .ci/run)").isExecutable();
        System.setProperty("SE_AVOID_STATS", "true");
        workbench = TestWorkbenches.copy(folder);
        server = WebServer.start(workbench, ServerSettings.readOnly(0));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + folder.resolve("chromium"),
                "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
            workbench.close();
        }
    }

    @Test
    void aClickOnATieShowsItsEvidenceWithItsQuoteAndNoConsoleError() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.get(server.url() + "#network?year=2015");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        WebElement tie = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("g.tie[data-pair='IND-PAK']")));

        assertThat(tie.getAttribute("data-basis")).isEqualTo("curated");
        assertThat(tie.getAttribute("data-sign")).isEqualTo("-");
        tie.findElement(By.cssSelector("line.hit")).click();
        WebElement quote = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#evidence .relation blockquote")));

        assertThat(quote.getText()).contains("arch rivals");
        assertThat(driver.findElement(By.id("evidence")).getText()).contains("IND – PAK in 2015", "curated",
                "Relation ind-pak-rivalry", "Source: Indo-US Strategic Partnership");
        screenshot("web-network-1400.png");
        assertNoConsoleErrors();
    }

    @Test
    void aScenarioRunShowsItsProgressThenItsFanChart() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.get(server.url() + "#scenarios");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scenario option")));
        WebElement runs = driver.findElement(By.id("runs"));
        runs.clear();
        runs.sendKeys("30");
        driver.findElement(By.id("run")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#fan svg.chart")));

        assertThat(driver.findElement(By.id("run-status")).getText()).contains("done: 60 of 60 runs");
        assertThat(driver.findElement(By.cssSelector(".progress > div")).getAttribute("style")).contains("100%");
        assertThat(driver.findElements(By.cssSelector("#fan svg path"))).hasSizeGreaterThan(3);
        screenshot("web-scenario-1400.png");
        assertNoConsoleErrors();
    }

    @Test
    void atPhoneWidthNoPageIsWiderThanTheScreen() {
        driver.manage().window().setSize(new Dimension(390, 844));
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        for (String page : List.of("network", "timeline", "charts", "scenarios", "claims")) {
            driver.get(server.url() + "#" + page);
            driver.navigate().refresh();
            wait.until(d -> !d.findElements(By.cssSelector("main svg, main .card, main select")).isEmpty());
            wait.until(d -> d.findElements(By.xpath("//main//*[starts-with(normalize-space(.), 'Loading')]"))
                    .isEmpty());
            long viewport = (Long) js("return document.documentElement.clientWidth;");
            long content = (Long) js("return document.documentElement.scrollWidth;");
            assertThat(content).as(page + " at 390 px").isLessThanOrEqualTo(viewport);
            if (page.equals("network")) {
                screenshot("web-network-390.png");
            }
        }
        assertNoConsoleErrors();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
