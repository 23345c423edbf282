package org.permanenceplatform.outcomes.indicator.api;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.kit.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator definitions over real HTTP: the fifteen of the domain, in its order, then the two placement shares,
 * with their thresholds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorDefinitionsApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "indicators");
    }

    @LocalServerPort
    int port;

    final TestTokens tokens = new TestTokens("outcomes-service");

    @Test
    void aSignedInCallerReadsTheFifteenDefinitionsInTheDomainsOrderThenThePlacementShares() {
        Reply reply = new HttpApi(port).get("/api/outcomes/indicators", tokens.practitioner("840"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().forEach(definition -> ids.add(definition.get("id").asString()));
        assertThat(ids).containsExactly("permanence_achieved", "days_to_permanence", "adoption_a10", "adoption_a2",
                "permanence_within_12_months", "placement_moves_3plus", "long_term_stability", "moves_per_1000_days",
                "breakdown_rate", "re_entry_12_months", "support_timeliness", "education",
                "waiting_with_placement_order", "staying_put_18", "placement_cost_like_for_like",
                "placed_20_miles_or_more", "residential_care");
    }

    @Test
    void thePlacementSharesSayWhatTheyCountMachineReadably() {
        HttpApi api = new HttpApi(port);
        JsonNode far = api.get("/api/outcomes/indicators/placed_20_miles_or_more", tokens.practitioner("840")).json();
        assertThat(far.get("unit").asString()).isEqualTo("percent");
        assertThat(far.get("numerator").asString()).contains("OUTSIDE_LA_20_MILES_OR_MORE");
        assertThat(far.get("measures")).extracting(JsonNode::asString).containsExactly("children", "share");
        JsonNode residential = api.get("/api/outcomes/indicators/residential_care", tokens.practitioner("840"))
                .json();
        assertThat(residential.get("numerator").asString()).contains("K1", "K2", "R1", "S1");
        assertThat(residential.get("denominator").asString()).contains("31 March");
    }

    @Test
    void oneDefinitionCarriesItsMethodAndThreshold() {
        HttpApi api = new HttpApi(port);
        JsonNode a10 = api.get("/api/outcomes/indicators/adoption_a10", tokens.practitioner("840")).json();
        assertThat(a10.get("threshold").asInt()).isEqualTo(426);
        assertThat(a10.get("unit").asString()).isNotBlank();
        assertThat(a10.get("method").asString()).containsIgnoringCase("rolling");
        JsonNode moves = api.get("/api/outcomes/indicators/placement_moves_3plus", tokens.practitioner("840")).json();
        assertThat(moves.get("threshold").isNull()).as("no threshold for moves").isTrue();
    }

    @Test
    void anUnknownIndicatorIsA404ProblemAndNoTokenIsA401() {
        Reply unknown = new HttpApi(port).get("/api/outcomes/indicators/happiness", tokens.practitioner("840"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(new HttpApi(port).get("/api/outcomes/indicators", null).status()).isEqualTo(401);
    }
}
