package org.permanenceplatform.outcomes;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.testing.AuthorisationTable;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No outcomes endpoint ever answers a child key or a child-level row (DOMAIN.md: a board never sees a child-level
 * record). With real journeys in the dataset, every mapped endpoint is called as every role, boards first, with
 * every cut of the figures; no answer may name {@code childKey}, contain a key that was sent, or anything shaped like
 * one (43 characters of base64url). An endpoint added without a call here fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoChildKeyLeavesTest {

    static final Pattern KEY_SHAPED = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");
    static final String FIGURES = "/api/outcomes/figures?indicator=%s&period=2024-25&by=%s";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "nokeys");
    }

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping mapped;

    /** Every endpoint, with the calls that exercise it. */
    Map<String, List<Function<String, Reply>>> calls() {
        HttpApi api = new HttpApi(port);
        Map<String, List<Function<String, Reply>>> calls = new LinkedHashMap<>();
        calls.put("POST /events/v1", List.of(token -> api.post("/events/v1", token, "{\"events\": []}")));
        calls.put("GET /api/outcomes/indicators", List.of(token -> api.get("/api/outcomes/indicators", token)));
        calls.put("GET /api/outcomes/indicators/{id}",
                List.of(token -> api.get("/api/outcomes/indicators/adoption_a10", token)));
        calls.put("GET /api/outcomes/audit", List.of(token -> api.get("/api/outcomes/audit", token)));
        calls.put("GET /api/outcomes/openapi", List.of(token -> api.get("/api/outcomes/openapi", token)));
        calls.put("GET /api/outcomes/openapi.yaml", List.of(token -> api.send(
                api.request("/api/outcomes/openapi.yaml", token).setHeader("Accept", "application/vnd.oai.openapi")
                        .GET())));
        BoardChallengeCalls challenges = new BoardChallengeCalls(api);
        calls.put("GET /api/outcomes/challenges", List.of(challenges::list));
        calls.put("POST /api/outcomes/challenges", List.of(token -> challenges.raise(token, "840"),
                token -> challenges.raise(token, "E12000001"), token -> challenges.raise(token, "E92000001")));
        calls.put("GET /api/outcomes/challenges/{id}", List.of(challenges::readFirstListed));
        calls.put("POST /api/outcomes/challenges/{id}/answer", List.of(token -> challenges.answerNew(token, "840")));
        calls.put("POST /api/outcomes/challenges/{id}/close", List.of(token -> challenges.closeNew(token, "840")));
        calls.put("POST /api/outcomes/challenges/{id}/reopen", List.of(token -> challenges.reopenNew(token, "840")));
        List<Function<String, Reply>> figures = new ArrayList<>();
        for (String indicator : List.of("adoption_a10", "permanence_achieved", "placement_moves_3plus",
                "placement_cost_like_for_like")) {
            for (String by : List.of("england", "region", "la", "route", "age_band", "sex", "ethnic_group",
                    "disability", "uasc", "kinship", "la,sex", "sex,route", "region,kinship&filter=sex:FEMALE",
                    "age_band,route&filter=disability:Disabled&filter=uasc:UASC")) {
                figures.add(token -> api.get(FIGURES.formatted(indicator, by), token));
            }
        }
        calls.put("GET /api/outcomes/figures", figures);
        for (String file : List.of("csv", "meta.csv", "json")) {
            List<Function<String, Reply>> exports = new ArrayList<>();
            // Not filter=route:ADOPTION: its file name, adoption_a10_by_sex_by_route_route_adoption, is 43 characters
            // of base64url, as a child key is, and the shape check below could not tell them apart.
            for (String by : List.of("la", "route", "kinship", "la,route", "sex,route&filter=sex:FEMALE")) {
                exports.add(token -> api.get("/api/outcomes/exports/adoption_a10.%s?period=2024-25&by=%s"
                        .formatted(file, by), token));
            }
            calls.put("GET /api/outcomes/exports/{indicator:[^.]+}." + file, exports);
        }
        return calls;
    }

    @Test
    void noEndpointAnswersAChildKeyToAnyRole() {
        List<String> keys = new ArrayList<>();
        NationalDatasetEvents events = new NationalDatasetEvents();
        for (String la : List.of("840", "841", "202")) {
            for (int i = 0; i < 7; i++) {
                String key = NationalDatasetEvents.childKey(la, "local-" + i);
                keys.add(key);
                events.child(key, la, la.equals("202") ? "E12000007" : "E12000001", "2021-01",
                        NationalDatasetEvents.adopted("2023-01-18", "2024-06-01", "2024-10-01"));
            }
        }
        events.deliver(port);
        assertThat(keys).allMatch(key -> KEY_SHAPED.matcher(key).matches());

        Map<String, List<Function<String, Reply>>> calls = calls();
        AuthorisationTable tokens = new AuthorisationTable("outcomes-service");
        List<Role> boardsFirst = new ArrayList<>(List.of(Role.REGIONAL_BOARD, Role.NATIONAL_BOARD));
        List.of(Role.values()).stream().filter(role -> !role.isBoard()).forEach(boardsFirst::add);
        int answered = 0;
        for (var endpoint : calls.entrySet()) {
            for (Role role : boardsFirst) {
                for (Function<String, Reply> call : endpoint.getValue()) {
                    Reply reply = call.apply(tokens.tokenFor(role, "840"));
                    String what = endpoint.getKey() + " as " + role + ": " + reply;
                    assertThat(reply.status()).as(what).isLessThan(500);
                    assertThat(reply.body()).as(what).doesNotContainIgnoringCase("childKey");
                    keys.forEach(key -> assertThat(reply.body()).as(what).doesNotContain(key));
                    assertThat(KEY_SHAPED.matcher(reply.body()).find()).as(what).isFalse();
                    answered += reply.status() == 200 ? 1 : 0;
                }
            }
        }
        assertThat(answered).as("answers with content were checked").isGreaterThan(100);
        assertThat(calls.keySet()).as("every mapped endpoint is called").containsExactlyInAnyOrderElementsOf(mapped());
    }

    private TreeSet<String> mapped() {
        TreeSet<String> endpoints = new TreeSet<>();
        mapped.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().forEach(method ->
                info.getPatternValues().forEach(pattern -> endpoints.add(method.name() + " " + pattern))));
        endpoints.removeIf(endpoint -> endpoint.endsWith(" /error"));
        return endpoints;
    }
}
