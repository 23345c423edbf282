package org.permanenceplatform.gateway.web.support;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The child's record page over real HTTP with stand-ins for permanence-service and support-service: the family's
 * support in brief for the permanence team, and a record that still shows, saying so honestly, when the family has no
 * support case or support-service cannot answer. And the regional adoption agency's read-only support page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupportSummaryOnTheRecordTest {

    static final CannedService SERVICES = new CannedService(SupportSummaryOnTheRecordTest::answer);
    static final Set<String> RECEIVED = SERVICES.received().keySet();
    static Path data;

    /** The code lists the record's forms offer, empty: this test is about the support section. */
    static final String REFERENCE = Stream.of("legalStatuses", "reasonsCeased", "assessmentTypes", "routes",
                    "orderTypes", "placementTypes", "providers", "distanceBands", "purchaseRoutes", "moveKinds",
                    "reasonsForChange", "endKinds", "moveSteps")
            .map(list -> "\"" + list + "\": []").collect(Collectors.joining(", ", "{", "}"));

    static String child(String id, String localChildId) {
        return """
                {"id": "%s", "localChildId": "%s", "givenName": "Maya", "familyName": "Stone",
                 "dateOfBirth": "2016-04-02", "sex": "F", "ethnicity": "WBRI", "allocatedWorker": null, "version": 3,
                 "delay": {"clocks": [], "daysInCare": null, "planBySecondReview": null, "planRequiredBy": null},
                 "periods": [], "plan": null, "planHistory": [], "assessments": [], "placements": [], "moves": [],
                 "permanence": [], "education": []}""".formatted(id, localChildId);
    }

    static Answer answer(String call) {
        return switch (call) {
            case "GET /api/permanence/reference" -> new Answer(200, REFERENCE);
            case "GET /api/permanence/children/k1" -> new Answer(200, child("k1", "C1"));
            case "GET /api/permanence/children/k2" -> new Answer(200, child("k2", "C2"));
            case "GET /api/permanence/children/k3" -> new Answer(200, child("k3", "C3"));
            case "GET /api/support/children/C1/summary" -> new Answer(200, """
                    {"caseId": "s1", "laCode": "840", "localChildId": "C1", "route": "SPECIAL_GUARDIANSHIP",
                     "permanenceDate": "2025-03-01", "waitingRequests": 2, "overdueClocks": 1,
                     "servicesInPlace": 1, "allowances": ["SPECIAL_GUARDIANSHIP"], "riskFlags": 1,
                     "breakdowns": [], "asOf": "2026-05-01"}""");
            case "GET /api/support/children/C3/summary" -> new Answer(503, "{\"status\": 503}");
            case "GET /api/support/cases" -> new Answer(200, """
                    [{"id": "s9", "givenName": "Ava", "familyName": "Reed", "localChildId": "C9",
                      "route": "ADOPTION"}]""");
            case "GET /api/support/queue" -> new Answer(200, "[]");
            case "GET /api/support/dashboard" -> new Answer(200, """
                    {"cases": 1, "waitingRequests": 0, "waitingByAge": {}, "overdue": {"FIRST_RESPONSE": 0,
                     "NEEDS_ASSESSMENT": 0, "SERVICE_START": 0}, "riskFlags": 0, "breakdownsInLastYear": 0,
                     "allowancesBelowMinimum": 1}""");
            case "GET /api/support/allowances/below-minimum" -> new Answer(200, """
                    [{"caseId": "s9", "laCode": "840", "givenName": "Ava", "familyName": "Reed",
                      "below": {"caseId": "s9", "allowance": {"id": "a1", "kind": "ADOPTION", "amount": 40.00,
                      "frequency": "WEEKLY", "start": "2026-01-01"}, "weeklyAmount": 40.00, "minimum": 170.00,
                      "shortfall": 130.00}}]""");
            default -> CannedService.notFound();
        };
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) throws IOException {
        data = Files.createTempDirectory("support-summary");
        String services = SERVICES.url();
        properties.add("spring.mongodb.uri", () -> TestStore.freshDatabaseUri("support_summary"));
        properties.add("management.server.port", () -> "0");
        properties.add("platform.gateway.local-mode", () -> "true");
        properties.add("platform.gateway.data-directory", () -> data.toString());
        properties.add("PLATFORM_SECURE_COOKIES", () -> "false");
        properties.add("PERMANENCE_URL", () -> services);
        properties.add("SUPPORT_URL", () -> services);
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

    @Test
    void aPractitionerSeesTheFamilysSupportInBriefOnTheChildsRecord() throws IOException {
        signIn("practitioner.durham");
        Reply record = browser.get("/children/k1");
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body()).contains("Maya Stone", "Post-permanence support", "SPECIAL_GUARDIANSHIP on 2025-03-01",
                "id=\"support-waiting\">2<", "id=\"support-overdue\">1<", "id=\"support-flags\">1<");
    }

    @Test
    void theRecordStillShowsAndSaysSoWhenSupportServiceCannotAnswer() throws IOException {
        signIn("practitioner.durham");
        Reply record = browser.get("/children/k3");
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body()).contains("Maya Stone", "Support information is not available right now")
                .doesNotContain("support-summary");
    }

    @Test
    void theRecordOfAChildWithoutASupportCaseSaysSo() throws IOException {
        signIn("practitioner.durham");
        Reply record = browser.get("/children/k2");
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body()).contains("Maya Stone", "No support case")
                .doesNotContain("Support information is not available");
    }

    @Test
    void anIroSeesTheRecordWithoutAskingSupportServiceAnything() throws IOException {
        signIn("iro.durham");
        assertThat(browser.get("/children/k1").body()).contains("Maya Stone").doesNotContain("Post-permanence support");
        assertThat(RECEIVED).noneMatch(path -> path.contains("/api/support/"));
    }

    @Test
    void aSupportWorkersHomeShowsTheAllowancesBelowTheMinimumAndTheFormToOpenACase() throws IOException {
        signIn("support.durham");
        Reply home = browser.get("/support");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"below-minimum\"", "Ava Reed", "ADOPTION, £40.00 WEEKLY", ">130.00<",
                "Open the case");
    }

    @Test
    void theRegionalAdoptionAgencyReadsItsAdoptionCasesWithNoQueueAndNoForms() throws IOException {
        signIn("raa.durham");
        Reply home = browser.get("/support");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/support\"", "Adoption support cases", "Ava Reed")
                .doesNotContain("Requests waiting", "Open a case", "below the national minimum");
        assertThat(RECEIVED).containsExactly("GET /api/support/cases");
    }
}
