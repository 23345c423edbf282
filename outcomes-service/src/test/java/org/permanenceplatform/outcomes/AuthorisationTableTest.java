package org.permanenceplatform.outcomes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.testing.AuthorisationTable;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** outcomes-service's role x endpoint x scope table. Every new endpoint must join it. */
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

    @BeforeEach
    void table() {
        HttpApi api = new HttpApi(port);
        table = new AuthorisationTable("outcomes-service");
        // Events come only from services (service tokens with events:write); no person's role may post them.
        table.row("POST /events/v1", AuthorisationTable.roles(), AuthorisationTable.ForeignScope.NOT_FOUND,
                (token, la) -> api.post("/events/v1", token, "{\"events\": []}"));
        // What each indicator means carries no figures and no child data: any signed-in caller.
        table.row("GET /api/outcomes/indicators",
                AuthorisationTable.roles(org.permanenceplatform.kit.security.Role.values()),
                AuthorisationTable.ForeignScope.OWN_LA_ONLY, (token, la) -> api.get("/api/outcomes/indicators", token));
        table.row("GET /api/outcomes/indicators/{id}",
                AuthorisationTable.roles(org.permanenceplatform.kit.security.Role.values()),
                AuthorisationTable.ForeignScope.OWN_LA_ONLY,
                (token, la) -> api.get("/api/outcomes/indicators/adoption_a2", token));
        // Figures: LA staff see their own LA beside England, boards their grouping, the national board everything.
        table.row("GET /api/outcomes/figures", AuthorisationTable.roles(Role.PRACTITIONER, Role.TEAM_MANAGER,
                        Role.DECISION_MAKER, Role.IRO, Role.VIRTUAL_SCHOOL, Role.SUPPORT_WORKER, Role.REGIONAL_BOARD,
                        Role.NATIONAL_BOARD), AuthorisationTable.ForeignScope.OWN_LA_ONLY,
                (token, la) -> api.get("/api/outcomes/figures?indicator=adoption_a10&period=2024-25", token));
        // Exports are the figures as files: the same callers, scopes and disclosure-controlled figures.
        for (String file : List.of("adoption_a10.csv", "adoption_a10.meta.csv", "adoption_a10.json")) {
            String pattern = "GET /api/outcomes/exports/" + file.replace("adoption_a10", "{indicator:[^.]+}");
            table.row(pattern, AuthorisationTable.roles(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.DECISION_MAKER,
                            Role.IRO, Role.VIRTUAL_SCHOOL, Role.SUPPORT_WORKER, Role.REGIONAL_BOARD,
                            Role.NATIONAL_BOARD), AuthorisationTable.ForeignScope.OWN_LA_ONLY,
                    (token, la) -> api.get("/api/outcomes/exports/" + file + "?period=2024-25", token));
        }
        // The board challenge log: boards raise, close and reopen within their grouping (the national board
        // anywhere); the LA roles that read their LA's figures list and answer those addressed to their LA. Boards
        // have no LA, so "another LA" is the same board for them; reading another scope's challenge as 404 is
        // proven in ChallengeApiTest.
        BoardChallengeCalls challenges = new BoardChallengeCalls(api);
        challenges.raised("840");
        challenges.raised("202");
        Set<Role> laRoles = AuthorisationTable.roles(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.DECISION_MAKER,
                Role.IRO, Role.VIRTUAL_SCHOOL, Role.SUPPORT_WORKER);
        Set<Role> boards = AuthorisationTable.roles(Role.REGIONAL_BOARD, Role.NATIONAL_BOARD);
        Set<Role> laRolesAndBoards = new HashSet<>(laRoles);
        laRolesAndBoards.addAll(boards);
        table.row("GET /api/outcomes/challenges", laRolesAndBoards, AuthorisationTable.ForeignScope.OWN_LA_ONLY,
                (token, la) -> challenges.list(token));
        table.row("POST /api/outcomes/challenges", boards, AuthorisationTable.ForeignScope.OWN_LA_ONLY,
                (token, la) -> challenges.raise(token, la));
        table.row("GET /api/outcomes/challenges/{id}", laRolesAndBoards, AuthorisationTable.ForeignScope.OWN_LA_ONLY,
                (token, la) -> challenges.readFirstListed(token));
        table.row("POST /api/outcomes/challenges/{id}/answer", laRoles, AuthorisationTable.ForeignScope.NOT_FOUND,
                (token, la) -> challenges.answerNew(token, la));
        table.row("POST /api/outcomes/challenges/{id}/close", boards, AuthorisationTable.ForeignScope.OWN_LA_ONLY,
                (token, la) -> challenges.closeNew(token, la));
        table.row("POST /api/outcomes/challenges/{id}/reopen", boards, AuthorisationTable.ForeignScope.OWN_LA_ONLY,
                (token, la) -> challenges.reopenNew(token, la));
        // The API description is for any signed-in caller.
        table.row("GET /api/outcomes/openapi", AuthorisationTable.roles(Role.values()),
                AuthorisationTable.ForeignScope.OWN_LA_ONLY, (token, la) -> api.get("/api/outcomes/openapi", token));
        table.row("GET /api/outcomes/openapi.yaml", AuthorisationTable.roles(Role.values()),
                AuthorisationTable.ForeignScope.OWN_LA_ONLY, (token, la) -> api.send(
                        api.request("/api/outcomes/openapi.yaml", token)
                                .setHeader("Accept", "application/vnd.oai.openapi").GET()));
        // Administrators search the audit log; no one else may.
        table.row("GET /api/outcomes/audit", AuthorisationTable.roles(org.permanenceplatform.kit.security.Role.ADMIN),
                AuthorisationTable.ForeignScope.OWN_LA_ONLY, (token, la) -> api.get("/api/outcomes/audit", token));
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
