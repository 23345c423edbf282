package org.permanenceplatform.permanence.child.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static ChildDetails details(String localId, String familyName) {
        return new ChildDetails(localId, "Ava", familyName, LocalDate.of(2019, 3, 14), Sex.FEMALE, Ethnicity.WBRI);
    }

    @Test
    void aNewChildStartsAtVersionOne() {
        Child child = Child.record("id-1", "840", details("C1", "Taylor"), NOW, "sam");
        assertThat(child.version()).isEqualTo(1);
        assertThat(child.createdAt()).isEqualTo(child.updatedAt());
    }

    @Test
    void everyChangeMovesTheVersionOnAndKeepsWhoRecordedTheChild() {
        Child child = Child.record("id-1", "840", details("C1", "Taylor"), NOW, "sam");
        Child changed = child.withDetails(details("C1", "Smith"), NOW.plusSeconds(5));
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.createdBy()).isEqualTo("sam");
        assertThat(changed.createdAt()).isEqualTo(NOW);
        assertThat(changed.updatedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void theLasLocalIdCannotBeChangedByACorrection() {
        Child child = Child.record("id-1", "840", details("C1", "Taylor"), NOW, "sam");
        assertThatThrownBy(() -> child.withDetails(details("C2", "Taylor"), NOW))
                .hasMessageContaining("local child id");
    }

    @Test
    void localIdsFollowTheSsda903Limit() {
        assertThatThrownBy(() -> details("ABCDEFGHIJK", "Taylor")).hasMessageContaining("localChildId");
        assertThatThrownBy(() -> details("C 1", "Taylor")).hasMessageContaining("localChildId");
        assertThat(details("ABC-123456", "Taylor").localChildId()).isEqualTo("ABC-123456");
    }

    @Test
    void namesAreTrimmedAndMayNotBeBlank() {
        assertThat(new ChildDetails("C1", "  Ava ", " Taylor", LocalDate.of(2019, 3, 14), Sex.FEMALE,
                Ethnicity.WBRI).givenName()).isEqualTo("Ava");
        assertThatThrownBy(() -> details("C1", "   ")).hasMessageContaining("family name");
    }

    @Test
    void aChildBornTodayIsBornButNotOneBornTomorrow() {
        ChildDetails newborn = new ChildDetails("C1", "Ava", "Taylor", LocalDate.of(2026, 11, 23), Sex.UNKNOWN,
                Ethnicity.NOBT);
        assertThat(newborn.bornBy(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(newborn.bornBy(LocalDate.of(2026, 11, 22))).isFalse();
    }

    @Test
    void everyEthnicityHasAMajorGroupForNationalReporting() {
        assertThat(Ethnicity.values()).hasSize(20);
        assertThat(Ethnicity.MWBA.majorGroup()).isEqualTo(Ethnicity.MajorGroup.MIXED);
        assertThat(Ethnicity.REFU.majorGroup()).isEqualTo(Ethnicity.MajorGroup.NOT_RECORDED);
    }
}
