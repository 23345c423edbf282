package org.permanenceplatform.gateway.token;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanenceplatform.gateway.GatewayProperties;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTest {

    @TempDir
    Path data;

    GatewayProperties properties(boolean localMode, String key) {
        return new GatewayProperties(localMode, data, "permanence-gateway", Duration.ofMinutes(2), key);
    }

    @Test
    void localModeKeepsTheSameKeyAcrossRestarts() throws Exception {
        ECKey first = SigningKey.load(properties(true, null));
        ECKey second = SigningKey.load(properties(true, null));
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toECPublicKey()).isEqualTo(first.toECPublicKey());
    }

    @Test
    void outsideLocalModeAKeyMustComeFromTheEnvironment() {
        assertThatThrownBy(() -> SigningKey.load(properties(false, null)))
                .hasMessageContaining("PLATFORM_GATEWAY_SIGNING_KEY");
    }

    @Test
    void aKeyFromTheEnvironmentIsUsedAsGiven() throws Exception {
        ECKey given = new ECKeyGenerator(Curve.P_256).keyID("prod-2026").generate();
        assertThat(SigningKey.load(properties(false, given.toJSONString())).getKeyID()).isEqualTo("prod-2026");
    }

    @Test
    void aPublicKeyAloneCannotSign() throws Exception {
        ECKey publicOnly = new ECKeyGenerator(Curve.P_256).generate().toPublicJWK();
        assertThatThrownBy(() -> SigningKey.load(properties(false, publicOnly.toJSONString())))
                .hasMessageContaining("private key");
    }
}
