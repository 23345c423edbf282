package org.permanenceplatform.support.supportcase.api;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.support.SupportFixtures;
import org.permanenceplatform.support.SupportFixtures.Ref;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.support.SupportFixtures.last;
import static org.permanenceplatform.support.SupportFixtures.lastRequestId;

/** A family's support case, over real HTTP against the running service and the embedded store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupportCaseApiTest {

    static final String LA = "840";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "cases");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    HttpApi api;
    SupportFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
        fixtures = new SupportFixtures(api);
        today = fixtures.today();
    }

    static void assertProblem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").toString()).as(reply.toString()).contains("\"field\":\"" + field + "\"");
    }

    static JsonNode clock(Ref supportCase, int request, String kind) {
        for (JsonNode clock : supportCase.body().at("/requests/" + request + "/clocks")) {
            if (clock.get("kind").asString().equals(kind)) {
                return clock;
            }
        }
        throw new AssertionError("no clock " + kind);
    }

    @Test
    void aRequestIsAnsweredAssessedAndMetByAPlannedServiceEachClockStoppingOnItsDay() {
        Ref family = fixtures.referred(LA, "ADOPTION");
        family = fixtures.requested(LA, family, "THERAPEUTIC", 10);
        String request = lastRequestId(family);
        assertThat(clock(family, 0, "FIRST_RESPONSE").get("status").asString()).isEqualTo("OVERDUE");

        family = fixtures.act(LA, family, "/requests/" + request + "/first-response",
                "\"date\": \"%s\"".formatted(today.minusDays(8)));
        family = fixtures.act(LA, family, "/assessments", """
                "requestId": "%s", "completed": "%s", "needs": "Therapeutic parenting support\""""
                .formatted(request, today.minusDays(2)));
        family = fixtures.act(LA, family, "/plans", "\"assessmentId\": \"%s\", \"agreed\": \"%s\", \"reviewDue\": \"%s\""
                .formatted(last(family, "assessments"), today.minusDays(1), today.plusMonths(6)));
        family = fixtures.act(LA, family, "/plans/" + last(family, "plans") + "/services", """
                "requestId": "%s", "provider": "Family Futures", "description": "Play therapy", "start": "%s",
                "weeklyCost": 95.00, "fundingSource": "ADOPTION_AND_SPECIAL_GUARDIANSHIP_SUPPORT_FUND\""""
                .formatted(request, today));

        assertThat(clock(family, 0, "FIRST_RESPONSE").get("status").asString()).isEqualTo("MET");
        assertThat(clock(family, 0, "NEEDS_ASSESSMENT").get("status").asString()).isEqualTo("MET");
        assertThat(clock(family, 0, "SERVICE_START").get("stopped").asString()).isEqualTo(today.toString());
        assertThat(family.body().at("/plans/0/services/0/weeklyCost").decimalValue()).isEqualByComparingTo("95.00");
        assertThat(family.version()).isEqualTo(6);
        assertThat(api.get("/api/support/queue", fixtures.worker(LA)).body()).doesNotContain(request);
    }

    @Test
    void theQueueShowsWaitingRequestsOverdueFirstAndTheDashboardCountsThem() {
        Ref recent = fixtures.requested(LA, fixtures.referred(LA, "KINSHIP"), "RESPITE", 0);
        Ref late = fixtures.requested(LA, fixtures.referred(LA, "KINSHIP"), "CONTACT", 40);

        JsonNode queue = api.get("/api/support/queue", fixtures.worker(LA)).json();
        int lateAt = -1;
        int recentAt = -1;
        for (int i = 0; i < queue.size(); i++) {
            String id = queue.get(i).at("/item/requestId").asString();
            lateAt = id.equals(lastRequestId(late)) ? i : lateAt;
            recentAt = id.equals(lastRequestId(recent)) ? i : recentAt;
        }
        assertThat(lateAt).isNotNegative().isLessThan(recentAt);
        assertThat(queue.get(lateAt).at("/item/waitingDays").asInt()).isEqualTo(40);

        JsonNode dashboard = api.get("/api/support/dashboard", fixtures.worker(LA)).json();
        assertThat(dashboard.at("/overdue/FIRST_RESPONSE").asInt()).isPositive();
        assertThat(dashboard.at("/waitingByAge/29-90").asInt()).isPositive();
        assertThat(dashboard.at("/waitingByCategory/CONTACT").asInt()).isPositive();
        assertThat(dashboard.toString()).doesNotContain("Hughes");
    }

    @Test
    void aCrisisRequestRaisesARiskFlagAndABreakdownIsRecorded() {
        Ref family = fixtures.requested(LA, fixtures.referred(LA, "SPECIAL_GUARDIANSHIP"), "CRISIS", 1);
        assertThat(family.body().at("/riskFlags/0/reason").asString()).isEqualTo("CRISIS_REQUEST");
        family = fixtures.act(LA, family, "/risk-flags", "\"raised\": \"%s\", \"note\": \"Carer exhausted\""
                .formatted(today));
        family = fixtures.act(LA, family, "/breakdowns", "\"date\": \"%s\", \"cameBackIntoCare\": true"
                .formatted(today));
        assertThat(family.body().get("riskFlags")).hasSize(2);
        assertThat(family.body().at("/breakdowns/0/cameBackIntoCare").asBoolean()).isTrue();
    }

    @Test
    void anAllowanceBelowTheNationalMinimumIsShownAndReported() {
        Ref family = fixtures.referred(LA, "SPECIAL_GUARDIANSHIP");
        family = fixtures.act(LA, family, "/allowances", """
                "kind": "SPECIAL_GUARDIANSHIP", "amount": 600.00, "frequency": "MONTHLY", "start": "%s",
                "reviewDate": "%s\"""".formatted(today.minusMonths(1), today.plusMonths(11)));
        assertThat(family.body().at("/allowances/0/belowMinimum").asBoolean()).isTrue();
        assertThat(family.body().at("/allowances/0/weeklyAmount").decimalValue()).isEqualByComparingTo("138.46");

        Reply report = api.get("/api/support/allowances/below-minimum", fixtures.worker(LA));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains(family.id());
        assertThat(api.get("/api/support/allowances/below-minimum", fixtures.worker("841")).body())
                .doesNotContain(family.id());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        Ref family = fixtures.requested(LA, fixtures.referred(LA, "ADOPTION"), "FINANCIAL", 3);
        String worker = fixtures.worker(LA);
        assertProblem(fixtures.post(worker, family, "/requests", """
                "received": "%s", "requester": "FAMILY", "category": "HOLIDAY", "urgency": "ROUTINE\""""
                .formatted(today)), 400, "category");
        assertProblem(fixtures.post(worker, family, "/requests", """
                "received": "%s", "requester": "FAMILY", "category": "RESPITE", "urgency": "ROUTINE", "colour": 1"""
                .formatted(today)), 400, "colour");
        assertProblem(fixtures.post(worker, family, "/requests", """
                "received": "%s", "requester": "FAMILY", "category": "RESPITE", "urgency": "ROUTINE\""""
                .formatted(today.plusDays(1))), 400, "received");
        assertProblem(fixtures.post(worker, family, "/requests/" + lastRequestId(family) + "/first-response",
                "\"date\": \"%s\"".formatted(today.minusDays(4))), 422, "date");
        assertProblem(fixtures.post(worker, family, "/requests/nope/first-response",
                "\"date\": \"%s\"".formatted(today)), 422, "requestId");
        assertProblem(fixtures.post(worker, family, "/plans/nope/services", """
                "provider": "X", "start": "%s", "weeklyCost": -1, "fundingSource": "LA_BUDGET\""""
                .formatted(today)), 400, "weeklyCost");
        assertProblem(fixtures.post(worker, family, "/breakdowns", "\"date\": \"%s\", \"cameBackIntoCare\": false"
                .formatted(today.minusYears(2))), 422, "date");

        assertThat(fixtures.read(LA, family.id()).version()).isEqualTo(family.version());
    }

    @Test
    void aChangeFromAStaleVersionIsAConflict() {
        Ref family = fixtures.referred(LA, "ADOPTION");
        fixtures.requested(LA, family, "TRAINING", 0);
        Reply stale = fixtures.post(fixtures.worker(LA), family, "/requests", """
                "received": "%s", "requester": "SCHOOL", "category": "EDUCATION", "urgency": "ROUTINE\""""
                .formatted(today));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(fixtures.read(LA, family.id()).body().get("requests")).hasSize(1);
    }

    @Test
    void anotherLaSeesNothingTheRaaSeesOnlyAdoptionCasesAndOtherRolesNone() {
        Ref adoption = fixtures.referred(LA, "ADOPTION");
        Ref sgo = fixtures.referred(LA, "SPECIAL_GUARDIANSHIP");
        assertThat(api.get(SupportFixtures.CASES + "/" + adoption.id(), fixtures.worker("841")).status())
                .isEqualTo(404);
        String raa = fixtures.token("RAA_WORKER", LA);
        assertThat(api.get(SupportFixtures.CASES + "/" + adoption.id(), raa).status()).isEqualTo(200);
        assertThat(api.get(SupportFixtures.CASES + "/" + sgo.id(), raa).status()).isEqualTo(404);
        String listed = api.get(SupportFixtures.CASES, raa).body();
        assertThat(listed).contains(adoption.id()).doesNotContain(sgo.id());
        assertThat(api.get(SupportFixtures.CASES + "/" + adoption.id(), fixtures.token("IRO", LA))
                .status()).isEqualTo(403);
    }

    @Test
    void theChildsPermanenceTeamSeesASummaryAndEveryReadIsAudited() {
        Ref family = fixtures.requested(LA, fixtures.referred(LA, "SPECIAL_GUARDIANSHIP"), "CONTACT", 20);
        String localId = family.body().get("localChildId").asString();
        Reply summary = api.get("/api/support/children/" + localId + "/summary",
                fixtures.token("PRACTITIONER", LA));
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.json().get("waitingRequests").asInt()).isEqualTo(1);
        assertThat(summary.json().get("overdueClocks").asInt()).isEqualTo(1);
        assertThat(summary.body()).doesNotContain("Asked for help");
        assertThat(api.get("/api/support/children/" + localId + "/summary", fixtures.token("PRACTITIONER", "841"))
                .status()).isEqualTo(404);

        assertThat(database.getCollection("audit").countDocuments(new Document("recordIds", family.id())
                .append("action", "READ").append("roles", "PRACTITIONER"))).isEqualTo(1);
        assertThat(database.getCollection("audit").countDocuments(new Document("recordIds", family.id())
                .append("action", "READ").append("roles", "SUPPORT_WORKER"))).isPositive();
    }
}
