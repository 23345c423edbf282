package org.permanenceplatform.support.queue;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.support.SupportFixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The support business gauges, scraped from Prometheus on the management port as an operator's Prometheus would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupportMetricsTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "metrics");
        properties.add("platform.metrics.initial-delay", () -> "PT0S");
        properties.add("platform.metrics.refresh", () -> "PT0.2S");
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void openRequestsByCategoryAndOverdueClocksByClockAreScraped() {
        SupportFixtures fixtures = new SupportFixtures(new HttpApi(port));
        // Received 40 days ago and never answered: the first response and the needs assessment are overdue.
        fixtures.requested("840", fixtures.referred("840", "ADOPTION"), "PEER_SUPPORT", 40);

        HttpApi management = new HttpApi(managementPort);
        String open = "support_requests_open\\{(?=[^}]*category=\"PEER_SUPPORT\")(?=[^}]*la=\"840\")[^}]*} 1\\.0";
        String scrape = await().atMost(Duration.ofSeconds(10)).until(() -> management.send(management
                        .request("/actuator/prometheus", null).setHeader("Accept", "text/plain;version=0.0.4")).body(),
                body -> Pattern.compile(open).matcher(body).find());
        assertThat(scrape).contains("application=\"support-service\"")
                .containsPattern("support_clocks_overdue\\{(?=[^}]*clock=\"FIRST_RESPONSE\")(?=[^}]*la=\"840\")[^}]*} 1\\.0")
                .containsPattern("support_clocks_overdue\\{(?=[^}]*clock=\"NEEDS_ASSESSMENT\")[^}]*} 1\\.0")
                .doesNotContainPattern("support_clocks_overdue\\{[^}]*clock=\"SERVICE_START\"");
    }
}
