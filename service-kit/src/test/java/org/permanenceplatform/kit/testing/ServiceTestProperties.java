package org.permanenceplatform.kit.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The settings every service test starts with: a fresh database on the test store, the test keys, no relay. */
public final class ServiceTestProperties {

    private ServiceTestProperties() {
    }

    public static void register(DynamicPropertyRegistry properties, String databasePrefix) {
        properties.add("spring.mongodb.uri", () -> TestStore.freshDatabaseUri(databasePrefix));
        properties.add("platform.security.jwt.jwks", TestTokens::jwks);
        properties.add("platform.pseudonymisation.key", () -> TestKeys.PSEUDONYMISATION_KEY);
        properties.add("platform.events.relay.enabled", () -> "false");
        properties.add("management.server.port", () -> "0");
    }
}
