package org.permanenceplatform.permanence.adopter.api;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.audit.AuditLog;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.permanence.AdopterFixtures;
import org.permanenceplatform.permanence.RecordFixtures.Ref;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.permanence.AdopterFixtures.ADOPTERS;

/** Prospective adopters and their approval, over real HTTP against the running service and the embedded store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdopterApiTest {

    static final String LA = "840";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "adopters");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    HttpApi api;
    AdopterFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
        fixtures = new AdopterFixtures(api);
        today = fixtures.today();
    }

    static void assertProblem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").toString()).as(reply.toString()).contains("\"field\":\"" + field + "\"");
    }

    JsonNode read(Ref household, String role) {
        Reply reply = api.get(ADOPTERS + "/" + household.id(), fixtures.token(role, LA));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void aHouseholdIsApprovedByTheDecisionMakerAfterThePanelWithWhatItIsApprovedFor() {
        Ref household = fixtures.readyForDecision(LA);
        String decision = """
                "approved": true, "decidedOn": "%s", "reasons": "Panel's recommendation accepted",
                "ageFrom": 0, "ageTo": 4, "numberOfChildren": 1""".formatted(today);

        Reply notTheirs = fixtures.post("PRACTITIONER", LA, household, "/assessment/decision", decision);
        assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(403);
        Reply notAsAStage = fixtures.post("RAA_WORKER", LA, household, "/assessment/stages/approval/complete",
                "\"completedOn\": \"%s\"".formatted(today));
        assertThat(notAsAStage.status()).as(notAsAStage.toString()).isEqualTo(403);
        assertThat(notAsAStage.body()).contains("agency decision maker");

        household = fixtures.act("DECISION_MAKER", LA, household, "/assessment/decision", decision);
        JsonNode record = read(household, "RAA_WORKER");
        assertThat(record.at("/approval/approvedOn").asString()).isEqualTo(today.toString());
        assertThat(record.at("/approval/ageTo").asInt()).isEqualTo(4);
        assertThat(record.at("/approval/numberOfChildren").asInt()).isEqualTo(1);
        assertThat(record.at("/assessment/outcome").asString()).isEqualTo("APPROVED");
        assertThat(record.at("/assessment/stages/3/status").asString()).isEqualTo("DONE");
        assertThat(record.path("nextDue").isNull()).isTrue();
    }

    @Test
    void theListShowsEachHouseholdsNextClockWithTheOverdueFirst() {
        Ref late = fixtures.started(LA, today.minusMonths(3));
        Ref recent = fixtures.started(LA, today.minusDays(2));
        Ref notStarted = fixtures.registered(LA, today);

        Reply list = api.get(ADOPTERS, fixtures.token("TEAM_MANAGER", LA));
        assertThat(list.status()).isEqualTo(200);
        List<String> order = new ArrayList<>();
        list.json().forEach(row -> order.add(row.get("id").asString()));
        assertThat(order.indexOf(late.id())).isLessThan(order.indexOf(recent.id()));
        assertThat(order.indexOf(recent.id())).isLessThan(order.indexOf(notStarted.id()));
        JsonNode lateRow = list.json().get(order.indexOf(late.id()));
        assertThat(lateRow.get("overdue").asBoolean()).isTrue();
        assertThat(lateRow.at("/nextDue/stage").asString()).isEqualTo("stage-one");
        assertThat(lateRow.at("/nextDue/due").asString()).isEqualTo(today.minusMonths(3).plusMonths(2).toString());
        assertThat(lateRow.get("names").asString()).isEqualTo("Sam Green and Alex Green");
        JsonNode recentRow = list.json().get(order.indexOf(recent.id()));
        assertThat(recentRow.get("overdue").asBoolean()).isFalse();
        assertThat(recentRow.at("/nextDue/status").asString()).isEqualTo("ON_TRACK");
        assertThat(api.get(ADOPTERS, fixtures.token("PRACTITIONER", "841")).json().toString())
                .doesNotContain(late.id());
    }

    @Test
    void badInputIsA4xxProblemNamingTheFieldAndChangesNothing() {
        String token = fixtures.token("PRACTITIONER", LA);
        assertProblem(api.post(ADOPTERS, token, """
                {"adults": ["A", "B", "C"], "address": "x", "registeredInterest": "%s"}""".formatted(today)),
                400, "adults");
        assertProblem(api.post(ADOPTERS, token, """
                {"adults": ["A"], "registeredInterest": "%s"}""".formatted(today)), 400, "address");
        assertProblem(api.post(ADOPTERS, token, AdopterFixtures.household(today.plusDays(1))),
                400, "registeredInterest");
        assertProblem(api.post(ADOPTERS, token, """
                {"adults": ["A"], "address": "x", "registeredInterest": "yesterday"}"""), 400, "registeredInterest");

        Ref household = fixtures.started(LA, today.minusMonths(1));
        assertProblem(fixtures.post("PRACTITIONER", LA, household, "/assessment/stages/stage-two/complete",
                "\"completedOn\": \"%s\"".formatted(today)), 422, "stage");
        assertProblem(fixtures.post("PRACTITIONER", LA, household, "/assessment/stages/stage-nine/complete",
                "\"completedOn\": \"%s\"".formatted(today)), 422, "stage");
        assertProblem(fixtures.post("PRACTITIONER", LA, household, "/assessment",
                "\"started\": \"%s\"".formatted(today)), 422, "started");
        assertProblem(fixtures.post("DECISION_MAKER", LA, household, "/assessment/decision", """
                "approved": true, "decidedOn": "%s", "reasons": "x", "ageFrom": 6, "ageTo": 4,
                "numberOfChildren": 1""".formatted(today)), 422, "ageTo");
        assertProblem(fixtures.post("PRACTITIONER", LA, household, "/assessment/withdrawal",
                "\"withdrawnOn\": \"%s\"".formatted(today)), 400, "reason");
        assertProblem(api.put(ADOPTERS + "/" + household.id(), token, """
                {"version": %d, "adults": ["Sam Green"], "address": "x", "registeredInterest": "%s"}"""
                .formatted(household.version(), today)), 422, "registeredInterest");

        Reply stale = fixtures.change(token, new Ref(household.id(), household.version() - 1, null),
                "/assessment/stages/stage-one/complete", "\"completedOn\": \"%s\"".formatted(today));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        JsonNode after = read(household, "PRACTITIONER");
        assertThat(after.get("version").asLong()).as("no refused change was kept").isEqualTo(household.version());
        assertThat(after.at("/assessment/stages/0/completedOn").isNull()).isTrue();
    }

    @Test
    void anotherLasHouseholdIsNotFoundAndRolesOutsideAdoptionAreForbidden() {
        Ref household = fixtures.registered(LA, today);
        assertThat(api.get(ADOPTERS + "/" + household.id(), fixtures.token("RAA_WORKER", "841")).status())
                .isEqualTo(404);
        assertThat(fixtures.post("PRACTITIONER", "841", household, "/assessment",
                "\"started\": \"%s\"".formatted(today)).status()).isEqualTo(404);
        assertThat(api.get(ADOPTERS + "/" + household.id(), fixtures.token("IRO", LA)).status()).isEqualTo(403);
        assertThat(api.get(ADOPTERS, fixtures.token("VIRTUAL_SCHOOL", LA)).status()).isEqualTo(403);
    }

    @Test
    void everyReadOfAHouseholdIsAudited() {
        Ref household = fixtures.registered(LA, today);
        read(household, "DECISION_MAKER");
        api.get(ADOPTERS, fixtures.token("PRACTITIONER", LA));

        List<Document> rows = database.getCollection(AuditLog.COLLECTION)
                .find(Filters.eq("recordIds", household.id())).into(new ArrayList<>());
        assertThat(rows).extracting(row -> row.getString("action")).containsExactlyInAnyOrder("CREATE", "READ",
                "READ");
        assertThat(rows).allSatisfy(row -> assertThat(row).containsEntry("resource", "adopter"));
    }

    @Test
    void theApplicantsWithdrawAndTheClocksStop() {
        Ref household = fixtures.started(LA, today.minusMonths(3));
        household = fixtures.act("RAA_WORKER", LA, household, "/assessment/withdrawal",
                "\"withdrawnOn\": \"%s\", \"reason\": \"Applicants moved abroad\"".formatted(today));
        assertThat(household.record().at("/assessment/outcome").asString()).isEqualTo("WITHDRAWN");
        assertThat(household.record().get("overdue").asBoolean()).isFalse();
        assertProblem(fixtures.post("PRACTITIONER", LA, household, "/assessment/recommendation",
                "\"recommendation\": \"Approve\""), 422, "recommendation");
    }
}
