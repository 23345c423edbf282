package org.permanenceplatform.permanence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.AuthorisationTable;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.kit.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.UUID;

import static org.permanenceplatform.kit.security.Role.DECISION_MAKER;
import static org.permanenceplatform.kit.security.Role.IRO;
import static org.permanenceplatform.kit.security.Role.PRACTITIONER;
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
        // Administrators search the audit log; no one else may.
        table.row("GET /api/permanence/audit", AuthorisationTable.roles(org.permanenceplatform.kit.security.Role.ADMIN),
                AuthorisationTable.ForeignScope.OWN_LA_ONLY, (token, la) -> api.get("/api/permanence/audit", token));
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
