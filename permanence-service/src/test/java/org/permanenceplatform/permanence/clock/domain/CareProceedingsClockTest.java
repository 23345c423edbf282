package org.permanenceplatform.permanence.clock.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CareProceedingsClockTest {

    /** Wednesday 10 January 2024; the 26 weeks beginning that day end on Tuesday 9 July 2024. */
    static final CareProceedingsClock ISSUED = CareProceedingsClock.issuedOn(of(2024, 1, 10));

    @Test
    void theTwentySixWeeksBeginWithTheDayOfIssue() {
        assertThat(ISSUED.timetableEnds()).isEqualTo(of(2024, 7, 9));
        assertThat(ISSUED.dueDate()).isEqualTo(of(2024, 7, 9));
    }

    @Test
    void extensionsAddUpOnTheTwentySixWeeks() {
        CareProceedingsClock once = ISSUED.extendedBy(new Extension(8, "expert report on the child's needs"));
        assertThat(once.dueDate()).isEqualTo(of(2024, 9, 3));
        CareProceedingsClock twice = once.extendedBy(new Extension(4, "a relative came forward late"));
        assertThat(twice.dueDate()).isEqualTo(of(2024, 10, 1));
        assertThat(twice.timetableEnds()).isEqualTo(of(2024, 7, 9));
        assertThat(twice.extensions()).extracting(Extension::weeks).containsExactly(8, 4);
    }

    @Test
    void anExtensionIsOneToEightWeeksWithAReason() {
        assertThatThrownBy(() -> ISSUED.extendedBy(new Extension(9, "too long")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 8 weeks");
        assertThatThrownBy(() -> new Extension(0, "nothing")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Extension(4, "  ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> new CareProceedingsClock(of(2024, 1, 10), List.of(new Extension(10, "x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proceedingsUndecidedAfterTheLastDayAreOverdue() {
        CareProceedingsClock extended = ISSUED.extendedBy(new Extension(8, "expert report"));
        assertThat(extended.status(of(2024, 7, 10))).isEqualTo(ClockStatus.ON_TRACK);
        assertThat(extended.status(of(2024, 9, 3))).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(extended.status(of(2024, 9, 4))).isEqualTo(ClockStatus.OVERDUE);
    }
}
