package org.permanenceplatform.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.testing.AuthorisationTable;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.support.SupportFixtures.Ref;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.LocalDate;
import java.util.function.Function;

import static org.permanenceplatform.kit.security.Role.PRACTITIONER;
import static org.permanenceplatform.kit.security.Role.RAA_WORKER;
import static org.permanenceplatform.kit.security.Role.SUPPORT_WORKER;
import static org.permanenceplatform.kit.security.Role.TEAM_MANAGER;
import static org.permanenceplatform.kit.testing.AuthorisationTable.ForeignScope.NOT_FOUND;
import static org.permanenceplatform.kit.testing.AuthorisationTable.ForeignScope.OWN_LA_ONLY;
import static org.permanenceplatform.kit.testing.AuthorisationTable.roles;
import static org.permanenceplatform.support.SupportFixtures.last;
import static org.permanenceplatform.support.SupportFixtures.lastRequestId;

/** support-service's role x endpoint x scope table. Every new endpoint must join it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorisationTableTest {

    static final String CASE = "POST /api/support/cases/{id}";

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
    SupportFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void table() {
        api = new HttpApi(port);
        fixtures = new SupportFixtures(api);
        today = fixtures.today();
        table = new AuthorisationTable("support-service");
        caseRows();
        changeRows();
        // Events come only from services (service tokens with events:write); no person's role may post them.
        table.row("POST /events/v1", roles(), NOT_FOUND, (token, la) -> api.post("/events/v1", token,
                "{\"events\": []}"));
        // The API description is for any signed-in caller.
        table.row("GET /api/support/openapi", roles(Role.values()), OWN_LA_ONLY,
                (token, la) -> api.get("/api/support/openapi", token));
        table.row("GET /api/support/openapi.yaml", roles(Role.values()), OWN_LA_ONLY,
                (token, la) -> api.send(api.request("/api/support/openapi.yaml", token)
                        .setHeader("Accept", "application/vnd.oai.openapi").GET()));
        // Administrators search the audit log; no one else may.
        table.row("GET /api/support/audit", roles(Role.ADMIN), OWN_LA_ONLY,
                (token, la) -> api.get("/api/support/audit", token));
    }

    private void caseRows() {
        table.row("POST /api/support/cases", roles(SUPPORT_WORKER), OWN_LA_ONLY,
                        (token, la) -> api.post(SupportFixtures.CASES, token, """
                                {"localChildId": "%s", "givenName": "Leo", "familyName": "Ward",
                                 "route": "KINSHIP", "orderDate": "%s"}""".formatted(SupportFixtures.localId(),
                                today.minusYears(1))))
                .row("GET /api/support/cases", roles(SUPPORT_WORKER, RAA_WORKER), OWN_LA_ONLY,
                        (token, la) -> api.get(SupportFixtures.CASES, token))
                .row("GET /api/support/cases/{id}", roles(SUPPORT_WORKER, RAA_WORKER), NOT_FOUND,
                        (token, la) -> api.get(SupportFixtures.CASES + "/" + adoption(la).id(), token))
                .row("GET /api/support/children/{localChildId}/summary",
                        roles(SUPPORT_WORKER, PRACTITIONER, TEAM_MANAGER), NOT_FOUND,
                        (token, la) -> api.get("/api/support/children/"
                                + adoption(la).body().get("localChildId").asString() + "/summary", token))
                .row("GET /api/support/queue", roles(SUPPORT_WORKER), OWN_LA_ONLY,
                        (token, la) -> api.get("/api/support/queue", token))
                .row("GET /api/support/dashboard", roles(SUPPORT_WORKER), OWN_LA_ONLY,
                        (token, la) -> api.get("/api/support/dashboard", token))
                .row("GET /api/support/allowances/below-minimum", roles(SUPPORT_WORKER), OWN_LA_ONLY,
                        (token, la) -> api.get("/api/support/allowances/below-minimum", token));
    }

    private void changeRows() {
        String date = "\"%s\"".formatted(today);
        change("/requests", la -> adoption(la), family -> "/requests", """
                "received": %s, "requester": "FAMILY", "category": "RESPITE", "urgency": "ROUTINE\"""".formatted(date));
        change("/requests/{requestId}/first-response", la -> requested(la),
                family -> "/requests/" + lastRequestId(family) + "/first-response", "\"date\": " + date);
        change("/assessments", la -> requested(la), family -> "/assessments", "\"completed\": " + date
                + ", \"needs\": \"Respite\"");
        change("/plans", la -> adoption(la), family -> "/plans", "\"agreed\": " + date);
        change("/plans/{planId}/services", la -> planned(la), family -> "/plans/" + last(family, "plans")
                + "/services", "\"provider\": \"Respite Co\", \"start\": " + date
                + ", \"weeklyCost\": 50.00, \"fundingSource\": \"LA_BUDGET\"");
        change("/plans/{planId}/reviews", la -> planned(la), family -> "/plans/" + last(family, "plans")
                + "/reviews", "\"held\": " + date);
        change("/allowances", la -> adoption(la), family -> "/allowances", "\"kind\": \"ADOPTION\", \"amount\": "
                + "200.00, \"frequency\": \"WEEKLY\", \"start\": " + date);
        change("/risk-flags", la -> adoption(la), family -> "/risk-flags", "\"raised\": " + date
                + ", \"note\": \"Worried\"");
        change("/breakdowns", la -> adoption(la), family -> "/breakdowns", "\"date\": " + date
                + ", \"cameBackIntoCare\": false");
    }

    /** A change only the LA's support worker may make, on a fresh case in the state it needs. */
    private void change(String pattern, Function<String, Ref> fixture, Function<Ref, String> path, String fields) {
        table.row(CASE + pattern, roles(SUPPORT_WORKER), NOT_FOUND, (token, la) -> {
            Ref family = fixture.apply(la);
            return fixtures.post(token, family, path.apply(family), fields);
        });
    }

    Ref adoption(String la) {
        return fixtures.referred(la, "ADOPTION");
    }

    Ref requested(String la) {
        return fixtures.requested(la, adoption(la), "THERAPEUTIC", 1);
    }

    Ref planned(String la) {
        Ref family = adoption(la);
        return fixtures.act(la, family, "/plans", "\"agreed\": \"%s\"".formatted(today.minusDays(1)));
    }

    @Test
    void everyRoleGetsWhatTheTableSays() {
        table.check("840", "202");
    }

    @Test
    void theTableListsEveryMappedEndpoint() {
        table.coversEveryMappedEndpoint(mapped.getHandlerMethods());
    }
}
