package org.permanenceplatform.permanence.clock.domain;

import org.junit.jupiter.api.Test;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    static final WorkingDays WORKING_DAYS = WorkingDays.englandAndWales();

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertThat(WORKING_DAYS.isWorkingDay(of(2024, 3, 28))).as("Thursday before Easter").isTrue();
        assertThat(WORKING_DAYS.isWorkingDay(of(2024, 3, 29))).as("Good Friday").isFalse();
        assertThat(WORKING_DAYS.isWorkingDay(of(2024, 3, 30))).as("Saturday").isFalse();
        assertThat(WORKING_DAYS.isWorkingDay(of(2024, 3, 31))).as("Sunday").isFalse();
        assertThat(WORKING_DAYS.isWorkingDay(of(2024, 4, 1))).as("Easter Monday").isFalse();
        assertThat(WORKING_DAYS.isWorkingDay(of(2024, 4, 2))).isTrue();
    }

    @Test
    void theStartDayIsNotCountedSoAFridayStartMakesMondayTheFirstWorkingDay() {
        assertThat(WORKING_DAYS.plusWorkingDays(of(2024, 3, 1), 1)).isEqualTo(of(2024, 3, 4));
        assertThat(WORKING_DAYS.plusWorkingDays(of(2024, 3, 2), 1)).as("from a Saturday").isEqualTo(of(2024, 3, 4));
        assertThat(WORKING_DAYS.plusWorkingDays(of(2024, 3, 1), 0)).isEqualTo(of(2024, 3, 1));
    }

    @Test
    void countingSkipsTheEasterWeekend() {
        assertThat(WORKING_DAYS.plusWorkingDays(of(2024, 3, 28), 1)).isEqualTo(of(2024, 4, 2));
        assertThat(WORKING_DAYS.plusWorkingDays(of(2024, 3, 28), 5)).isEqualTo(of(2024, 4, 8));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> WORKING_DAYS.plusWorkingDays(of(2024, 3, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countingPastTheEndOfTheTableFailsRatherThanIgnoringUnknownHolidays() {
        assertThatThrownBy(() -> WORKING_DAYS.plusWorkingDays(of(2030, 12, 20), 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2031");
    }
}
