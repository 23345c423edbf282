package org.permanenceplatform.outcomes.figures.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.testing.AuthorisationTable;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.outcomes.NationalDatasetEvents;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures over real HTTP, from events delivered as permanence-service sends them: A10 for 2024-25, with 3
 * adoptions in County Durham (840) at 300 days, 20 in Darlington (841) at 400 and 8 in Camden (202) at 500. England:
 * 31 children, mean (900 + 8,000 + 4,000) / 31 = 416.1 days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresApiTest {

    static final String A10 = "/api/outcomes/figures?indicator=adoption_a10&period=2024-25";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "figures");
        properties.add("platform.outcomes.board-groupings[0].id", () -> "RAA-TEES");
        properties.add("platform.outcomes.board-groupings[0].name", () -> "Adopt Tees Valley");
        properties.add("platform.outcomes.board-groupings[0].las[0]", () -> "840");
        properties.add("platform.outcomes.board-groupings[0].las[1]", () -> "841");
    }

    @LocalServerPort
    int port;

    final AuthorisationTable tokens = new AuthorisationTable("outcomes-service");

    @BeforeAll
    void deliverTheDataset() {
        NationalDatasetEvents events = new NationalDatasetEvents();
        events.adoptions("840", "E12000001", 3, "2023-08-06");
        events.adoptions("841", "E12000001", 20, "2023-04-28");
        events.adoptions("202", "E12000007", 8, "2023-01-18");
        events.deliver(port);
    }

    Reply get(String path, String token) {
        return new HttpApi(port).get(path, token);
    }

    static String board(String grouping) {
        return NationalDatasetEvents.boardToken(grouping);
    }

    static List<String> places(JsonNode figures) {
        List<String> codes = new ArrayList<>();
        figures.get("rows").forEach(row -> codes.add(row.get("place").get("code").asString()));
        return codes;
    }

    static JsonNode cell(JsonNode figures, String code, String measure) {
        for (JsonNode row : figures.get("rows")) {
            if (row.get("place").get("code").asString().equals(code)) {
                return row.get("cells").get(measure);
            }
        }
        throw new AssertionError("no row " + code + " in " + figures);
    }

    @Test
    void anLaSeesItsOwnSmallFiguresUnsuppressedBesideEngland() {
        for (Role role : List.of(Role.PRACTITIONER, Role.IRO, Role.SUPPORT_WORKER)) {
            Reply reply = get(A10, tokens.tokenFor(role, "840"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonNode figures = reply.json();
            assertThat(places(figures)).containsExactly("840", "E92000001");
            assertThat(cell(figures, "840", "children").get("value").asString()).isEqualTo("3");
            assertThat(cell(figures, "840", "children").get("treatment").asString()).isEqualTo("own_la_unsuppressed");
            assertThat(cell(figures, "840", "mean_days").get("value").asString()).isEqualTo("300");
            assertThat(cell(figures, "E92000001", "children").get("value").asString()).as("31 to the 10")
                    .isEqualTo("30");
            assertThat(cell(figures, "E92000001", "mean_days").get("value").asString()).isEqualTo("416");
            assertThat(figures.get("view").get("kind").asString()).isEqualTo("OWN_LA");
            assertThat(figures.get("threshold").asInt()).isEqualTo(426);
        }
    }

    @Test
    void aRegionalBoardSeesOnlyItsRegionsLasTheRegionAndEnglandAllControlled() {
        JsonNode figures = get(A10, board("E12000001")).json();

        List<String> places = places(figures);
        assertThat(places).hasSize(12 + 2).contains("840", "841", "E12000001", "E92000001").doesNotContain("202");
        assertThat(cell(figures, "840", "children").get("symbol").asString()).isEqualTo("c");
        assertThat(cell(figures, "840", "children").get("treatment").asString()).isEqualTo("primary_suppression");
        assertThat(cell(figures, "E12000001", "children").get("value").asString()).as("23 to the 10")
                .isEqualTo("20");
        figures.get("rows").forEach(row -> row.get("cells").forEach(cell ->
                assertThat(cell.get("treatment").asString()).isNotEqualTo("own_la_unsuppressed")));
    }

    @Test
    void aConfiguredGroupingSeesItsTwoLasWithAnUnroundedTotalThatCannotGiveAwayTheSmallOne() {
        JsonNode figures = get(A10, board("RAA-TEES")).json();

        assertThat(places(figures)).containsExactly("840", "841", "RAA-TEES", "E92000001");
        assertThat(cell(figures, "840", "children").get("symbol").asString()).isEqualTo("c");
        boolean secondHidden = "c".equals(cell(figures, "841", "children").get("symbol").asString(""))
                || "c".equals(cell(figures, "RAA-TEES", "children").get("symbol").asString(""));
        assertThat(secondHidden).as("23 beside 20 would give 3 away").isTrue();
    }

    @Test
    void theNationalBoardSeesEveryLaAndRegionAndEngland() {
        Reply reply = get(A10 + "&by=la", tokens.tokenFor(Role.NATIONAL_BOARD, "840"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);

        assertThat(places(reply.json())).hasSize(153 + 9 + 1).contains("202", "E12000007");
        assertThat(cell(reply.json(), "202", "children").get("value").asString()).isEqualTo("8");
        JsonNode byRoute = get(A10 + "&by=route", tokens.tokenFor(Role.NATIONAL_BOARD, "840")).json();
        assertThat(places(byRoute)).as("regions and England, split by route").hasSize(10);
        assertThat(byRoute.get("rows").get(0).get("category").asString()).isEqualTo("ADOPTION");
    }

    @Test
    void whoMaySeeNoFiguresGets403() {
        for (Role role : List.of(Role.PROVIDER, Role.RAA_WORKER, Role.ADMIN)) {
            Reply reply = get(A10, tokens.tokenFor(role, "840"));
            assertThat(reply.status()).as(role + ": " + reply).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(get(A10, board("NOWHERE")).status()).as("a grouping nobody configured").isEqualTo(403);
    }

    @Test
    void badInputIsA400ProblemNamingEachParameter() {
        String token = tokens.tokenFor(Role.NATIONAL_BOARD, "840");
        assertProblem(get("/api/outcomes/figures?indicator=happiness&period=2024-25", token), "indicator");
        assertProblem(get("/api/outcomes/figures?indicator=adoption_a10&period=2024-26", token), "period");
        assertProblem(get(A10 + "&by=postcode", token), "by");
        assertProblem(get("/api/outcomes/figures", token), "indicator", "period");
    }

    static void assertProblem(Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> named = new ArrayList<>();
        reply.json().get("errors").forEach(error -> named.add(error.get("field").asString()));
        assertThat(named).containsExactly(fields);
    }
}
