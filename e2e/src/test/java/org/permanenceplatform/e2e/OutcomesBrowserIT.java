package org.permanenceplatform.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.launcher.Platform;
import org.permanenceplatform.launcher.load.ApiLoader;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boards' outcome pages in real headless Chromium: a regional board member opens the board dashboard and Chart.js
 * has drawn every chart; the national board runs a query and downloads the CSV, which follows the EES rules
 * (EES-FORMAT.md: the mandatory columns, six-digit consecutive financial years, the standard geographic levels, and
 * every indicator cell a plain number or one of the GSS symbols).
 */
@ExtendWith(RunningPlatform.class)
class OutcomesBrowserIT {

    static final int EVERY_NTH = 16;
    /** Children looked after on 31 March: every child in care that day is in it, so the subset surely is. */
    static final String INDICATOR = "placement_moves_3plus";
    static final String PERIOD = "2024-25";
    static final Set<String> SYMBOLS = Set.of("c", "z", "x", "low");
    static final Set<String> LEVELS = Set.of("National", "Regional", "Local authority");

    static Platform platform;
    static Browser browser;
    static WebDriver driver;

    @BeforeAll
    static void start(Platform running) throws Exception {
        WalkingSkeletonIT.platform(running);
        platform = running;
        assertThat(Browser.available()).as("Chromium and chromedriver (apt-get install chromium chromium-driver)")
                .isTrue();
        browser = new Browser(Path.of(System.getProperty("platform.e2e.output", "target/e2e"), "screenshots"));
        driver = browser.driver();
        loadGeneratedChildren(running);
    }

