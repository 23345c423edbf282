package org.permanenceplatform.outcomes.export.api;

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

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports over real HTTP: A10 for 2024-25 with 3 adoptions in County Durham (840), 20 in Darlington (841) and 8 in
 * Camden (202). The files hold what the figures view shows the same caller, and nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest {

    static final String QUERY = "?period=2024-25";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "exports");
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

    static List<String> lines(Reply reply) {
        return List.of(reply.body().split("\r\n"));
    }

    @Test
    void aRegionalBoardDownloadsItsRegionAsAnEesDataFileWithSmallCountsConfidential() {
        Reply reply = get("/api/outcomes/exports/adoption_a10.csv" + QUERY, board("E12000001"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).hasValue("attachment; filename=\"adoption_a10.csv\"");
        List<String> lines = lines(reply);
        assertThat(lines.get(0)).isEqualTo("time_period,time_identifier,geographic_level,country_code,country_name,"
                + "region_code,region_name,old_la_code,la_name,new_la_code,children,mean_days,children_3_year,"
                + "mean_days_3_year");
        assertThat(lines).as("12 LAs, the region, England").hasSize(1 + 12 + 1 + 1);
        assertThat(lines).anyMatch(line -> line.startsWith("202425,Financial year,Local authority,E92000001,England,"
                + "E12000001,North East,840,County Durham,E06000047,c,c,"));
        assertThat(lines).anyMatch(line -> line.startsWith("202425,Financial year,Regional,E92000001,England,"
                + "E12000001,North East,,,,20,"));
        assertThat(lines).noneMatch(line -> line.contains("Camden"));
    }

    @Test
    void theMetaFileDescribesTheIndicatorsAndTheJsonHoldsTheSameRows() {
        String token = tokens.tokenFor(Role.NATIONAL_BOARD, "840");
        Reply meta = get("/api/outcomes/exports/adoption_a10.meta.csv" + QUERY + "&by=route", token);

        assertThat(meta.status()).as(meta.toString()).isEqualTo(200);
        assertThat(meta.header("Content-Disposition"))
                .hasValue("attachment; filename=\"adoption_a10_by_route.meta.csv\"");
        assertThat(lines(meta)).containsExactly(
                "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,"
                        + "filter_grouping_column",
                "children,Indicator,Children,,,0,,", "mean_days,Indicator,Mean days,,,0,,",
                "children_3_year,Indicator,Children 3 year,,,0,,",
                "mean_days_3_year,Indicator,Mean days 3 year,,,0,,");

        Reply json = get("/api/outcomes/exports/adoption_a10.json" + QUERY, token);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.header("Content-Disposition")).hasValue("attachment; filename=\"adoption_a10.json\"");
        assertThat(json.json().get("rows")).hasSize(153 + 9 + 1);
        Reply csv = get("/api/outcomes/exports/adoption_a10.csv" + QUERY, token);
        assertThat(lines(csv)).hasSize(1 + 153 + 9 + 1);
    }

    @Test
    void anLaDownloadsItsOwnFiguresBesideEnglandAndWhoMaySeeNoFiguresGets403() {
        Reply own = get("/api/outcomes/exports/adoption_a10.csv" + QUERY, tokens.tokenFor(Role.TEAM_MANAGER, "840"));
        assertThat(lines(own)).hasSize(3);
        assertThat(lines(own).get(1)).contains("County Durham,E06000047,3,300,");

        for (Role role : List.of(Role.PROVIDER, Role.RAA_WORKER, Role.ADMIN)) {
            Reply reply = get("/api/outcomes/exports/adoption_a10.csv" + QUERY, tokens.tokenFor(role, "840"));
            assertThat(reply.status()).as(role + ": " + reply).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void twoDimensionsAreTwoFilterColumnsWithTheirTotalsAndAFilterNamesTheFile() {
        Reply csv = get("/api/outcomes/exports/adoption_a10.csv" + QUERY + "&by=sex,route",
                tokens.tokenFor(Role.TEAM_MANAGER, "840"));

        assertThat(csv.header("Content-Disposition"))
                .hasValue("attachment; filename=\"adoption_a10_by_sex_by_route.csv\"");
        List<String> lines = lines(csv);
        assertThat(lines.get(0)).contains("new_la_code,sex,route,children,");
        assertThat(lines).as("840 and England, each girls by adoption and the three totals").hasSize(1 + 8);
        assertThat(lines).anyMatch(line -> line.contains("County Durham,E06000047,FEMALE,ADOPTION,3,300,"));
        assertThat(lines).anyMatch(line -> line.contains("County Durham,E06000047,Total,Total,3,300,"));

        Reply filtered = get("/api/outcomes/exports/adoption_a10.json" + QUERY + "&by=route&filter=sex:FEMALE",
                tokens.tokenFor(Role.TEAM_MANAGER, "840"));
        assertThat(filtered.header("Content-Disposition"))
                .hasValue("attachment; filename=\"adoption_a10_by_route_sex_female.json\"");
        assertThat(filtered.json().get("rows")).hasSize(2);
        assertProblem(get("/api/outcomes/exports/adoption_a10.csv" + QUERY + "&filter=sex:F",
                tokens.tokenFor(Role.TEAM_MANAGER, "840")), "filter");
    }

    @Test
    void badParametersAreA400ProblemNamingEachOne() {
        String token = tokens.tokenFor(Role.NATIONAL_BOARD, "840");
        assertProblem(get("/api/outcomes/exports/happiness.csv" + QUERY, token), "indicator");
        assertProblem(get("/api/outcomes/exports/adoption_a10.meta.csv?period=2024-26", token), "period");
        assertProblem(get("/api/outcomes/exports/adoption_a10.json" + QUERY + "&by=postcode", token), "by");
        assertProblem(get("/api/outcomes/exports/adoption_a10.csv", token), "period");
    }

    static void assertProblem(Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> named = new ArrayList<>();
        reply.json().get("errors").forEach(error -> named.add(error.get("field").asString()));
        assertThat(named).containsExactly(fields);
    }
}
