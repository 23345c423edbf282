package org.permanenceplatform.kit.testing;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises before it has a single feature: nothing without a valid token, errors as problems,
 * probes and tagged Prometheus metrics on the management port. A service's test extends this with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
public abstract class ServiceBasicsContract {

    @DynamicPropertySource
    static void serviceUnderTest(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "basics");
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    /** The service's name, as in spring.application.name and its tokens' audience. */
    protected abstract String serviceName();

    /** A path under the service's API prefix. */
    protected abstract String apiPath();

    @Test
    void everyApiPathNeedsAToken() {
        Reply reply = new HttpApi(port).get(apiPath(), null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aValidTokenForAnotherServiceIsRefused() {
        String elsewhere = new TestTokens("some-other-service").token("sam", List.of("PRACTITIONER"), "840");
        assertThat(new HttpApi(port).get(apiPath(), elsewhere).status()).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String forged = new TestTokens(serviceName()).signWithUntrustedKey(claims -> claims.subject("mallory")
                .claim("roles", List.of("PRACTITIONER")).claim("la", "840"));
        assertThat(new HttpApi(port).get(apiPath(), forged).status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = new TestTokens(serviceName()).sign(claims -> claims.subject("sam")
                .claim("roles", List.of("PRACTITIONER")).claim("la", "840")
                .expirationTime(java.util.Date.from(java.time.Instant.now().minusSeconds(600))));
        assertThat(new HttpApi(port).get(apiPath(), expired).status()).isEqualTo(401);
    }

    @Test
    void anUnknownPathWithAValidTokenIsAProblemNot500() {
        String token = new TestTokens(serviceName()).token("sam", List.of("PRACTITIONER"), "840");
        Reply reply = new HttpApi(port).get(apiPath() + "/no-such-thing", token);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void probesAreUpAndMetricsAreTaggedWithTheService() {
        HttpApi management = new HttpApi(managementPort);
        assertThat(management.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(management.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        Reply scrape = management.send(management.request("/actuator/prometheus", null)
                .setHeader("Accept", "text/plain;version=0.0.4"));
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("application=\"" + serviceName() + "\"").contains("jvm_memory_used_bytes");
    }
}
