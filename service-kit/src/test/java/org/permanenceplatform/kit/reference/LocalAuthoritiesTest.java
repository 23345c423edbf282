package org.permanenceplatform.kit.reference;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class LocalAuthoritiesTest {

    @Test
    void knowsAllOneHundredAndFiftyThreeLasInNineRegions() {
        LocalAuthorities england = LocalAuthorities.england();
        assertThat(england.all()).hasSize(153);
        assertThat(england.all().stream().map(LocalAuthority::regionCode).collect(Collectors.toSet())).hasSize(9);
    }

    @Test
    void readsNamesThatContainCommas() {
        assertThat(LocalAuthorities.england().all())
                .anySatisfy(la -> assertThat(la.name()).contains(",").startsWith("Bristol"));
    }

    @Test
    void findsAnLaByItsDfeCode() {
        LocalAuthority durham = LocalAuthorities.england().byCode("840").orElseThrow();
        assertThat(durham.name()).isEqualTo("County Durham");
        assertThat(durham.onsCode()).isEqualTo("E06000047");
        assertThat(durham.regionName()).isEqualTo("North East");
        assertThat(LocalAuthorities.england().isKnown("000")).isFalse();
    }
}
