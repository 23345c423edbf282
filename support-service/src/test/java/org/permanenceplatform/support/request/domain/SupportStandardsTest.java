package org.permanenceplatform.support.request.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.support.rules.domain.RuleBroken;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each clock of a support request against its standard, on the days either side of its due date. */
class SupportStandardsTest {

    static final SupportStandards STANDARDS = new SupportStandards(5, 1, 28, 56, 3);
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    static SupportRequest request(Category category, Urgency urgency) {
        return SupportRequest.received("r1", RECEIVED, Requester.FAMILY, category, urgency, "help", "sam");
    }

    static RequestClock clock(SupportRequest request, ClockKind kind, LocalDate today) {
        return STANDARDS.clocksOf(request, today).stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aRoutineFirstResponseIsDueFiveDaysAfterTheRequestAndOverdueTheDayAfter() {
        SupportRequest routine = request(Category.THERAPEUTIC, Urgency.ROUTINE);
        assertThat(clock(routine, ClockKind.FIRST_RESPONSE, RECEIVED).due()).isEqualTo(RECEIVED.plusDays(5));
        assertThat(clock(routine, ClockKind.FIRST_RESPONSE, RECEIVED.plusDays(5)).status())
                .isEqualTo(ClockStatus.DUE_SOON);
        assertThat(clock(routine, ClockKind.FIRST_RESPONSE, RECEIVED.plusDays(6)).status())
                .isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void aClockIsDueSoonFromItsDueSoonDaysBeforeTheDueDateAndOnTrackTheDayBefore() {
        SupportRequest routine = request(Category.RESPITE, Urgency.ROUTINE);
        LocalDate due = RECEIVED.plusDays(28);
        assertThat(clock(routine, ClockKind.NEEDS_ASSESSMENT, due.minusDays(4)).status())
                .isEqualTo(ClockStatus.ON_TRACK);
        assertThat(clock(routine, ClockKind.NEEDS_ASSESSMENT, due.minusDays(3)).status())
                .isEqualTo(ClockStatus.DUE_SOON);
        assertThat(clock(routine, ClockKind.NEEDS_ASSESSMENT, due).status()).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(clock(routine, ClockKind.NEEDS_ASSESSMENT, due.plusDays(1)).status())
                .isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void anUrgentRequestAndEveryCrisisHaveTheShorterFirstResponseStandard() {
        assertThat(clock(request(Category.CONTACT, Urgency.URGENT), ClockKind.FIRST_RESPONSE, RECEIVED).due())
                .isEqualTo(RECEIVED.plusDays(1));
        assertThat(clock(request(Category.CRISIS, Urgency.ROUTINE), ClockKind.FIRST_RESPONSE, RECEIVED).due())
                .isEqualTo(RECEIVED.plusDays(1));
        assertThat(clock(request(Category.CRISIS, Urgency.ROUTINE), ClockKind.FIRST_RESPONSE,
                RECEIVED.plusDays(2)).status()).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void aResponseOnTheDueDateMeetsTheStandardAndTheDayAfterMeetsItLate() {
        SupportRequest routine = request(Category.EDUCATION, Urgency.ROUTINE);
        LocalDate later = RECEIVED.plusDays(40);
        RequestClock onTime = clock(routine.respondedOn(RECEIVED.plusDays(5)), ClockKind.FIRST_RESPONSE, later);
        assertThat(onTime.status()).isEqualTo(ClockStatus.MET);
        assertThat(onTime.days()).isEqualTo(5);
        assertThat(clock(routine.respondedOn(RECEIVED.plusDays(6)), ClockKind.FIRST_RESPONSE, later).status())
                .isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    void aServiceStartingInTheFutureDoesNotStopTheClockUntilItsDay() {
        SupportRequest planned = request(Category.THERAPEUTIC, Urgency.ROUTINE).serviceStartsOn(RECEIVED.plusDays(50));
        RequestClock before = clock(planned, ClockKind.SERVICE_START, RECEIVED.plusDays(49));
        assertThat(before.status()).isEqualTo(ClockStatus.ON_TRACK);
        assertThat(before.stopped()).isNull();
        assertThat(clock(planned, ClockKind.SERVICE_START, RECEIVED.plusDays(50)).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void theFirstServiceStopsTheServiceClockAndALaterOneChangesNothing() {
        SupportRequest request = request(Category.RESPITE, Urgency.ROUTINE).serviceStartsOn(RECEIVED.plusDays(10))
                .serviceStartsOn(RECEIVED.plusDays(20));
        assertThat(request.serviceStarted()).isEqualTo(RECEIVED.plusDays(10));
    }

    @Test
    void aRequestIsAnsweredOnceAndNeverBeforeItArrived() {
        SupportRequest request = request(Category.FINANCIAL, Urgency.ROUTINE);
        assertThatThrownBy(() -> request.respondedOn(RECEIVED.minusDays(1))).isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> request.respondedOn(RECEIVED).respondedOn(RECEIVED.plusDays(1)))
                .isInstanceOf(RuleBroken.class).hasMessageContaining("already");
        assertThatThrownBy(() -> request.serviceStartsOn(RECEIVED.minusDays(1)))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> assertThat(broken.field()).isEqualTo("start"));
    }

    @Test
    void anUrgentStandardLongerThanTheRoutineOneIsRefused() {
        assertThatThrownBy(() -> new SupportStandards(1, 5, 28, 56, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
