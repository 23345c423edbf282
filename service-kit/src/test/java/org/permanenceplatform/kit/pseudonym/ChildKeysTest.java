package org.permanenceplatform.kit.pseudonym;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildKeysTest {

    static byte[] secret(int fill) {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) fill);
        return secret;
    }

    @Test
    void theSameChildAlwaysGetsTheSameKey() {
        assertThat(new ChildKeys(secret(1)).keyOf("840", "C1")).isEqualTo(new ChildKeys(secret(1)).keyOf("840", "C1"));
    }

    @Test
    void theKeyNamesNeitherTheLaNorTheLocalId() {
        String key = new ChildKeys(secret(1)).keyOf("840", "DUR-0001");
        assertThat(key).hasSize(43).doesNotContain("840").doesNotContain("DUR");
    }

    @Test
    void theSameLocalIdInAnotherLaIsAnotherChild() {
        ChildKeys keys = new ChildKeys(secret(1));
        assertThat(keys.keyOf("840", "C1")).isNotEqualTo(keys.keyOf("841", "C1"));
        assertThat(keys.keyOf("840", "C1")).as("no ambiguity at the join").isNotEqualTo(keys.keyOf("8401", "1"));
    }

    @Test
    void anotherSecretReKeysEveryChild() {
        assertThat(new ChildKeys(secret(1)).keyOf("840", "C1")).isNotEqualTo(new ChildKeys(secret(2)).keyOf("840", "C1"));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new ChildKeys(new byte[16])).hasMessageContaining("32 bytes");
    }
}
