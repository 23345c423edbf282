package org.permanenceplatform.gateway.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.permanenceplatform.gateway.GatewayProperties;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.security.TokenClaims;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mints the short-lived ES256 token the gateway sends with each call to a service, for one audience (the service),
 * carrying the signed-in user's roles and place. The browser never sees it.
 */
@Component
public class TokenMinter {

    private final ECKey key;
    private final ECDSASigner signer;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    public TokenMinter(GatewayProperties properties, Clock clock) {
        this.key = SigningKey.load(properties);
        this.issuer = properties.issuer();
        this.lifetime = properties.tokenLifetime();
        this.clock = clock;
        try {
            this.signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String mint(PlatformUser user, String audience) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(user.username())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(TokenClaims.ROLES, user.roles().stream().map(Role::name).sorted().toList());
        user.la().ifPresent(la -> claims.claim(TokenClaims.LA, la));
        user.region().ifPresent(region -> claims.claim(TokenClaims.REGION, region));
        user.provider().ifPresent(provider -> claims.claim(TokenClaims.PROVIDER, provider));
        return sign(claims.build());
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return jwt.serialize();
    }

    /** A token for a service calling another service (event delivery), never for a person. */
    public String mintForService(String service, List<String> las, String audience, String scope) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(TokenClaims.SERVICE_SUBJECT_PREFIX + service)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(TokenClaims.SCOPE, scope)
                .claim(TokenClaims.LAS, las)
                .build();
        return sign(claims);
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** The public half of the signing key, as the services fetch it. */
    public Map<String, Object> jwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject();
    }
}
