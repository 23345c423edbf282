package org.permanenceplatform.gateway.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.permanenceplatform.gateway.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Set;

/**
 * The gateway's ES256 signing key. From the environment ({@code platform.gateway.signing-key}, a private JWK) in
 * production; in local mode, generated once and kept (owner-only) in the data directory so tokens and the JWKS
 * stay stable across restarts.
 */
public final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    static final String FILE_NAME = "jwt-signing-key.json";

    private SigningKey() {
    }

    public static ECKey load(GatewayProperties properties) {
        if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
            return parse(properties.signingKey(), "platform.gateway.signing-key");
        }
        if (!properties.localMode()) {
            throw new IllegalStateException("Set PLATFORM_GATEWAY_SIGNING_KEY to an EC P-256 private key as a JWK "
                    + "(only local mode generates one)");
        }
        return loadOrCreate(properties.gatewayDirectory().resolve(FILE_NAME));
    }

    static ECKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            }
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
                    .keyID("local-" + LocalDate.now()).generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, key.toJSONString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            ownerOnly(file);
            log.info("Generated the local signing key {} in {}", key.getKeyID(), file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey parse(String json, String source) {
        try {
            JWK jwk = JWK.parse(json);
            if (!(jwk instanceof ECKey ec) || !ec.isPrivate() || !Curve.P_256.equals(ec.getCurve())) {
                throw new IllegalStateException(source + " must be an EC P-256 private key (JWK)");
            }
            return ec;
        } catch (ParseException e) {
            throw new IllegalStateException(source + " is not a JWK", e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Could not restrict {} to its owner on this file system", file);
        }
    }
}
