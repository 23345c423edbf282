package org.permanenceplatform.generator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LocalAuthoritiesTest {

    private final List<LocalAuthority> england = LocalAuthorities.england();

    @Test
    void all153LasIn9RegionsAreReadFromServiceKitsList() {
        assertThat(england).hasSize(153);
        assertThat(england.stream().map(LocalAuthority::regionName).distinct()).hasSize(9);
        assertThat(england.stream().map(LocalAuthority::code).distinct()).hasSize(153);
        assertThat(england).anySatisfy(la -> assertThat(la.name()).isEqualTo("Kingston upon Hull, City of"));
    }

    @Test
    void countiesAreSizedAboveUnitariesAndTheTwoSmallestAreTiny() {
        assertThat(size("Kent")).isGreaterThan(size("Darlington"));
        assertThat(size("Birmingham")).isGreaterThan(size("Darlington"));
        assertThat(size("City of London")).isLessThan(0.1);
        assertThat(size("Isles of Scilly")).isLessThan(0.1);
    }

    private double size(String name) {
        return england.stream().filter(la -> la.name().equals(name)).findFirst().orElseThrow().size();
    }
}
