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
        assertThat(reply.json().get("rows")).as("a cut by place alone: rows are places, with no category")
                .allSatisfy(row -> {
                    assertThat(row.get("category").isNull()).isTrue();
                    assertThat(row.get("categories").isEmpty()).isTrue();
                });
        JsonNode byRoute = get(A10 + "&by=route", tokens.tokenFor(Role.NATIONAL_BOARD, "840")).json();
        assertThat(places(byRoute)).as("regions and England, split by route").hasSize(10);
        assertThat(byRoute.get("rows").get(0).get("category").asString()).isEqualTo("ADOPTION");
    }

    @Test
    void twoDimensionsGiveEachRowItsValuesWithTheMarginsBeside() {
        Reply reply = get(A10 + "&by=sex,route", tokens.tokenFor(Role.PRACTITIONER, "840"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode figures = reply.json();

        assertThat(figures.get("by").asString()).isEqualTo("sex,route");
        assertThat(figures.get("dimensions")).extracting(JsonNode::asString).containsExactly("sex", "route");
        List<String> rows = new ArrayList<>();
        figures.get("rows").forEach(row -> rows.add(row.get("place").get("code").asString() + " "
                + row.get("categories").get("sex").asString() + " " + row.get("categories").get("route").asString()
                + " " + row.get("cells").get("children").get("value").asString()));
        assertThat(rows).as("every child is a girl adopted: each margin holds the same children").containsExactly(
                "840 FEMALE ADOPTION 3", "840 FEMALE Total 3", "840 Total ADOPTION 3", "840 Total Total 3",
                "E92000001 FEMALE ADOPTION 30", "E92000001 FEMALE Total 30", "E92000001 Total ADOPTION 30",
                "E92000001 Total Total 30");
        assertThat(figures.get("rows").get(0).get("category").asString()).isEqualTo("FEMALE | ADOPTION");

        JsonNode byLaAndSex = get(A10 + "&by=la,sex", board("RAA-TEES")).json();
        assertThat(places(byLaAndSex)).as("each LA, the grouping and England, each a girls' row and a total")
                .containsExactly("840", "840", "841", "841", "RAA-TEES", "RAA-TEES", "E92000001", "E92000001");
        assertThat(byLaAndSex.get("rows").get(0).get("categories").get("sex").asString()).isEqualTo("FEMALE");
    }

    @Test
    void filtersCountOnlyTheChildrenWithThoseValues() {
        String durham = tokens.tokenFor(Role.PRACTITIONER, "840");
        JsonNode girls = get(A10 + "&filter=sex:female&filter=route:ADOPTION", durham).json();
        assertThat(girls.get("filters").get("sex").asString()).isEqualTo("FEMALE");
        assertThat(girls.get("filters").get("route").asString()).isEqualTo("ADOPTION");
        assertThat(cell(girls, "840", "children").get("value").asString()).isEqualTo("3");

        JsonNode boys = get(A10 + "&filter=sex:MALE", durham).json();
        assertThat(boys.get("rows")).as("no boy was adopted").isEmpty();
    }

    @Test
    void aBadCutOrFilterIsA400ProblemNamingByOrFilter() {
        String token = tokens.tokenFor(Role.NATIONAL_BOARD, "840");
        assertProblem(get(A10 + "&by=la,region", token), "by");
        assertProblem(get(A10 + "&by=sex,route,uasc", token), "by");
        assertProblem(get(A10 + "&by=sex,sex", token), "by");
        assertProblem(get(A10 + "&filter=postcode:DH1", token), "filter");
        assertProblem(get(A10 + "&filter=sex:F", token), "filter");
        assertProblem(get(A10 + "&filter=la:840", token), "filter");
        assertProblem(get(A10 + "&by=sex,nowhere&filter=route", token), "by", "filter");
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
