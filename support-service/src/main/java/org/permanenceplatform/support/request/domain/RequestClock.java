package org.permanenceplatform.support.request.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One clock of a support request on a given day.
 *
 * @param due     the last day that meets the standard
 * @param stopped the day the work was done, or null while it is not (a service start in the future does not stop it
 *                yet)
 * @param days    days from the request to the stop, or to today while running
 */
public record RequestClock(ClockKind kind, LocalDate due, LocalDate stopped, ClockStatus status, long days) {

    public RequestClock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Overdue from the day after {@code due}; due soon from {@code dueSoonDays} days before it up to and including
     * the due date; met when stopped on or before the due date, met late after it.
     */
    static RequestClock of(ClockKind kind, LocalDate received, LocalDate due, LocalDate stoppedOn, LocalDate today,
                           int dueSoonDays) {
        LocalDate stopped = stoppedOn == null || stoppedOn.isAfter(today) ? null : stoppedOn;
        ClockStatus status;
        if (stopped != null) {
            status = stopped.isAfter(due) ? ClockStatus.MET_LATE : ClockStatus.MET;
        } else if (today.isAfter(due)) {
            status = ClockStatus.OVERDUE;
        } else {
            status = today.plusDays(dueSoonDays).isBefore(due) ? ClockStatus.ON_TRACK : ClockStatus.DUE_SOON;
        }
        return new RequestClock(kind, due, stopped, status,
                ChronoUnit.DAYS.between(received, stopped == null ? today : stopped));
    }
}
