package org.permanenceplatform.permanence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.AuthorisationTable;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.permanence.RecordFixtures.Ref;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.kit.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.LocalDate;
import java.util.UUID;

import static org.permanenceplatform.kit.security.Role.DECISION_MAKER;
import static org.permanenceplatform.kit.security.Role.IRO;
import static org.permanenceplatform.kit.security.Role.PRACTITIONER;
import static org.permanenceplatform.kit.security.Role.RAA_WORKER;
import static org.permanenceplatform.kit.security.Role.TEAM_MANAGER;
import static org.permanenceplatform.kit.security.Role.VIRTUAL_SCHOOL;
import static org.permanenceplatform.kit.testing.AuthorisationTable.ForeignScope.NOT_FOUND;
import static org.permanenceplatform.kit.testing.AuthorisationTable.ForeignScope.OWN_LA_ONLY;
import static org.permanenceplatform.kit.testing.AuthorisationTable.roles;

/** permanence-service's role x endpoint x scope table. Every new endpoint must join it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorisationTableTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "authz");
    }

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping mapped;

    AuthorisationTable table;
    HttpApi api;

    String childOf(String la) {
        return api.post("/api/permanence/children", new TestTokens("permanence-service").practitioner(la),
                child()).json().get("id").asString();
    }

    static String child() {
        return """
                {"localChildId": "%s", "givenName": "Ava", "familyName": "Taylor",
                 "dateOfBirth": "2019-03-14", "sex": "FEMALE", "ethnicity": "WBRI"}"""
                .formatted("A" + UUID.randomUUID().toString().replace("-", "").substring(0, 9));
    }

    @BeforeEach
    void table() {
        api = new HttpApi(port);
        table = new AuthorisationTable("permanence-service")
                .row("POST /api/permanence/children", roles(PRACTITIONER, TEAM_MANAGER), OWN_LA_ONLY,
                        (token, la) -> api.post("/api/permanence/children", token, child()))
                .row("GET /api/permanence/children", roles(PRACTITIONER, TEAM_MANAGER, DECISION_MAKER, IRO,
                                VIRTUAL_SCHOOL), OWN_LA_ONLY,
                        (token, la) -> api.get("/api/permanence/children?limit=500", token))
                .row("GET /api/permanence/children/{id}", roles(PRACTITIONER, TEAM_MANAGER, DECISION_MAKER, IRO,
                                VIRTUAL_SCHOOL), NOT_FOUND,
                        (token, la) -> api.get("/api/permanence/children/" + childOf(la), token))
                .row("PUT /api/permanence/children/{id}", roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND,
                        (token, la) -> api.put("/api/permanence/children/" + childOf(la), token, """
                                {"version": 1, "givenName": "Ava", "familyName": "Smith",
                                 "dateOfBirth": "2019-03-14", "sex": "FEMALE", "ethnicity": "WBRI"}"""));
        recordRows();
        adopterRows();
        // Code lists for forms carry no child data: any signed-in caller.
        table.row("GET /api/permanence/reference",
                AuthorisationTable.roles(org.permanenceplatform.kit.security.Role.values()),
                OWN_LA_ONLY, (token, la) -> api.get("/api/permanence/reference", token));
        // The API description is for any signed-in caller.
        table.row("GET /api/permanence/openapi", AuthorisationTable.roles(org.permanenceplatform.kit.security.Role.values()),
                OWN_LA_ONLY, (token, la) -> api.get("/api/permanence/openapi", token));
        table.row("GET /api/permanence/openapi.yaml",
                AuthorisationTable.roles(org.permanenceplatform.kit.security.Role.values()),
                OWN_LA_ONLY, (token, la) -> api.send(api.request("/api/permanence/openapi.yaml", token)
                        .setHeader("Accept", "application/vnd.oai.openapi").GET()));
        // Administrators search the audit log; no one else may.
        table.row("GET /api/permanence/audit", AuthorisationTable.roles(org.permanenceplatform.kit.security.Role.ADMIN),
                AuthorisationTable.ForeignScope.OWN_LA_ONLY, (token, la) -> api.get("/api/permanence/audit", token));
    }

    /** A change to a child's record made with the token under test, from the fixture's version. */
    Reply change(String token, Ref child, String method, String path, String fields) {
        String body = "{\"version\": " + child.version() + (fields.isBlank() ? "" : ", " + fields) + "}";
        String url = RecordFixtures.CHILDREN + "/" + child.id() + path;
        return method.equals("PUT") ? api.put(url, token, body) : api.post(url, token, body);
    }

    String children(String path) {
        return "POST /api/permanence/children/{id}" + path;
    }

    private void recordRows() {
        RecordFixtures fixtures = new RecordFixtures(api);
        LocalDate today = fixtures.today();
        String date = "\"%s\"".formatted(today);
        table.row(children("/periods"), roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND, (token, la) -> {
                    String id = childOf(la);
                    return change(token, new Ref(id, 1, null), "POST", "/periods",
                            "\"started\": " + date + ", \"legalStatus\": \"V2\"");
                })
                .row(children("/periods/current/legal-statuses"), roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND,
                        (token, la) -> change(token, fixtures.inCare(la, today.minusMonths(1)), "POST",
                                "/periods/current/legal-statuses", "\"from\": " + date + ", \"legalStatus\": \"E1\""))
                .row(children("/periods/current/end"), roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND,
                        (token, la) -> change(token, fixtures.inCare(la, today.minusMonths(1)), "POST",
                                "/periods/current/end", "\"ended\": " + date + ", \"reasonCeased\": \"E3\""))
                .row(children("/reviews"), roles(PRACTITIONER, TEAM_MANAGER, IRO), NOT_FOUND,
                        (token, la) -> change(token, fixtures.inCare(la, today.minusMonths(1)), "POST", "/reviews",
                                "\"held\": " + date))
                .row("PUT /api/permanence/children/{id}/plan", roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND,
                        (token, la) -> change(token, fixtures.inCare(la, today.minusMonths(1)), "PUT", "/plan",
                                "\"primaryRoute\": \"ADOPTION\", \"decided\": " + date + ", \"reason\": \"Agreed\""))
                .row("PUT /api/permanence/children/{id}/education/{year}", roles(VIRTUAL_SCHOOL), NOT_FOUND,
                        (token, la) -> change(token, fixtures.inCare(la, today.minusYears(2)), "PUT",
                                "/education/" + lastAcademicYear(today), "\"suspensions\": 0"))
                .row(children("/assessments"), roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND,
                        (token, la) -> change(token, fixtures.inCare(la, today.minusMonths(1)), "POST",
                                "/assessments", "\"type\": \"RETURN_HOME\", \"started\": " + date))
                .row(children("/assessments/{assessmentId}/stages/{stage}/complete"),
                        roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND, (token, la) -> {
                            Ref child = fixtures.sgoAssessmentStarted(la);
                            return change(token, child, "POST", "/assessments/" + RecordFixtures.lastAssessmentId(child)
                                    + "/stages/viability/complete", "\"completedOn\": " + date);
                        })
                .row(children("/assessments/{assessmentId}/stages/{stage}/extensions"), roles(DECISION_MAKER),
                        NOT_FOUND, (token, la) -> {
                            Ref child = fixtures.kinshipAwaitingTemporaryApproval(la);
                            String stages = "/assessments/" + RecordFixtures.lastAssessmentId(child) + "/stages/";
                            child = fixtures.act("DECISION_MAKER", la, child, stages + "temporary-approval/complete",
                                    "\"completedOn\": " + date);
                            return change(token, child, "POST", stages + "full-assessment/extensions",
                                    "\"weeks\": 8, \"reason\": \"Panel moved\"");
                        })
                .row(children("/assessments/{assessmentId}/recommendation"), roles(PRACTITIONER, TEAM_MANAGER),
                        NOT_FOUND, (token, la) -> {
                            Ref child = fixtures.sgoAssessmentStarted(la);
                            return change(token, child, "POST", "/assessments/"
                                    + RecordFixtures.lastAssessmentId(child) + "/recommendation",
                                    "\"recommendation\": \"Approve\"");
                        })
                .row(children("/assessments/{assessmentId}/close"), roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND,
                        (token, la) -> {
                            Ref child = fixtures.sgoAssessmentStarted(la);
                            return change(token, child, "POST", "/assessments/"
                                    + RecordFixtures.lastAssessmentId(child) + "/close", "\"outcome\": \"WITHDRAWN\", "
                                    + "\"closedOn\": " + date + ", \"reason\": \"Grandmother withdrew\"");
                        })
                .row(children("/placements"), roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND,
                        (token, la) -> change(token, fixtures.inCare(la, today.minusMonths(1)), "POST", "/placements",
                                "\"startDate\": " + date + ", \"placementType\": \"U6\", \"provider\": \"PR1\", "
                                        + "\"distanceBand\": \"UNKNOWN\""))
                .row(children("/placements/{placementId}/end"), roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND,
                        (token, la) -> {
                            LocalDate entered = today.minusMonths(1);
                            Ref child = fixtures.placed(la, fixtures.inCare(la, entered), entered, "U6");
                            return change(token, child, "POST", "/placements/" + RecordFixtures.openPlacementId(child)
                                    + "/end", "\"endDate\": " + date + ", \"reasonForChange\": \"CREQB\", "
                                    + "\"endKind\": \"DISRUPTION\"");
                        })
                .row(children("/moves"), roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND, (token, la) -> {
                    LocalDate entered = today.minusYears(1);
                    Ref child = fixtures.placed(la, fixtures.inCare(la, entered), entered, "U4");
                    return change(token, child, "POST", "/moves", "\"placementId\": \""
                            + RecordFixtures.openPlacementId(child) + "\", \"proposedDate\": " + date
                            + ", \"kind\": \"PLANNED\", \"reason\": \"CARPL\"");
                })
                .row(children("/moves/{moveId}/review"), roles(PRACTITIONER, TEAM_MANAGER, IRO), NOT_FOUND,
                        (token, la) -> moveStep(fixtures.settledMoveProposed(la), token, "/review", "\"date\": " + date))
                .row(children("/moves/{moveId}/iro-informed"), roles(PRACTITIONER, TEAM_MANAGER, IRO), NOT_FOUND,
                        (token, la) -> moveStep(fixtures.settledMoveProposed(la), token, "/iro-informed",
                                "\"date\": " + date))
                .row(children("/moves/{moveId}/child-wishes"), roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND,
                        (token, la) -> moveStep(fixtures.settledMoveProposed(la), token, "/child-wishes",
                                "\"text\": \"Wants to stay\""))
                .row(children("/moves/{moveId}/iro-view"), roles(IRO), NOT_FOUND,
                        (token, la) -> moveStep(fixtures.settledMoveProposed(la), token, "/iro-view",
                                "\"text\": \"Agrees\""))
                .row(children("/moves/{moveId}/challenges"), roles(IRO), NOT_FOUND,
                        (token, la) -> moveStep(fixtures.settledMoveProposed(la), token, "/challenges",
                                "\"text\": \"Why now?\""))
                .row(children("/moves/{moveId}/challenges/{number}/answer"), roles(PRACTITIONER, TEAM_MANAGER),
                        NOT_FOUND, (token, la) -> {
                            Ref child = fixtures.settledMoveProposed(la);
                            child = fixtures.act("IRO", la, child, "/moves/" + RecordFixtures.lastMoveId(child)
                                    + "/challenges", "\"text\": \"Why now?\"");
                            return moveStep(child, token, "/challenges/1/answer", "\"text\": \"School year end\"");
                        })
                .row(children("/moves/{moveId}/decision"), roles(DECISION_MAKER), NOT_FOUND,
                        (token, la) -> moveStep(fixtures.settledMoveReadyForDecision(la), token, "/decision",
                                "\"approved\": true, \"reasons\": \"Agreed\""))
                .row(children("/permanence"), roles(PRACTITIONER, TEAM_MANAGER), NOT_FOUND, (token, la) -> {
                    Ref child = fixtures.withPlan(la, fixtures.inCare(la, today.minusMonths(5)), "RETURN_HOME", null);
                    return change(token, child, "POST", "/permanence", "\"route\": \"RETURN_HOME\", \"date\": "
                            + date + ", \"orderType\": \"CARE_ORDER_DISCHARGED\", \"reasonCeased\": \"E4A\"");
                })
                .row("GET /api/permanence/caseload", roles(PRACTITIONER, TEAM_MANAGER), OWN_LA_ONLY,
                        (token, la) -> api.get("/api/permanence/caseload", token))
                .row("GET /api/permanence/dashboard", roles(TEAM_MANAGER), OWN_LA_ONLY,
                        (token, la) -> api.get("/api/permanence/dashboard", token))
                .row("GET /api/permanence/queues/iro", roles(IRO, TEAM_MANAGER), OWN_LA_ONLY,
                        (token, la) -> api.get("/api/permanence/queues/iro", token))
                .row("GET /api/permanence/queues/decisions", roles(DECISION_MAKER, TEAM_MANAGER), OWN_LA_ONLY,
                        (token, la) -> api.get("/api/permanence/queues/decisions", token));
    }

    private void adopterRows() {
        AdopterFixtures adopters = new AdopterFixtures(api);
        LocalDate today = adopters.today();
        String households = AdopterFixtures.ADOPTERS;
        String assessment = "POST " + households + "/{id}/assessment";
        table.row("POST " + households, roles(PRACTITIONER, TEAM_MANAGER, RAA_WORKER), OWN_LA_ONLY,
                        (token, la) -> api.post(households, token, AdopterFixtures.household(today)))
                .row("GET " + households, roles(PRACTITIONER, TEAM_MANAGER, RAA_WORKER, DECISION_MAKER),
                        OWN_LA_ONLY, (token, la) -> api.get(households, token))
                .row("GET " + households + "/{id}", roles(PRACTITIONER, TEAM_MANAGER, RAA_WORKER, DECISION_MAKER),
                        NOT_FOUND, (token, la) -> api.get(households + "/" + adopters.registered(la, today).id(),
                                token))
                .row("PUT " + households + "/{id}", roles(PRACTITIONER, TEAM_MANAGER, RAA_WORKER), NOT_FOUND,
                        (token, la) -> {
                            Ref household = adopters.registered(la, today);
                            return api.put(households + "/" + household.id(), token, """
                                    {"version": %d, "adults": ["Sam Green"], "address": "3 Mill Lane",
                                     "registeredInterest": "%s"}""".formatted(household.version(), today));
                        })
                .row(assessment, roles(PRACTITIONER, TEAM_MANAGER, RAA_WORKER), NOT_FOUND,
                        (token, la) -> adopters.change(token, adopters.registered(la, today), "/assessment",
                                "\"started\": \"%s\"".formatted(today)))
                .row(assessment + "/stages/{stage}/complete", roles(PRACTITIONER, TEAM_MANAGER, RAA_WORKER),
                        NOT_FOUND, (token, la) -> adopters.change(token, adopters.started(la, today.minusMonths(1)),
                                "/assessment/stages/stage-one/complete", "\"completedOn\": \"%s\"".formatted(today)))
                .row(assessment + "/recommendation", roles(PRACTITIONER, TEAM_MANAGER, RAA_WORKER), NOT_FOUND,
                        (token, la) -> adopters.change(token, adopters.started(la, today),
                                "/assessment/recommendation", "\"recommendation\": \"Approve\""))
                .row(assessment + "/decision", roles(DECISION_MAKER), NOT_FOUND,
                        (token, la) -> adopters.change(token, adopters.readyForDecision(la), "/assessment/decision",
                                "\"approved\": false, \"decidedOn\": \"%s\", \"reasons\": \"Not now\"".formatted(today)))
                .row(assessment + "/withdrawal", roles(PRACTITIONER, TEAM_MANAGER, RAA_WORKER), NOT_FOUND,
                        (token, la) -> adopters.change(token, adopters.started(la, today), "/assessment/withdrawal",
                                "\"withdrawnOn\": \"%s\", \"reason\": \"Moved\"".formatted(today)));
    }

    Reply moveStep(Ref child, String token, String step, String fields) {
        return change(token, child, "POST", "/moves/" + RecordFixtures.lastMoveId(child) + step, fields);
    }

    static String lastAcademicYear(LocalDate today) {
        int start = (today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1) - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    @Test
    void everyRoleGetsWhatTheTableSaysFromItsOwnLaAndFromAnother() {
        table.check("840", "202");
    }

    @Test
    void theTableListsEveryMappedEndpoint() {
        table.coversEveryMappedEndpoint(mapped.getHandlerMethods());
    }
}
