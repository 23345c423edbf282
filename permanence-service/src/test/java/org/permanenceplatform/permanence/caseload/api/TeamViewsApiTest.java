package org.permanenceplatform.permanence.caseload.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.permanence.RecordFixtures;
import org.permanenceplatform.permanence.RecordFixtures.Ref;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's views of its children, over real HTTP: the list of children filtered by route, stage, overdue clock and
 * worker, and the team manager's dashboard. Each test class has a database of its own, so the counts are exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamViewsApiTest {

    static final String LA = "840";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "teamviews");
    }

    @LocalServerPort
    int port;

    HttpApi api;
    RecordFixtures fixtures;
    Ref sgo;
    Ref adoptionPlanned;
    Ref leftCare;

    /**
     * Three children of practitioner.840 (from the fixtures) and one of another worker: an SGO assessment at its
     * viability stage (first review overdue), a child just in care with an adoption plan (review not yet due), a child
     * who returned home, and an unallocated child in care for a year without a plan.
     */
    @BeforeAll
    void children() {
        api = new HttpApi(port);
        fixtures = new RecordFixtures(api);
        LocalDate today = fixtures.today();
        sgo = fixtures.sgoAssessmentStarted(LA);
        adoptionPlanned = fixtures.withPlan(LA, fixtures.inCare(LA, today.minusDays(1)), "ADOPTION", null);
        Ref returning = fixtures.withPlan(LA, fixtures.inCare(LA, today.minusMonths(5)), "RETURN_HOME", null);
        leftCare = fixtures.act("PRACTITIONER", LA, returning, "/permanence", """
                "route": "RETURN_HOME", "date": "%s", "orderType": "CARE_ORDER_DISCHARGED", "reasonCeased": "E4A\""""
                .formatted(today));
        Reply unallocated = api.post(RecordFixtures.CHILDREN, fixtures.token("PRACTITIONER", LA), """
                {"localChildId": "%s", "givenName": "Zac", "familyName": "Adams", "dateOfBirth": "2017-02-01",
                 "sex": "MALE", "ethnicity": "WBRI"}""".formatted(RecordFixtures.localId()));
        fixtures.act("PRACTITIONER", LA, unallocated.json().get("id").asString(), "/periods", 1,
                "\"started\": \"%s\", \"legalStatus\": \"C2\"".formatted(today.minusYears(1)));
    }

    List<String> ids(String query) {
        Reply reply = api.get(RecordFixtures.CHILDREN + query, fixtures.token("PRACTITIONER", LA));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().forEach(child -> ids.add(child.get("id").asString()));
        return ids;
    }

    @Test
    void theListOfChildrenIsFilteredByRouteStageOverdueClockAndWorker() {
        assertThat(ids("")).hasSize(4);
        assertThat(ids("?route=SPECIAL_GUARDIANSHIP")).containsExactly(sgo.id());
        assertThat(ids("?route=ADOPTION")).as("the SGO child's parallel route counts too")
                .containsExactlyInAnyOrder(sgo.id(), adoptionPlanned.id());
        assertThat(ids("?route=RETURN_HOME")).as("children who left care stay in the list").containsExactly(leftCare.id());
        assertThat(ids("?stage=viability")).containsExactly(sgo.id());
        assertThat(ids("?overdue=true")).hasSize(2).contains(sgo.id()).doesNotContain(adoptionPlanned.id());
        assertThat(ids("?worker=practitioner.840")).containsExactlyInAnyOrder(sgo.id(), adoptionPlanned.id(), leftCare.id());
        assertThat(ids("?worker=practitioner.840&route=ADOPTION&overdue=false")).containsExactly(adoptionPlanned.id());
        assertThat(ids("?route=ADOPTION&limit=1&offset=1")).hasSize(1);
    }

    @Test
    void aBadFilterIsA400NamingIt() {
        for (String query : List.of("?route=SOMEWHERE", "?stage=Not%20a%20stage", "?overdue=maybe")) {
            Reply reply = api.get(RecordFixtures.CHILDREN + query, fixtures.token("PRACTITIONER", LA));
            String field = query.substring(1, query.indexOf('='));
            assertThat(reply.status()).as(query + ": " + reply).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body()).as(query).contains("\"" + field + "\"");
        }
    }

    @Test
    void theTeamManagersDashboardCountsChildrenInCareByWorkerRouteAndStage() {
        Reply reply = api.get("/api/permanence/dashboard", fixtures.token("TEAM_MANAGER", LA));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode dashboard = reply.json();
        assertThat(dashboard.at("/totals/children").asInt()).as("the child who went home is not in care").isEqualTo(3);
        assertThat(dashboard.at("/totals/overdue").asInt()).isEqualTo(2);
        assertThat(dashboard.at("/totals/noPlan").asInt()).isEqualTo(1);
        assertThat(dashboard.at("/totals/longestDaysInCare").asLong())
                .isEqualTo(fixtures.today().toEpochDay() - fixtures.today().minusYears(1).toEpochDay());

        JsonNode practitioner = row(dashboard.get("workers"), "worker", "practitioner.840");
        assertThat(practitioner.at("/load/children").asInt()).isEqualTo(2);
        assertThat(practitioner.at("/load/overdue").asInt()).isEqualTo(1);
        assertThat(row(dashboard.get("workers"), "worker", null).at("/load/noPlan").asInt()).isEqualTo(1);

        JsonNode adoption = row(dashboard.get("routes"), "route", "ADOPTION");
        assertThat(adoption.get("primary").asInt()).isEqualTo(1);
        assertThat(adoption.get("parallel").asInt()).isEqualTo(1);
        JsonNode sgoRoute = row(dashboard.get("routes"), "route", "SPECIAL_GUARDIANSHIP");
        assertThat(sgoRoute.get("assessed").asInt()).isEqualTo(1);
        assertThat(sgoRoute.get("overdue").asInt()).isEqualTo(1);
        List<String> stages = new ArrayList<>();
        dashboard.get("stages").forEach(stage -> stages.add(stage.get("stage").asString() + ": "
                + stage.get("children").asInt()));
        assertThat(stages).as("an SGO's viability and report clocks both run from its start").containsExactly(
                "Full special guardianship assessment and report: 1", "Viability assessment: 1");
        assertThat(reply.body()).as("counts only: no child is named").doesNotContain("Hughes", "Adams");
    }

    @Test
    void onlyTheTeamManagerSeesTheDashboard() {
        assertThat(api.get("/api/permanence/dashboard", fixtures.token("PRACTITIONER", LA)).status()).isEqualTo(403);
        Reply otherLa = api.get("/api/permanence/dashboard", fixtures.token("TEAM_MANAGER", "202"));
        assertThat(otherLa.json().at("/totals/children").asInt()).as("another LA's manager sees only their own")
                .isZero();
    }

    static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            JsonNode cell = row.path(field);
            if (value == null ? cell.isNull() || cell.isMissingNode() : value.equals(cell.asString(null))) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + "=" + value + " in " + rows);
    }
}
