package org.permanenceplatform.permanence.adopter;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.permanence.AdopterFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open approval assessments by stage, and how many are overdue, scraped from {@code /actuator/prometheus} on the
 * management port as Prometheus reads them. The gauges are worked out here on demand rather than waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovalMetricsTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "adopter_metrics");
        properties.add("platform.metrics.initial-delay", () -> "PT1H");
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApprovalMetrics metrics;

    @Test
    void openAssessmentsAreCountedByStageWithTheOverdueOnes() {
        AdopterFixtures adopters = new AdopterFixtures(new HttpApi(port));
        LocalDate today = adopters.today();
        adopters.started("840", today.minusMonths(3));
        adopters.started("840", today.minusMonths(3));
        adopters.started("840", today.minusDays(1));
        adopters.completed("840", adopters.started("840", today.minusMonths(1)), "stage-one", today);
        adopters.registered("840", today);

        metrics.refresh();
        HttpApi management = new HttpApi(managementPort);
        Reply scrape = management.send(management.request("/actuator/prometheus", null)
                .setHeader("Accept", "text/plain;version=0.0.4"));

        assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain");
        assertThat(scrape.body())
                .contains("# TYPE permanence_adopter_assessments_open gauge")
                .containsPattern("permanence_adopter_assessments_open\\{[^}]*la=\"840\"[^}]*stage=\"stage-one\"[^}]*} 3\\.0")
                .containsPattern("permanence_adopter_assessments_open\\{[^}]*la=\"840\"[^}]*stage=\"stage-two\"[^}]*} 1\\.0")
                .containsPattern("permanence_adopter_assessments_overdue\\{[^}]*la=\"840\"[^}]*stage=\"stage-one\"[^}]*} 2\\.0")
                .doesNotContainPattern("permanence_adopter_assessments_overdue\\{[^}]*stage=\"stage-two\"");
    }
}
