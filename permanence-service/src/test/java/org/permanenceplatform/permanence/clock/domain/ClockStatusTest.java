package org.permanenceplatform.permanence.clock.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ClockStatusTest {

    static final LocalDate DUE = LocalDate.of(2025, 3, 10);

    @Test
    void dueTodayIsDueSoon() {
        assertThat(ClockStatus.of(DUE, DUE)).isEqualTo(ClockStatus.DUE_SOON);
    }

    @Test
    void dueYesterdayIsOverdue() {
        assertThat(ClockStatus.of(DUE, DUE.plusDays(1))).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void dueInExactlyFourteenDaysIsDueSoon() {
        assertThat(ClockStatus.of(DUE, LocalDate.of(2025, 2, 24))).isEqualTo(ClockStatus.DUE_SOON);
    }

    @Test
    void dueInFifteenDaysIsOnTrack() {
        assertThat(ClockStatus.of(DUE, LocalDate.of(2025, 2, 23))).isEqualTo(ClockStatus.ON_TRACK);
    }

    @Test
    void onlyOverdueAndDueSoonAskForAttention() {
        assertThat(ClockStatus.values()).filteredOn(ClockStatus::needsAttention)
                .containsExactly(ClockStatus.OVERDUE, ClockStatus.DUE_SOON);
    }
}
