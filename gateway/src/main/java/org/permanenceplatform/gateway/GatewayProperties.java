package org.permanenceplatform.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param localMode     the one-machine default: generate and keep a signing key in the data directory, seed one
 *                      demo user per role. Never in production.
 * @param dataDirectory where local mode keeps the signing key and the demo logins
 * @param issuer        the {@code iss} of the tokens the gateway mints
 * @param tokenLifetime how long a minted token is valid (one call needs seconds)
 * @param signingKey    the ES256 private key as a JWK (JSON), from the environment; required outside local mode
 */
@ConfigurationProperties("platform.gateway")
public record GatewayProperties(boolean localMode, Path dataDirectory, String issuer, Duration tokenLifetime,
                                String signingKey) {

    public GatewayProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data");
        }
        if (issuer == null || issuer.isBlank()) {
            issuer = "permanence-gateway";
        }
        if (tokenLifetime == null) {
            tokenLifetime = Duration.ofMinutes(2);
        }
    }

    public Path gatewayDirectory() {
        return dataDirectory.resolve("gateway");
    }
}
