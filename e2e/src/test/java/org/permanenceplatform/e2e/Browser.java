package org.permanenceplatform.e2e;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's headless Chromium driven through its own chromedriver (both given explicitly: nothing is downloaded),
 * with axe-core injected to check accessibility and screenshots written under target/.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("platform.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("platform.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path screenshots;
    private final String axe;

    Browser(Path screenshots) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
                "--disable-backgrounding-occluded-windows", "--window-size=1280,1000");
        // Diagnostics for a stall (docs/adr/008): Chromium's own record of every request, and the DevTools
        // network events in the chromedriver log. The second changes how Chromium loads pages: stalls were not
        // seen with it on.
        if (System.getProperty("platform.chromium.netlog") != null) {
            options.addArguments("--log-net-log=" + System.getProperty("platform.chromium.netlog"));
        }
        if (Boolean.getBoolean("platform.chromedriver.network")) {
            options.setCapability("goog:loggingPrefs", java.util.Map.of("performance", "ALL"));
        }
        Files.createDirectories(screenshots.getParent());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort()
                .withLogFile(screenshots.getParent().resolve("chromedriver.log").toFile())
                .withVerbose(Boolean.getBoolean("platform.chromedriver.verbose")).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        this.screenshots = screenshots;
        Files.createDirectories(screenshots);
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath");
            }
            this.axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    WebDriver driver() {
        return driver;
    }

    /** Clicks something that leaves the page, and waits until the next page has loaded. */
    void clickAndWait(org.openqa.selenium.By what) {
        clickAndWait(what, null);
    }

    /**
     * As {@link #clickAndWait(org.openqa.selenium.By)}, for a form whose answer lands on a known page. Now and then
     * (rarely; see docs/adr/008) the page after a sign-in or sign-out post never fires its load event although the
     * gateway answered the post, the page and all but one stylesheet, and that stylesheet never reached the
     * gateway's access log: chromedriver then waits out the page-load timeout. The browser is then sent to the
     * landing page, and the test's own assertions decide whether the post did what it should. Each such recovery is
     * reported with the time of the click, in the clock of the chromedriver log and the gateway's access log.
     */
    void clickAndWait(org.openqa.selenium.By what, String landingUrl) {
        long clicked = System.currentTimeMillis();
        try {
            org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
            driver.findElement(what).click();
            org.openqa.selenium.support.ui.WebDriverWait wait =
                    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(browser -> left(page));
            wait.until(ready -> "complete".equals(((JavascriptExecutor) ready).executeScript("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException stalled) {
            if (landingUrl == null) {
                throw stalled;
            }
            System.err.println("The browser stalled after " + what + ", clicked at " + clicked / 1000.0 + " ("
                    + stalled.getMessage().lines().findFirst().orElse("") + "); going on to " + landingUrl
                    + ". Evidence: target/e2e/chromedriver.log and the gateway's access log in the platform's logs.");
            driver.navigate().to(landingUrl);
        }
    }

    /** Whether the page this element belonged to has gone (the element is stale or detached). */
    private static boolean left(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.TimeoutException stillLoading) {
            throw stillLoading;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true; // stale, or "node does not belong to the document": the old page is gone either way
        }
    }

    void screenshot(String name) {
        try {
            Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's accessibility violations of serious or critical impact, as "rule (impact): n nodes". */
    java.util.List<String> seriousViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.length + ' nodes')))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        @SuppressWarnings("unchecked")
        java.util.List<String> violations = (java.util.List<String>) result;
        return violations;
    }

    /** Keeps the page's HTML under target/e2e/pages, to read when a check on it fails. */

    void savePage(String name) {
        try {
            Path pages = java.nio.file.Files.createDirectories(screenshots.resolveSibling("pages"));
            java.nio.file.Files.writeString(pages.resolve(name + ".html"), driver.getPageSource());
        } catch (java.io.IOException e) {
            System.out.println("Could not save the page " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
