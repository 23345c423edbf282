package org.permanenceplatform.gateway.web.adopters;

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
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prospective adopters' pages over real HTTP, signed in as demo users, with a stand-in permanence-service that
 * answers as the real one does: the list, a household at the panel stage, and refusals (a conflict, a rule).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdopterPagesTest {

    static final CannedService SERVICE = new CannedService(AdopterPagesTest::answer);
    static final Map<String, String> RECEIVED = SERVICE.received();
    static Path data;

    static final String HOUSEHOLD = """
            {"id": "h1", "laCode": "840", "adults": ["Sam Green", "Alex Green"], "names": "Sam Green and Alex Green",
             "address": "2 Mill Lane", "registeredInterest": "2026-01-05", "allocatedWorker": null, "version": 5,
             "approval": null, "overdue": false, "nextDue": null,
             "assessment": {"id": "a1", "typeLabel": "Prospective adopters' approval", "started": "2026-01-05",
               "recommendation": "Approve", "outcome": null, "stages": [
                 {"key": "stage-one", "title": "Stage one", "decisionRole": null, "courtOrder": false,
                  "due": "2026-03-05", "completedOn": "2026-03-01", "status": "DONE"},
                 {"key": "stage-two", "title": "Stage two", "decisionRole": null, "courtOrder": false,
                  "due": "2026-07-01", "completedOn": "2026-06-29", "status": "DONE"},
                 {"key": "panel", "title": "Adoption panel recommendation", "decisionRole": null, "courtOrder": false,
                  "due": "2026-07-27", "completedOn": "2026-07-20", "status": "DONE"},
                 {"key": "approval", "title": "Agency decision on approval", "decisionRole": "DECISION_MAKER",
                  "courtOrder": false, "due": "2026-07-29", "completedOn": null, "status": "OVERDUE"}]}}""";

    static Answer answer(String call) {
        return switch (call) {
            case "GET /api/permanence/adopters" -> new Answer(200, """
                    [{"id": "h1", "names": "Sam Green and Alex Green", "registeredInterest": "2026-01-05",
                      "overdue": true, "nextDue": {"stage": "approval", "title": "Agency decision on approval",
                      "due": "2026-07-29", "status": "OVERDUE"}}]""");
            case "GET /api/permanence/adopters/h1" -> new Answer(200, HOUSEHOLD);
            case "POST /api/permanence/adopters" -> new Answer(201, "{\"id\": \"h2\", \"version\": 1}");
            case "POST /api/permanence/adopters/h1/assessment/decision" -> new Answer(409, """
                    {"type": "https://permanenceplatform.org/problems/conflict", "status": 409,
                     "detail": "The household was changed by someone else"}""");
            default -> CannedService.notFound();
        };
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) throws IOException {
        data = Files.createTempDirectory("adopter-pages");
        properties.add("spring.mongodb.uri", () -> TestStore.freshDatabaseUri("adopter_pages"));
        properties.add("management.server.port", () -> "0");
        properties.add("platform.gateway.local-mode", () -> "true");
        properties.add("platform.gateway.data-directory", () -> data.toString());
        properties.add("PLATFORM_SECURE_COOKIES", () -> "false");
        properties.add("PERMANENCE_URL", () -> SERVICE.url());
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

    Reply submit(String path, String csrfPage, Map<String, String> fields) {
        String csrf = browser.get(csrfPage).body().replaceAll("(?s).*name=\"_csrf\"\\s+value=\"([^\"]+)\".*", "$1");
        String form = fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(browser.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf)));
    }

    @Test
    void theRegionalAdoptionAgencySeesTheAdoptersWithTheOverdueFlagAndAnIroDoesNot() throws IOException {
        signIn("raa.durham");
        Reply list = browser.get("/adopters");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/adopters\"", "Sam Green and Alex Green", "Overdue",
                "Register a household");

        newBrowser();
        signIn("iro.durham");
        assertThat(browser.get("/").body()).doesNotContain("href=\"/adopters\"");
        assertThat(browser.get("/adopters").status()).isEqualTo(403);
    }

    @Test
    void theHouseholdPageShowsTheStagesAndOffersTheDecisionOnlyToTheDecisionMaker() throws IOException {
        signIn("decisions.durham");
        Reply page = browser.get("/adopters/h1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Adoption panel recommendation", "Agency decision on approval",
                "Record the agency decision on approval").doesNotContain("Record a withdrawal");

        newBrowser();
        signIn("practitioner.durham");
        assertThat(browser.get("/adopters/h1").body()).doesNotContain("Record the agency decision on approval")
                .contains("Record a withdrawal", "Correct the household");
        assertThat(submit("/adopters/h1/actions/decision", "/adopters/h1", Map.of("version", "5")).status())
                .isEqualTo(403);
    }

    @Test
    void aDecisionSomeoneElseOvertookSaysSoAndKeepsWhatWasTyped() throws IOException {
        signIn("decisions.durham");
        Reply refused = submit("/adopters/h1/actions/decision", "/adopters/h1", Map.of("version", "5",
                "approved", "true", "decidedOn", "2026-07-24", "reasons", "Agreed", "ageFrom", "0", "ageTo", "4",
                "numberOfChildren", "1"));
        assertThat(RECEIVED.get("POST /api/permanence/adopters/h1/assessment/decision"))
                .contains("\"approved\":true", "\"ageTo\":\"4\"");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("govuk-error-summary", "Someone else changed this record",
                "value=\"2026-07-24\"");
    }

    @Test
    void registeringAHouseholdSendsTheApplicantsAsAListAndOpensItsPage() throws IOException {
        signIn("practitioner.durham");
        Reply registered = submit("/adopters/new", "/adopters/new", Map.of("adult1", "Sam Green", "adult2", " ",
                "address", "2 Mill Lane", "registeredInterest", "2026-01-05"));
        assertThat(registered.status()).isEqualTo(303);
        assertThat(registered.header("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/adopters/h2"));
        assertThat(RECEIVED.get("POST /api/permanence/adopters")).contains("\"adults\":[\"Sam Green\"]")
                .doesNotContain("version");
    }
}
