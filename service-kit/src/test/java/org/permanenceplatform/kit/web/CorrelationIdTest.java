package org.permanenceplatform.kit.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdTest {

    @Test
    void keepsAPlausibleIdFromTheCaller() {
        assertThat(CorrelationId.acceptOrCreate("req-42.a_b")).isEqualTo("req-42.a_b");
    }

    @Test
    void replacesAnIdThatCouldForgeLogLines() {
        String replaced = CorrelationId.acceptOrCreate("x\nERROR forged line");
        assertThat(replaced).doesNotContain("\n").hasSize(36);
    }

    @Test
    void makesOneWhenNoneIsGiven() {
        assertThat(CorrelationId.acceptOrCreate(null)).hasSize(36);
    }
}