    /**
     * Figures need children with periods of care: County Durham's generated children (seed 7, the year to 31 March
     * 2025), every {@value #EVERY_NTH}th from the fifth on, a subset that GeneratedLaLoadsThroughTheApiIT (every
     * 8th from the first) never loads, entered through the gateway as its people would. Then wait until they
     * have reached the national dataset.
     */
    static void loadGeneratedChildren(Platform running) throws Exception {
        List<Child> generated = new ArrayList<>();
        Generator.generate(new Settings(7, 2025, 1, GeneratedLaLoadsThroughTheApiIT.AS_OF, List.of("840")),
                generated::add);
        List<Child> covered = generated.stream().filter(child -> !child.periods().get(0).start()
                .isBefore(GeneratedLaLoadsThroughTheApiIT.FIRST_DAY_THE_SERVICE_CLOCKS_COVER)).toList();
        Map<String, String> logins = GeneratedLaLoadsThroughTheApiIT.logins(running);
        ApiLoader loader = new ApiLoader(new ApiLoader.Team("practitioner.durham",
                GeneratedLaLoadsThroughTheApiIT.signedIn(running, logins, "practitioner.durham"),
                GeneratedLaLoadsThroughTheApiIT.signedIn(running, logins, "iro.durham"),
                GeneratedLaLoadsThroughTheApiIT.signedIn(running, logins, "decisions.durham"),
                GeneratedLaLoadsThroughTheApiIT.signedIn(running, logins, "virtualschool.durham"),
                GeneratedLaLoadsThroughTheApiIT.signedIn(running, logins, "support.durham")));
        for (int i = 4; i < covered.size(); i += EVERY_NTH) {
            loader.load(covered.get(i));
        }
        GatewaySession national = WalkingSkeletonIT.signedIn("board.national");
        NationalDatasetFeedIT.await("figures for " + INDICATOR + " in " + PERIOD, () -> {
            Reply figures = national.get("/api/outcomes/figures?indicator=" + INDICATOR + "&period=" + PERIOD
                    + "&by=la");
            return figures.status() == 200 && !figures.json().get("rows").isEmpty() ? figures : null;
        });
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static void signIn(String username) {
        driver.get(platform.gatewayUrl() + "/login");
        driver.manage().deleteAllCookies();
        driver.get(platform.gatewayUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(WalkingSkeletonIT.logins.get(username));
        browser.clickAndWait(By.cssSelector("button[type=submit]"), platform.gatewayUrl() + "/");
    }

    static void assertAccessible(String page) {
        List<String> violations = browser.seriousViolations();
        if (!violations.isEmpty()) {
            browser.savePage(page.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        assertThat(violations).as("axe-core on " + page + " (page saved under target/e2e/pages)").isEmpty();
    }

    /** Whether Chart.js has drawn a chart on this canvas. */
    static boolean drawn(WebElement canvas) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const chart = Chart.getChart(arguments[0]); return chart !== undefined && chart !== null;", canvas));
    }

    /** How many lines or sets of bars the chart on this canvas has drawn (a threshold line counts). */
    static long datasets(WebElement canvas) {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Chart.getChart(arguments[0]).data.datasets.length;", canvas);
    }

    @Test
    void aBoardMemberOpensTheDashboardAndSeesTheChartsDrawnWithTheirTables() {
        signIn("board.northeast");
        driver.findElement(By.cssSelector("#navigation a[href='/outcomes/board']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60))
                .until(page -> page.getCurrentUrl().endsWith("/outcomes/board")
                        && !page.findElements(By.tagName("h1")).isEmpty());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Board dashboard");
        List<WebElement> canvases = driver.findElements(By.cssSelector("canvas"));
        assertThat(canvases).as("a bar chart and a trend for each indicator").hasSizeGreaterThanOrEqualTo(2);
        assertThat(canvases).allSatisfy(canvas -> assertThat(drawn(canvas)).as(canvas.getAttribute("id")).isTrue());
        WebElement loaded = driver.findElement(By.id("section-" + INDICATOR));
        assertThat(loaded.findElement(By.id("latest-" + INDICATOR + "-table")).getText())
                .contains("County Durham", "Darlington", "England");
        assertThat(loaded.findElement(By.id("trend-" + INDICATOR + "-table")).getText())
                .contains(PERIOD, "County Durham", "Darlington", "England");
        assertThat(datasets(driver.findElement(By.id("trend-" + INDICATOR)))).isGreaterThanOrEqualTo(3);
        WebElement a10 = driver.findElement(By.id("section-adoption_a10"));
        assertThat(a10.getText()).contains("Threshold: 426 days");
        browser.screenshot("board-dashboard");
        assertAccessible("the board dashboard");
    }

    @Test
    void theNationalBoardRunsAQueryAndDownloadsACsvThatFollowsTheEesRules() throws Exception {
        signIn("board.national");
        driver.get(platform.gatewayUrl() + "/outcomes/query");
        new Select(driver.findElement(By.id("query-indicator"))).selectByValue(INDICATOR);
        new Select(driver.findElement(By.id("query-period"))).selectByValue(PERIOD);
        new Select(driver.findElement(By.id("query-by1"))).selectByValue("la");
        browser.clickAndWait(By.id("run-query"));
        assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).isEmpty();
        assertThat(driver.findElement(By.id("figures-" + INDICATOR)).getText()).contains("County Durham", "England");
        assertThat(drawn(driver.findElement(By.id("query-chart")))).isTrue();
        browser.screenshot("national-query");
        assertAccessible("the national board's query with its results");

        String period = new Select(driver.findElement(By.id("query-period"))).getFirstSelectedOption().getText();
        List<List<String>> data = csv(download(driver.findElement(By.id("download-csv")).getAttribute("href")));
        List<List<String>> meta = csv(download(driver.findElement(By.id("download-meta")).getAttribute("href")));
        followsTheEesRules(data, meta, period);
    }

    static void followsTheEesRules(List<List<String>> data, List<List<String>> meta, String period) {
        List<String> header = data.get(0);
        assertThat(header).contains("time_period", "time_identifier", "geographic_level", "country_code",
                "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name");
        assertThat(header).allSatisfy(column -> assertThat(column).matches("[a-z][a-z0-9_]*"));
        assertThat(meta.get(0)).containsExactly("col_name", "col_type", "label", "indicator_grouping",
                "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column");
        List<String> indicators = meta.stream().skip(1).filter(row -> row.get(1).equals("Indicator"))
                .map(row -> row.get(0)).toList();
        assertThat(indicators).isNotEmpty();
        assertThat(header).containsAll(indicators);
        String sixDigits = period.substring(0, 4) + period.substring(5, 7);
        assertThat(data).hasSizeGreaterThan(1);
        Set<String> levels = new java.util.HashSet<>();
        for (List<String> row : data.subList(1, data.size())) {
            Map<String, String> cell = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cell.put(header.get(i), i < row.size() ? row.get(i) : "");
            }
            assertThat(cell.get("time_period")).isEqualTo(sixDigits);
            assertThat(cell.get("time_identifier")).isEqualTo("Financial year");
            assertThat(cell.get("geographic_level")).isIn(LEVELS);
            assertThat(cell.get("country_code")).isEqualTo("E92000001");
            levels.add(cell.get("geographic_level"));
            if (cell.get("geographic_level").equals("Local authority")) {
                assertThat(cell.get("old_la_code")).matches("\\d{3}");
                assertThat(cell.get("region_code")).matches("E1[23]\\d{6}");
            }
            if (cell.get("geographic_level").equals("National")) {
                assertThat(cell.get("region_code")).isEmpty();
            }
            for (String indicator : indicators) {
                assertThat(cell.get(indicator)).as(indicator + " in " + row)
                        .satisfiesAnyOf(value -> assertThat(value).matches("-?\\d+(\\.\\d+)?"),
                                value -> assertThat(value).isIn(SYMBOLS));
            }
        }
        assertThat(levels).contains("National", "Local authority");
    }

    /** Fetches a download link as the signed-in browser would: with its session cookie. */
    static String download(String url) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(Cookie::toString)
                .map(cookie -> cookie.split(";", 2)[0]).collect(Collectors.joining("; "));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(url + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
                .matches("attachment; filename=\"?[a-z0-9_-]+(\\.meta)?\\.csv\"?");
        return answer.body();
    }

    /** RFC 4180 CSV: quoted cells may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
