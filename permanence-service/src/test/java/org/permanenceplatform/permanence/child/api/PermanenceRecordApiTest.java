package org.permanenceplatform.permanence.child.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.permanence.RecordFixtures.lastAssessmentId;
import static org.permanenceplatform.permanence.RecordFixtures.lastMoveId;
import static org.permanenceplatform.permanence.RecordFixtures.openPlacementId;

/** A child's permanence record, over real HTTP against the running service and the embedded store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PermanenceRecordApiTest {

    static final String LA = "840";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "record");
    }

    @LocalServerPort
    int port;

    HttpApi api;
    RecordFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
        fixtures = new RecordFixtures(api);
        today = fixtures.today();
    }

    static void assertProblem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").toString()).as(reply.toString()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void aChildReachesSpecialGuardianshipAlongAParallelPlan() {
        Ref child = fixtures.sgoAssessmentStarted(LA);
        String assessment = "/assessments/" + lastAssessmentId(child);
        assertThat(child.record().at("/plan/parallel").asString()).isEqualTo("ADOPTION");
        assertThat(child.record().at("/assessments/0/stages/0/due").asString())
                .isEqualTo(today.minusWeeks(1).plusWeeks(4).toString());

        child = fixtures.act("PRACTITIONER", LA, child, assessment + "/stages/viability/complete",
                "\"completedOn\": \"%s\"".formatted(today));
        assertThat(child.record().at("/assessments/0/stages/0/status").asString()).isEqualTo("DONE");
        child = fixtures.placed(LA, child, today.minusMonths(2), "U1");
        child = fixtures.act("PRACTITIONER", LA, child, "/permanence", """
                "route": "SPECIAL_GUARDIANSHIP", "date": "%s", "orderType": "SPECIAL_GUARDIANSHIP_ORDER",
                "reasonCeased": "E47", "kinshipCarers": true""".formatted(today));

        JsonNode record = child.record();
        assertThat(record.at("/periods/0/ended").asString()).isEqualTo(today.toString());
        assertThat(record.at("/periods/0/reasonCeased").asString()).isEqualTo("E47");
        assertThat(record.at("/placements/0/endDate").asString()).isEqualTo(today.toString());
        assertThat(record.at("/assessments/0/outcome").asString()).isEqualTo("PERMANENCE_ACHIEVED");
        assertThat(record.at("/permanence/0/route").asString()).isEqualTo("SPECIAL_GUARDIANSHIP");
        assertThat(record.at("/delay/clocks").size()).as("no clock runs once the child has left care").isZero();
    }

    @Test
    void permanenceByARouteOutsideThePlanIsRefusedNamingTheRoute() {
        Ref child = fixtures.sgoAssessmentStarted(LA);
        Reply reply = fixtures.post("PRACTITIONER", LA, child.id(), "/permanence", child.version(), """
                "route": "RETURN_HOME", "date": "%s", "orderType": "CARE_ORDER_DISCHARGED", "reasonCeased": "E4A\""""
                .formatted(today));
        assertProblem(reply, 422, "route");
    }

    @Test
    void aPeriodOfCareBeforeTheClocksBeginIsRefusedNamingTheStartRatherThanFailingItsReviewClock() {
        // A care leaver's record brought across from paper: born in 1990, in care from 1998. The working-day
        // review clock can only count days its bank holiday table knows (2000 onwards), so the start is refused
        // as a rule, not accepted and then left to fail with a 500 on the next read.
        Reply created = api.post(RecordFixtures.CHILDREN, fixtures.token("PRACTITIONER", LA), """
                {"localChildId": "%s", "givenName": "Sam", "familyName": "Reed", "dateOfBirth": "1990-02-11",
                 "sex": "MALE", "ethnicity": "WBRI"}""".formatted(RecordFixtures.localId()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();

        assertProblem(fixtures.post("PRACTITIONER", LA, id, "/periods", 1, """
                "started": "1998-06-01", "legalStatus": "C2\""""), 422, "started");
        Ref entered = fixtures.act("PRACTITIONER", LA, id, "/periods", 1, """
                "started": "2000-01-04", "legalStatus": "C2\"""");
        assertThat(entered.record().at("/periods/0/started").asString()).isEqualTo("2000-01-04");
    }

    @Test
    void badInputIsA4xxProblemNamingTheFieldAndChangesNothing() {
        Ref child = fixtures.withPlan(LA, fixtures.inCare(LA, today.minusMonths(3)), "ADOPTION", null);

        assertProblem(fixtures.post("PRACTITIONER", LA, child.id(), "/placements", child.version(), """
                "startDate": "%s", "placementType": "Z9", "distanceBand": "UNKNOWN\"""".formatted(today)),
                400, "placementType");
        assertProblem(fixtures.post("PRACTITIONER", LA, child.id(), "/placements", child.version(), """
                "startDate": "%s", "placementType": "A5", "provider": "PR1", "distanceBand": "UNKNOWN\""""
                .formatted(today)), 422, "placementType");
        assertProblem(fixtures.post("PRACTITIONER", LA, child.id(), "/placements", child.version(), """
                "startDate": "%s", "placementType": "U4", "provider": "PR1", "distanceBand": "UNKNOWN\""""
                .formatted(today.plusDays(1))), 400, "startDate");
        assertProblem(fixtures.post("PRACTITIONER", LA, child.id(), "/plan", child.version(), """
                "primaryRoute": "ADOPTION", "parallelRoute": "ADOPTION", "decided": "%s", "reason": "x\""""
                .formatted(today)), 422, "parallelRoute");
        assertProblem(fixtures.post("PRACTITIONER", LA, child.id(), "/plan", child.version(), """
                "primaryRoute": "ADOPTION", "decided": "%s", "reason": "x", "colour": "blue\"""".formatted(today)),
                400, "colour");
        assertProblem(fixtures.post("PRACTITIONER", LA, child.id(), "/periods/current/legal-statuses",
                child.version(), "\"from\": \"not-a-date\", \"legalStatus\": \"E1\""), 400, "from");
        assertProblem(fixtures.post("PRACTITIONER", LA, child.id(), "/assessments", child.version(), """
                "type": "ADOPTION", "started": "%s", "household": {"adults": []}""".formatted(today)),
                400, "household.adults");
        assertProblem(fixtures.post("PRACTITIONER", LA, child.id(), "/periods/current/end", child.version(), """
                "ended": "%s", "reasonCeased": "E11\"""".formatted(today)), 422, "reasonCeased");
        assertProblem(api.put(RecordFixtures.CHILDREN + "/" + child.id() + "/plan",
                fixtures.token("PRACTITIONER", LA), "{\"primaryRoute\": \"ADOPTION\"}"), 400, "version");

        Reply stale = fixtures.post("PRACTITIONER", LA, child.id(), "/reviews", child.version() - 1,
                "\"held\": \"%s\"".formatted(today));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        JsonNode after = api.get(RecordFixtures.CHILDREN + "/" + child.id(), fixtures.token("PRACTITIONER", LA))
                .json();
        assertThat(after.get("version").asLong()).as("no refused change was kept").isEqualTo(child.version());
        assertThat(after.path("placements").size()).as(after.toString()).isZero();
    }

    @Test
    void anA5PlacementIsAllowedOnceThePlacementOrderIsInForce() {
        Ref child = fixtures.withPlan(LA, fixtures.inCare(LA, today.minusMonths(8)), "ADOPTION", null);
        child = fixtures.act("PRACTITIONER", LA, child, "/periods/current/legal-statuses", """
                "from": "%s", "legalStatus": "E1\"""".formatted(today.minusWeeks(2)));
        child = fixtures.placed(LA, child, today.minusWeeks(1), "A5");
        assertThat(child.record().at("/placements/0/placementType").asString()).isEqualTo("A5");
    }

    @Test
    void aMoveFromATwoYearPlacementWaitsForWishesTheIroViewAndApproval() {
        Ref child = fixtures.settledMoveProposed(LA);
        String placement = "/placements/" + openPlacementId(child) + "/end";
        String move = "/moves/" + lastMoveId(child);
        String end = """
                "endDate": "%s", "reasonForChange": "CARPL", "endKind": "PLANNED_MOVE", "moveId": "%s\""""
                .formatted(today, lastMoveId(child));
        assertThat(child.record().at("/moves/0/needsApproval").asBoolean()).isTrue();

        Reply blocked = fixtures.post("PRACTITIONER", LA, child.id(), placement, child.version(), end);
        assertProblem(blocked, 422, "moveId");
        assertThat(blocked.body()).contains("Statutory review", "IRO told", "Child's wishes", "IRO's view",
                "approval");

        Reply tooSoon = fixtures.post("DECISION_MAKER", LA, child.id(), move + "/decision", child.version(),
                "\"approved\": true, \"reasons\": \"Agreed\"");
        assertProblem(tooSoon, 422, "approved");
        assertThat(fixtures.post("PRACTITIONER", LA, child.id(), move + "/decision", child.version(),
                "\"approved\": true, \"reasons\": \"Agreed\"").status()).isEqualTo(403);

        child = fixtures.act("PRACTITIONER", LA, child, move + "/review", "\"date\": \"%s\"".formatted(today));
        child = fixtures.act("PRACTITIONER", LA, child, move + "/iro-informed", "\"date\": \"%s\"".formatted(today));
        child = fixtures.act("PRACTITIONER", LA, child, move + "/child-wishes", "\"text\": \"Wants to stay\"");
        child = fixtures.act("IRO", LA, child, move + "/iro-view", "\"text\": \"Supports the move\"");
        child = fixtures.act("IRO", LA, child, move + "/challenges", "\"text\": \"Is school transport arranged?\"");
        child = fixtures.act("DECISION_MAKER", LA, child, move + "/decision",
                "\"approved\": true, \"reasons\": \"In the child's interests\"");
        assertProblem(fixtures.post("PRACTITIONER", LA, child.id(), placement, child.version(), end), 422, "moveId");

        child = fixtures.act("PRACTITIONER", LA, child, move + "/challenges/1/answer",
                "\"text\": \"Transport is arranged\"");
        assertThat(child.record().at("/moves/0/outstanding").size()).isZero();
        child = fixtures.act("PRACTITIONER", LA, child, placement, end);
        assertThat(child.record().at("/placements/0/endKind").asString()).isEqualTo("PLANNED_MOVE");
    }

    @Test
    void aDisruptionIsRecordedAsAnEmergencyMoveWhoseSafeguardsStayOutstanding() {
        LocalDate entered = today.minusYears(3);
        Ref child = fixtures.placed(LA, fixtures.inCare(LA, entered), entered, "U6");
        child = fixtures.act("PRACTITIONER", LA, child, "/placements/" + openPlacementId(child) + "/end", """
                "endDate": "%s", "reasonForChange": "CREQB", "endKind": "DISRUPTION\"""".formatted(today));
        assertThat(child.record().at("/moves/0/proposal/kind").asString()).isEqualTo("EMERGENCY");
        assertThat(child.record().at("/moves/0/outstanding").toString()).contains("STATUTORY_REVIEW", "IRO_INFORMED");
    }

    @Test
    void temporaryApprovalIsTheDecisionMakersAndIsExtendedOnceByUpToEightWeeks() {
        Ref child = fixtures.kinshipAwaitingTemporaryApproval(LA);
        String stages = "/assessments/" + lastAssessmentId(child) + "/stages/";
        String completed = "\"completedOn\": \"%s\"".formatted(today.minusWeeks(1));

        Reply notTheirs = fixtures.post("PRACTITIONER", LA, child.id(), stages + "temporary-approval/complete",
                child.version(), completed);
        assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(403);
        assertThat(notTheirs.body()).contains("agency decision maker");
        child = fixtures.act("DECISION_MAKER", LA, child, stages + "temporary-approval/complete", completed);
        LocalDate due = LocalDate.parse(child.record().at("/assessments/0/stages/2/due").asString());
        assertThat(due).isEqualTo(today.minusWeeks(1).plusWeeks(16));

        assertProblem(fixtures.post("DECISION_MAKER", LA, child.id(), stages + "full-assessment/extensions",
                child.version(), "\"weeks\": 9, \"reason\": \"Panel date\""), 400, "weeks");
        child = fixtures.act("DECISION_MAKER", LA, child, stages + "full-assessment/extensions",
                "\"weeks\": 8, \"reason\": \"Panel date moved\"");
        assertThat(child.record().at("/assessments/0/stages/2/due").asString()).isEqualTo(due.plusWeeks(8).toString());
        assertProblem(fixtures.post("DECISION_MAKER", LA, child.id(), stages + "full-assessment/extensions",
                child.version(), "\"weeks\": 1, \"reason\": \"Again\""), 422, "weeks");
    }

    @Test
    void theVirtualSchoolRecordsEducationAndNobodyElseMay() {
        Ref child = fixtures.inCare(LA, today.minusYears(2));
        String year = "/education/" + (today.getMonthValue() >= 9 ? today.getYear() - 1 : today.getYear() - 2) + "-"
                + String.format("%02d", (today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1) % 100);
        String facts = "\"ks2ExpectedStandardMet\": true, \"sessionsMissedPercent\": 12.5, \"suspensions\": 1";

        assertThat(fixtures.post("PRACTITIONER", LA, child.id(), year, child.version(), facts).status())
                .isEqualTo(403);
        child = fixtures.act("VIRTUAL_SCHOOL", LA, child, year, facts);
        assertThat(child.record().at("/education/0/sessionsMissedPercent").asString()).isEqualTo("12.5");
        assertProblem(fixtures.post("VIRTUAL_SCHOOL", LA, child.id(), "/education/2024-26", child.version(), facts),
                400, "year");
    }

    @Test
    void twoConcurrentChangesOfOneChildGiveOneSuccessAndOneConflictAndLoseNothing() throws Exception {
        Ref child = fixtures.inCare(LA, today.minusMonths(1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Reply>> changes = List.of(
                    () -> fixtures.post("PRACTITIONER", LA, child.id(), "/reviews", child.version(),
                            "\"held\": \"%s\"".formatted(today.minusDays(2))),
                    () -> fixtures.post("PRACTITIONER", LA, child.id(), "/plan", child.version(), """
                            "primaryRoute": "RETURN_HOME", "decided": "%s", "reason": "Parents engaging\""""
                            .formatted(today)));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : pool.invokeAll(changes)) {
                statuses.add(reply.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        JsonNode stored = api.get(RecordFixtures.CHILDREN + "/" + child.id(), fixtures.token("PRACTITIONER", LA))
                .json();
        assertThat(stored.get("version").asLong()).isEqualTo(child.version() + 1);
        boolean reviewKept = stored.at("/periods/0/reviewsHeld").size() == 1;
        boolean planKept = !stored.path("plan").isNull() && !stored.path("plan").isMissingNode();
        assertThat(reviewKept ^ planKept).as("exactly the change that succeeded is kept: " + stored).isTrue();
    }

    @Test
    void theCaseloadPutsOverdueChildrenFirstAndFiltersByRoute() {
        Ref late = fixtures.withPlan(LA, fixtures.inCare(LA, today.minusMonths(3)), "ADOPTION", null);
        Ref recent = fixtures.withPlan(LA, fixtures.inCare(LA, today.minusDays(1)), "RETURN_HOME", null);

        Reply caseload = api.get("/api/permanence/caseload", fixtures.token("PRACTITIONER", LA));
        assertThat(caseload.status()).isEqualTo(200);
        List<String> order = new ArrayList<>();
        caseload.json().forEach(row -> order.add(row.at("/child/childId").asString()));
        assertThat(order.indexOf(late.id())).isLessThan(order.indexOf(recent.id()));
        JsonNode lateRow = caseload.json().get(order.indexOf(late.id())).get("child");
        assertThat(lateRow.get("overdue").asBoolean()).as("the first review is overdue").isTrue();
        assertThat(lateRow.at("/nextDue/kind").asString()).isEqualTo("REVIEW");

        Reply returnHome = api.get("/api/permanence/caseload?route=RETURN_HOME", fixtures.token("PRACTITIONER", LA));
        List<String> filtered = new ArrayList<>();
        returnHome.json().forEach(row -> filtered.add(row.at("/child/childId").asString()));
        assertThat(filtered).contains(recent.id()).doesNotContain(late.id());
        assertProblem(api.get("/api/permanence/caseload?route=SOMEWHERE", fixtures.token("PRACTITIONER", LA)),
                400, "route");
    }

    @Test
    void aCaseloadFilterThatBreaksItsPatternIsA400NamingTheFilterNotA500() {
        assertProblem(api.get("/api/permanence/caseload?stage=Not%20A%20Stage", fixtures.token("PRACTITIONER", LA)),
                400, "stage");
        assertProblem(api.get("/api/permanence/caseload?worker=" + "w".repeat(101),
                fixtures.token("PRACTITIONER", LA)), 400, "worker");
    }

    @Test
    void theIroAndTheDecisionMakerSeeWhatWaitsForThem() {
        Ref move = fixtures.settledMoveProposed(LA);
        Ref ready = fixtures.settledMoveReadyForDecision(LA);

        JsonNode iro = api.get("/api/permanence/queues/iro", fixtures.token("IRO", LA)).json();
        assertThat(iro.toString()).contains(move.id()).contains("MOVE_IRO_VIEW");
        JsonNode decisions = api.get("/api/permanence/queues/decisions", fixtures.token("DECISION_MAKER", LA)).json();
        List<String> waiting = new ArrayList<>();
        decisions.forEach(row -> {
            if (row.at("/item/kind").asString().equals("MOVE_APPROVAL") && row.at("/item/ready").asBoolean()) {
                waiting.add(row.at("/item/childId").asString());
            }
        });
        assertThat(waiting).contains(ready.id()).doesNotContain(move.id());
    }
}
