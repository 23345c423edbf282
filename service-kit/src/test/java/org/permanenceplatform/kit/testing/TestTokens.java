package org.permanenceplatform.kit.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Signs tokens the way the gateway does (ES256, issuer, audience, short expiry, platform claims) with a key made
 * for the test run. {@link #jwks()} is what a service under test is configured to trust.
 */
public final class TestTokens {

    public static final String ISSUER = "permanence-gateway";

    private static final ECKey TRUSTED = newKey("test-key");

    private final String audience;

    public TestTokens(String audience) {
        this.audience = audience;
    }

    /** The public half of the trusted key, as a JWKS document. */
    public static String jwks() {
        return new JWKSet(TRUSTED.toPublicJWK()).toString();
    }

    public String token(String subject, List<String> roles, String la) {
        return sign(TRUSTED, claims -> claims.subject(subject).claim("roles", roles).claim("la", la));
    }

    public String practitioner(String la) {
        return token("practitioner@" + la, List.of("PRACTITIONER"), la);
    }

    /** A token with the usual claims, changed as the test wants, signed with the trusted key. */
    public String sign(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(TRUSTED, change);
    }

    /** A token signed with a key nobody trusts. */
    public String signWithUntrustedKey(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(newKey("test-key"), change);
    }

    private String sign(ECKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString());
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), change.apply(claims).build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static ECKey newKey(String id) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
