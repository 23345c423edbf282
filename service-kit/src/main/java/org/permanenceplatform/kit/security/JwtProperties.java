package org.permanenceplatform.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service checks the tokens it is given. Exactly one key source must be set.
 *
 * @param issuer   the {@code iss} every token must carry (the gateway's)
 * @param audience the {@code aud} a token must include to be accepted here; defaults to the application name
 * @param jwksUri  where the issuer publishes its public keys (JWKS)
 * @param jwks     the public keys themselves, as a JWKS JSON document (for fixed keys and tests)
 */
@ConfigurationProperties("platform.security.jwt")
public record JwtProperties(String issuer, String audience, String jwksUri, String jwks) {

    public JwtProperties {
        if (issuer == null || issuer.isBlank()) {
            issuer = "permanence-gateway";
        }
    }

    boolean hasInlineKeys() {
        return jwks != null && !jwks.isBlank();
    }

    boolean hasKeyLocation() {
        return jwksUri != null && !jwksUri.isBlank();
    }
}
