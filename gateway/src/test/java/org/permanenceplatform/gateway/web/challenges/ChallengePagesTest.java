package org.permanenceplatform.gateway.web.challenges;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.gateway.web.CannedService;
import org.permanenceplatform.gateway.web.CannedService.Answer;
import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.TestStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board challenge log's pages over real HTTP with a stand-in for outcomes-service: a board's own challenges and
 * its raise form, a refused raise coming back with the error summary, the LA's answer, and a close someone else
 * overtook.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChallengePagesTest {

    static final CannedService SERVICES = new CannedService(ChallengePagesTest::answer);
    static final Map<String, String> RECEIVED = SERVICES.received();
    static Path data;

    static String challenge(String id, String raisedFor, String text, boolean overdue, String status) {
        return """
                {"id": "%s", "kind": "CHALLENGE", "indicator": "adoption_a10", "target": "840",
                 "targetName": "County Durham", "raisedFor": "%s", "period": "2024-25", "text": "%s",
                 "due": "2026-11-30", "status": "%s", "overdue": %s, "answerable": true,
                 "raisedBy": "board.northeast", "raisedAt": "2026-11-01T09:00:00Z", "answer": null,
                 "closedBy": null, "closedAt": null, "version": 1}""".formatted(id, raisedFor, text, status, overdue);
    }

    static Answer answer(String call) {
        return switch (call) {
            case "GET /api/outcomes/challenges" -> new Answer(200, "[" + challenge("c1", "E12000001",
                    "Why did A10 lengthen?", true, "OPEN") + ", " + challenge("c2", "E92000001",
                    "National query on moves", false, "OPEN") + "]");
            case "GET /api/outcomes/challenges/c1" -> new Answer(200, challenge("c1", "E12000001",
                    "Why did A10 lengthen?", true, "OPEN"));
            case "GET /api/outcomes/indicators" -> new Answer(200, """
                    [{"id": "adoption_a10", "title": "Adoption A10: days from entering care to adoption"}]""");
            case "POST /api/outcomes/challenges" -> new Answer(422, """
                    {"type": "https://permanenceplatform.org/problems/rule-not-met", "status": 422,
                     "detail": "due: must not be in the past",
                     "errors": [{"field": "due", "message": "must not be in the past"}]}""");
            case "POST /api/outcomes/challenges/c1/answer" -> new Answer(200, challenge("c1", "E12000001",
                    "Why did A10 lengthen?", false, "ANSWERED"));
            case "POST /api/outcomes/challenges/c1/close" -> new Answer(409, """
                    {"type": "https://permanenceplatform.org/problems/conflict", "status": 409,
                     "detail": "The challenge was changed by someone else"}""");
            default -> CannedService.notFound();
        };
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) throws IOException {
        data = Files.createTempDirectory("challenge-pages");
        String services = SERVICES.url();
        properties.add("spring.mongodb.uri", () -> TestStore.freshDatabaseUri("challenge_pages"));
        properties.add("management.server.port", () -> "0");
        properties.add("platform.gateway.local-mode", () -> "true");
        properties.add("platform.gateway.data-directory", () -> data.toString());
        properties.add("PLATFORM_SECURE_COOKIES", () -> "false");
        properties.add("OUTCOMES_URL", () -> services);
    }

    @AfterAll
    static void stopServices() {
        SERVICES.close();
    }

    @LocalServerPort
    int port;

    GatewaySession browser;

    @BeforeEach
    void newBrowser() {
        browser = new GatewaySession("http://127.0.0.1:" + port);
        SERVICES.forget();
    }

    void signIn(String username) throws IOException {
        Map<String, String> logins = Files.readAllLines(data.resolve("gateway/demo-logins.txt")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.trim().split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
        assertThat(browser.trySignIn(username, logins.get(username)).status()).isEqualTo(302);
    }

    Reply submit(String path, String csrfPage, Map<String, String> fields) {
        String csrf = browser.get(csrfPage).body().replaceAll("(?s).*name=\"_csrf\"\\s+value=\"([^\"]+)\".*", "$1");
        String form = fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(browser.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf)));
    }

    @Test
    void aBoardSeesTheChallengesItRaisedAndTheFormToRaiseOne() throws IOException {
        signIn("board.northeast");
        Reply list = browser.get("/challenges");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/challenges\"", "Why did A10 lengthen?", "Overdue",
                "id=\"raise-form\"",
                "Adoption A10: days from entering care to adoption").doesNotContain("National query on moves");
    }

    @Test
    void aRefusedRaiseComesBackWithTheErrorSummaryNamingTheFieldAndWhatWasTyped() throws IOException {
        signIn("board.northeast");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("kind", "ACTION", "indicator", "adoption_a10",
                "target", "840", "period", "2024-25", "text", "Bring A10 down", "due", "2020-01-01"));
        Reply refused = submit("/challenges", "/challenges", fields);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("govuk-error-summary", "due: must not be in the past",
                "href=\"#raise-due\"", "value=\"2020-01-01\"", "Bring A10 down");
        assertThat(RECEIVED.get("POST /api/outcomes/challenges")).contains("\"kind\":\"ACTION\"",
                "\"target\":\"840\"", "\"due\":\"2020-01-01\"");
    }

    @Test
    void theLaSeesWhatIsAddressedToItAndAnswersIt() throws IOException {
        signIn("manager.durham");
        Reply list = browser.get("/challenges");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Why did A10 lengthen?", "Overdue").doesNotContain("raise-form");
        Reply page = browser.get("/challenges/c1");
        assertThat(page.body()).contains("id=\"answer-form\"").doesNotContain("close-form", "reopen-form");

        Reply answered = submit("/challenges/c1/answer", "/challenges/c1",
                Map.of("version", "1", "text", "Court delays for two sibling groups"));
        assertThat(answered.status()).isEqualTo(303);
        assertThat(answered.header("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/challenges/c1"));
        assertThat(RECEIVED.get("POST /api/outcomes/challenges/c1/answer")).contains("\"version\":\"1\"",
                "\"text\":\"Court delays for two sibling groups\"");
    }

    @Test
    void aCloseSomeoneElseOvertookSaysSo() throws IOException {
        signIn("board.northeast");
        assertThat(browser.get("/challenges/c1").body()).contains("id=\"close-form\"").doesNotContain("answer-form");
        Reply refused = submit("/challenges/c1/close", "/challenges/c1", Map.of("version", "1"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("govuk-error-summary", "Someone else changed this challenge");
    }

    @Test
    void onlyBoardsRaiseOnlyTheLaAnswersAndOthersSeeNothing() throws IOException {
        signIn("manager.durham");
        assertThat(submit("/challenges", "/challenges/c1", Map.of("kind", "ACTION")).status()).isEqualTo(403);
        newBrowser();
        signIn("board.northeast");
        assertThat(submit("/challenges/c1/answer", "/challenges", Map.of("version", "1", "text", "x")).status())
                .isEqualTo(403);
        newBrowser();
        signIn("provider.demo");
        assertThat(browser.get("/challenges").status()).isEqualTo(403);
        assertThat(browser.get("/").body()).doesNotContain("href=\"/challenges\"");
        assertThat(RECEIVED).doesNotContainKey("POST /api/outcomes/challenges")
                .doesNotContainKey("POST /api/outcomes/challenges/c1/answer");
    }
}
