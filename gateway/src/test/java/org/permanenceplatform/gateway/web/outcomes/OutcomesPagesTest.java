package org.permanenceplatform.gateway.web.outcomes;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.gateway.web.CannedService;
import org.permanenceplatform.gateway.web.CannedService.Answer;
import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.TestStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome pages over real HTTP, signed in as demo users, with a stand-in outcomes-service answering as the real
 * one does (a board's view: two LAs, one of them suppressed, the grouping and England). The gateway's clock stands on
 * 15 June 2025, so the current financial year is 2025-26 and a trend runs from 2021-22.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutcomesPagesTest {

    static final CannedService SERVICE = CannedService.answeringByQuery(OutcomesPagesTest::answer);
    static Path data;

    static final String INDICATORS = """
            [{"id": "adoption_a10", "title": "Adoption A10: days from entering care to moving in", "unit": "days",
              "numerator": "Days from entering care to the adoption placement", "denominator": "Children adopted",
              "method": "Mean; 3-year rolling mean", "measures": ["children", "mean_days", "children_3_year",
              "mean_days_3_year"], "threshold": 426},
             {"id": "staying_put_18", "title": "Staying put at 18", "unit": "percent", "numerator": "Staying put",
              "denominator": "Care leavers at 18", "method": "Share", "measures": ["children", "share"],
              "threshold": null}]""";

    // Darlington's suppressed cell carries a stray value: the page must show the symbol and never that number.
    static final String FIGURES = """
            {"indicator": "adoption_a10", "title": "Adoption A10: days from entering care to moving in",
             "unit": "days", "threshold": 426, "period": "2025-26", "by": "la",
             "view": {"kind": "BOARD", "place": {"level": "BOARD_GROUPING", "code": "NE1", "name": "North East"}},
             "measures": ["children", "mean_days", "children_3_year", "mean_days_3_year"],
             "rows": [
              {"place": {"level": "LOCAL_AUTHORITY", "code": "840", "name": "County Durham"}, "category": null,
               "cells": {"children": {"value": "14", "treatment": "shown"},
                         "mean_days": {"value": "401", "treatment": "shown"},
                         "children_3_year": {"value": "40", "treatment": "shown"},
                         "mean_days_3_year": {"value": "433", "treatment": "shown"}}},
              {"place": {"level": "LOCAL_AUTHORITY", "code": "841", "name": "Darlington"}, "category": null,
               "cells": {"children": {"symbol": "c", "value": "98765", "treatment": "primary_suppression"},
                         "mean_days": {"symbol": "c", "treatment": "primary_suppression"},
                         "children_3_year": {"value": "12", "treatment": "shown"},
                         "mean_days_3_year": {"symbol": "x", "treatment": "shown"}}},
              {"place": {"level": "BOARD_GROUPING", "code": "NE1", "name": "North East"}, "category": null,
               "cells": {"children": {"value": "17", "treatment": "shown"},
                         "mean_days": {"value": "395", "treatment": "shown"},
                         "children_3_year": {"value": "52", "treatment": "shown"},
                         "mean_days_3_year": {"value": "418", "treatment": "shown"}}},
              {"place": {"level": "ENGLAND", "code": "E92000001", "name": "England"}, "category": null,
               "cells": {"children": {"value": "2,980", "treatment": "shown"},
                         "mean_days": {"value": "452", "treatment": "shown"},
                         "children_3_year": {"value": "9,010", "treatment": "shown"},
                         "mean_days_3_year": {"value": "461", "treatment": "shown"}}}]}""";

    static final String STAYING_PUT = """
            {"indicator": "staying_put_18", "title": "Staying put at 18", "unit": "percent", "threshold": null,
             "period": "2025-26", "by": "la", "measures": ["children", "share"],
             "rows": [{"place": {"level": "LOCAL_AUTHORITY", "code": "840", "name": "County Durham"},
                       "cells": {"children": {"value": "9", "treatment": "shown"},
                                 "share": {"value": "44", "treatment": "shown"}}},
                      {"place": {"level": "ENGLAND", "code": "E92000001", "name": "England"},
                       "cells": {"children": {"value": "1,200", "treatment": "shown"},
                                 "share": {"symbol": "low", "treatment": "shown"}}}]}""";

    static Answer answer(String call) {
        if (call.startsWith("GET /api/outcomes/figures?indicator=staying_put_18&period=2024-25&by=la,kinship")) {
            return new Answer(400, """
                    {"type": "https://permanenceplatform.org/problems/validation", "status": 400,
                     "title": "Invalid request", "detail": "by: at most one dimension here",
                     "errors": [{"field": "by", "message": "must be one of england, region, la"}]}""");
        }
        if (call.startsWith("GET /api/outcomes/figures?indicator=staying_put_18&")) {
            return new Answer(200, STAYING_PUT);
        }
        return switch (call.startsWith("GET /api/outcomes/figures?") ? "GET /api/outcomes/figures" : call) {
            case "GET /api/outcomes/indicators" -> new Answer(200, INDICATORS);
            case "GET /api/outcomes/indicators/adoption_a10" -> new Answer(200,
                    INDICATORS.substring(INDICATORS.indexOf('{'), INDICATORS.indexOf("},") + 1));
            case "GET /api/outcomes/figures" -> new Answer(200, FIGURES);
            default -> CannedService.notFound();
        };
    }

    @TestConfiguration
    static class MidJune2025 {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) throws IOException {
        data = Files.createTempDirectory("outcomes-pages");
        properties.add("spring.mongodb.uri", () -> TestStore.freshDatabaseUri("outcomes_pages"));
        properties.add("management.server.port", () -> "0");
        properties.add("platform.gateway.local-mode", () -> "true");
        properties.add("platform.gateway.data-directory", () -> data.toString());
        properties.add("PLATFORM_SECURE_COOKIES", () -> "false");
        properties.add("OUTCOMES_URL", () -> SERVICE.url());
    }

    @AfterAll
    static void stopService() {
        SERVICE.close();
    }

    @LocalServerPort
    int port;

    GatewaySession browser;

    @BeforeEach
    void newBrowser() {
        browser = new GatewaySession("http://127.0.0.1:" + port);
        SERVICE.forget();
    }

    void signIn(String username) throws IOException {
        Map<String, String> logins = Files.readAllLines(data.resolve("gateway/demo-logins.txt")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.trim().split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
        assertThat(browser.trySignIn(username, logins.get(username)).status()).isEqualTo(302);
    }

    int status(String path) {
        return browser.send(HttpRequest.newBuilder(browser.uri(path)).GET()).status();
    }

    List<String> figureCalls() {
        return SERVICE.queries().stream().filter(call -> call.startsWith("GET /api/outcomes/figures?")).toList();
    }

    @Test
    void anLasStaffSeeTheirDashboardAndNeitherTheBoardsNorTheQuery() throws IOException {
        signIn("practitioner.durham");
        Reply dashboard = browser.get("/outcomes");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("href=\"/outcomes\"", "Adoption A10: days from entering care to moving in",
                        ">433<", ">461<", ">426<", "mean_days_3_year", ">44<", ">low<")
                .doesNotContain("href=\"/outcomes/board\"", "href=\"/outcomes/query\"");
        assertThat(figureCalls()).contains(
                "GET /api/outcomes/figures?indicator=adoption_a10&period=2025-26&by=la",
                "GET /api/outcomes/figures?indicator=staying_put_18&period=2025-26&by=la");
        assertThat(status("/outcomes/board")).isEqualTo(403);
        assertThat(status("/outcomes/query")).isEqualTo(403);
    }

    @Test
    void peopleWhoMayNotReadFiguresAreRefusedAndBoardsAreSentToTheirDashboard() throws IOException {
        signIn("provider.demo");
        assertThat(status("/outcomes")).isEqualTo(403);
        assertThat(status("/outcomes/indicators/adoption_a10")).isEqualTo(403);
        newBrowser();
        signIn("admin");
        assertThat(status("/outcomes/board")).isEqualTo(403);
        assertThat(browser.get("/").body()).doesNotContain("/outcomes");
        newBrowser();
        signIn("board.northeast");
        Reply own = browser.send(HttpRequest.newBuilder(browser.uri("/outcomes")).GET());
        assertThat(own.status()).isEqualTo(303);
        assertThat(own.header("Location")).hasValue("/outcomes/board");
        assertThat(status("/outcomes/query")).isEqualTo(403);
        assertThat(browser.get("/").body()).contains("href=\"/outcomes/board\"")
                .doesNotContain("href=\"/outcomes/query\"");
        newBrowser();
        assertThat(status("/outcomes/board")).isEqualTo(302);
    }

    @Test
    void theBoardSeesItsLasSideBySideWithFiveYearTrendsThresholdsAndSymbolsNeverNumbers() throws IOException {
        signIn("board.northeast");
        Reply board = browser.get("/outcomes/board");
        assertThat(board.status()).isEqualTo(200);
        String page = board.body();
        assertThat(page).contains("<canvas id=\"latest-adoption_a10\"", "<canvas id=\"trend-adoption_a10\"",
                "data-chart-for=\"trend-adoption_a10\"", "/webjars/chart.js/4.5.1/dist/chart.umd.min.js",
                "/js/charts.js", "County Durham", "Darlington", "North East", "England",
                "Threshold (days)", "\"threshold\":426", "2021-22", "2025-26", "What the symbols mean")
                .doesNotContain("98765");
        // The chart gets a gap (null) where the table shows the symbol.
        assertThat(page).contains("\"values\":[433.0,null,418.0,461.0]", "\"shown\":[\"433\",\"x\",\"418\",\"461\"]");
        for (String period : List.of("2025-26", "2024-25", "2023-24", "2022-23", "2021-22")) {
            assertThat(figureCalls()).contains(
                    "GET /api/outcomes/figures?indicator=adoption_a10&period=" + period + "&by=la");
        }
        // A share has no threshold in days: no threshold line on its charts.
        String stayingPut = page.substring(page.indexOf("id=\"section-staying_put_18\""));
        assertThat(stayingPut).doesNotContain("\"threshold\":426").contains("\"shown\":[\"44\",\"low\"]");
    }

    @Test
    void theNationalBoardComparesRegionsOnItsDashboard() throws IOException {
        signIn("board.national");
        assertThat(browser.get("/outcomes/board").status()).isEqualTo(200);
        assertThat(figureCalls()).contains(
                "GET /api/outcomes/figures?indicator=adoption_a10&period=2025-26&by=region");
        assertThat(browser.get("/").body()).contains("href=\"/outcomes/board\"", "href=\"/outcomes/query\"");
    }

    @Test
    void anIndicatorPageShowsItsMachineReadableDefinitionFiguresAndTrend() throws IOException {
        signIn("practitioner.durham");
        Reply page = browser.get("/outcomes/indicators/adoption_a10");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Days from entering care to the adoption placement", "Children adopted",
                "Mean; 3-year rolling mean", "426 days", "href=\"/api/outcomes/indicators/adoption_a10\"",
                "<canvas id=\"trend-adoption_a10\"", "figures-adoption_a10",
                "<abbr class=\"app-symbol\" title=\"confidential").doesNotContain("98765");
        assertThat(status("/outcomes/indicators/no_such_indicator")).isEqualTo(404);
    }

    @Test
    void theQueryFormNamesEveryFieldAtFaultInTheErrorSummaryAndAsksTheServiceNothing() throws IOException {
        signIn("board.national");
        assertThat(browser.get("/outcomes/query").body()).contains("id=\"query-indicator\"", "adoption_a10")
                .doesNotContain("govuk-error-summary");
        SERVICE.forget();
        Reply refused = browser.get("/outcomes/query?indicator=&period=1999-00&by1=postcode&by2=la&filters=female");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary", "Choose an indicator",
                "href=\"#query-indicator\"", "href=\"#query-period\"", "href=\"#query-by1\"",
                "href=\"#query-filters\"", "like sex:Female", "govuk-form-group--error");
        assertThat(figureCalls()).isEmpty();

        Reply samePlaceTwice = browser.get("/outcomes/query?indicator=adoption_a10&period=2024-25&by1=la&by2=region");
        assertThat(samePlaceTwice.status()).isEqualTo(400);
        assertThat(samePlaceTwice.body()).contains("href=\"#query-by2\"");
    }

    @Test
    void aQuerySendsASecondBreakdownAndFiltersOnlyWhenChosenAndLinksTheSameDownloads() throws IOException {
        signIn("board.national");
        Reply one = browser.get("/outcomes/query?indicator=adoption_a10&period=2024-25&by1=la&by2=&filters=");
        assertThat(one.status()).isEqualTo(200);
        assertThat(figureCalls()).containsExactly(
                "GET /api/outcomes/figures?indicator=adoption_a10&period=2024-25&by=la");
        assertThat(one.body()).contains(
                "href=\"/api/outcomes/exports/adoption_a10.csv?period=2024-25&amp;by=la\"",
                "href=\"/api/outcomes/exports/adoption_a10.meta.csv?period=2024-25&amp;by=la\"",
                "href=\"/api/outcomes/exports/adoption_a10.json?period=2024-25&amp;by=la\"",
                "<canvas id=\"query-chart\"", "What the symbols mean", ">c</abbr>").doesNotContain("98765");

        SERVICE.forget();
        Reply two = browser.get("/outcomes/query?indicator=adoption_a10&period=2024-25&by1=la&by2=sex"
                + "&filters=route%3AADOPTION%0D%0Aage_band%3A1-4");
        assertThat(two.status()).isEqualTo(200);
        assertThat(figureCalls()).containsExactly("GET /api/outcomes/figures?indicator=adoption_a10"
                + "&period=2024-25&by=la,sex&filter=route:ADOPTION&filter=age_band:1-4");
        assertThat(two.body()).contains("adoption_a10.csv?period=2024-25&amp;by=la%2Csex"
                + "&amp;filter=route%3AADOPTION&amp;filter=age_band%3A1-4");
    }

    @Test
    void aQueryTheServiceRefusesComesBackWithItsReasonInTheErrorSummary() throws IOException {
        signIn("board.national");
        Reply refused = browser.get("/outcomes/query?indicator=staying_put_18&period=2024-25&by1=la&by2=kinship");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary", "href=\"#query-by1\"",
                "by must be one of england, region, la").doesNotContain("id=\"downloads\"");
    }
}
