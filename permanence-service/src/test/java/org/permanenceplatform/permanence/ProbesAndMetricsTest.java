package org.permanenceplatform.permanence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.permanenceplatform.kit.testing.TestKeys;
import org.permanenceplatform.kit.testing.TestTokens;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.store.EmbeddedStore;
import org.permanenceplatform.store.StoreOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Health probes and Prometheus metrics on the management port, with a store of this test's own so that the last
 * test can stop it and watch readiness fall while liveness holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProbesAndMetricsTest {

    static EmbeddedStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) throws IOException {
        store = EmbeddedStore.start(StoreOptions.defaults().withPort(0)
                .withDataDirectory(Files.createTempDirectory("probes-store")));
        properties.add("spring.mongodb.uri",
                () -> store.connectionString("permanence") + "?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000");
        properties.add("platform.security.jwt.jwks", TestTokens::jwks);
        properties.add("platform.pseudonymisation.key", () -> TestKeys.PSEUDONYMISATION_KEY);
        properties.add("platform.events.relay.enabled", () -> "false");
        properties.add("management.server.port", () -> "0");
        properties.add("platform.metrics.initial-delay", () -> "PT0S");
        properties.add("platform.metrics.refresh", () -> "PT0.2S");
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    @Order(1)
    void livenessAndReadinessAreUpWithTheStore() {
        HttpApi management = new HttpApi(managementPort);
        Reply liveness = management.get("/actuator/health/liveness", null);
        assertThat(liveness.status()).as(liveness.toString()).isEqualTo(200);
        Reply readiness = management.get("/actuator/health/readiness", null);
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void prometheusShowsTechnicalAndBusinessMetricsTaggedWithTheService() {
        HttpApi api = new HttpApi(port);
        TestTokens tokens = new TestTokens("permanence-service");
        assertThat(api.post("/api/permanence/children", tokens.practitioner("840"), """
                {"localChildId": "M1", "givenName": "Noah", "familyName": "Brown",
                 "dateOfBirth": "2020-01-02", "sex": "MALE", "ethnicity": "BAFR"}""").status()).isEqualTo(201);

        HttpApi management = new HttpApi(managementPort);
        // The gauge is refreshed from the store every 0.2 s here.
        String scrape = await().atMost(Duration.ofSeconds(10)).until(() -> scrape(management).body(),
                body -> body.contains("permanence_children_on_record{"));
        Reply reply = scrape(management);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/plain");
        assertThat(scrape)
                .contains("# TYPE http_server_requests_seconds")
                .contains("application=\"permanence-service\"")
                .containsPattern("permanence_children_recorded_total\\{[^}]*la=\"840\"[^}]*} 1\\.0")
                .containsPattern("permanence_children_on_record\\{[^}]*la=\"840\"[^}]*} 1\\.0");
    }

    private static Reply scrape(HttpApi management) {
        return management.send(management.request("/actuator/prometheus", null)
                .setHeader("Accept", "text/plain;version=0.0.4"));
    }

    @Test
    @Order(3)
    void prometheusCountsOpenAssessmentsByRouteAndStageAndOverdueClocksByRoute() {
        // In care for 2 months with no review held: the first review (20 working days) is overdue. The SGO
        // assessment started a week ago is at its viability stage, due in 3 weeks.
        new RecordFixtures(new HttpApi(port)).sgoAssessmentStarted("840");

        HttpApi management = new HttpApi(managementPort);
        String open = "permanence_assessments_open\\{(?=[^}]*la=\"840\")(?=[^}]*route=\"SPECIAL_GUARDIANSHIP\")"
                + "(?=[^}]*stage=\"viability\")[^}]*} 1\\.0";
        String overdueReview = "permanence_clocks_overdue\\{(?=[^}]*clock=\"REVIEW\")(?=[^}]*la=\"840\")"
                + "(?=[^}]*route=\"none\")[^}]*} 1\\.0";
        String scrape = await().atMost(Duration.ofSeconds(10)).until(() -> scrape(management).body(),
                body -> Pattern.compile(open).matcher(body).find());
        assertThat(scrape).containsPattern(overdueReview)
                .doesNotContainPattern("permanence_clocks_overdue\\{[^}]*route=\"SPECIAL_GUARDIANSHIP\"");
    }

    @Test
    @Order(4)
    void actuatorIsNotServedOnTheApiPort() {
        assertThat(new HttpApi(port).get("/actuator/prometheus", null).status()).isIn(401, 404);
    }

    @Test
    @Order(5)
    void readinessFallsWhenTheStoreIsGoneWhileLivenessHolds() {
        store.close();
        HttpApi management = new HttpApi(managementPort);
        assertThat(management.get("/actuator/health/readiness", null).status()).isEqualTo(503);
        assertThat(management.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }
}
