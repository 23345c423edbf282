package org.permanenceplatform.permanence.education.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EducationYearTest {

    static EducationYear year(String missed, String attainment8) {
        return new EducationYear(AcademicYear.parse("2024/25"), null,
                attainment8 == null ? null : new BigDecimal(attainment8),
                missed == null ? null : new BigDecimal(missed), 0, false, "virtualschool.durham", Instant.EPOCH);
    }

    @Test
    void anAcademicYearRunsFromSeptemberToAugust() {
        assertThat(AcademicYear.containing(LocalDate.of(2025, 8, 31))).hasToString("2024/25");
        assertThat(AcademicYear.containing(LocalDate.of(2025, 9, 1))).hasToString("2025/26");
        assertThat(AcademicYear.parse("2099/00").lastDay()).isEqualTo(LocalDate.of(2100, 8, 31));
        assertThatThrownBy(() -> AcademicYear.parse("2024/26")).hasMessageContaining("not consecutive");
        assertThatThrownBy(() -> AcademicYear.parse("2024-25")).hasMessageContaining("like 2024/25");
    }

    @Test
    void persistentAbsenceIsMissingTenPercentOrMore() {
        assertThat(year("10.0", null).persistentlyAbsent()).isTrue();
        assertThat(year("9.99", null).persistentlyAbsent()).isFalse();
        assertThat(year(null, null).persistentlyAbsent()).isNull();
    }

    @Test
    void scoresOutsideTheirScaleAreRefused() {
        assertThatThrownBy(() -> year("100.5", null)).hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> year(null, "90.5")).hasMessageContaining("0 to 90");
        assertThat(year(null, "90").attainment8()).isEqualByComparingTo("90");
    }
}
