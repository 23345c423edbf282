package org.permanenceplatform.permanence.clock.domain;

import org.junit.jupiter.api.Test;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimescaleTest {

    static final WorkingDays WORKING_DAYS = WorkingDays.englandAndWales();

    @Test
    void readsTheUnitsAsWrittenSingularOrPlural() {
        assertThat(Timescale.parse("16 weeks")).isEqualTo(new Timescale(16, Timescale.Unit.WEEKS));
        assertThat(Timescale.parse("1 week")).isEqualTo(new Timescale(1, Timescale.Unit.WEEKS));
        assertThat(Timescale.parse("20 Working  Days")).isEqualTo(new Timescale(20, Timescale.Unit.WORKING_DAYS));
        assertThat(Timescale.parse("3 months")).isEqualTo(new Timescale(3, Timescale.Unit.MONTHS));
        assertThat(Timescale.parse("10 days").toString()).isEqualTo("10 days");
    }

    @Test
    void refusesWhatIsNotATimescale() {
        assertThatThrownBy(() -> Timescale.parse("3 fortnights")).hasMessageContaining("unit");
        assertThatThrownBy(() -> Timescale.parse("some weeks")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Timescale.parse("0 weeks")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Timescale.parse("weeks")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsFromTheDayAfterTheStartInItsOwnUnit() {
        assertThat(Timescale.parse("16 weeks").after(of(2025, 1, 6), WORKING_DAYS)).isEqualTo(of(2025, 4, 28));
        assertThat(Timescale.parse("3 months").after(of(2024, 11, 29), WORKING_DAYS)).isEqualTo(of(2025, 2, 28));
        assertThat(Timescale.parse("10 days").after(of(2025, 1, 6), WORKING_DAYS)).isEqualTo(of(2025, 1, 16));
        assertThat(Timescale.parse("7 working days").after(of(2024, 12, 18), WORKING_DAYS))
                .isEqualTo(of(2024, 12, 31));
    }
}
