package org.permanenceplatform.permanence.clock.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a clock stands on a given day. Delay is first-class: every open clock shows whether it is overdue or due
 * within the next fortnight, so a team sees what needs doing before it is late.
 */
public enum ClockStatus {
    /** Today is after the due date and the work is not done. */
    OVERDUE,
    /** Due today or within the next {@value #DUE_SOON_DAYS} days. */
    DUE_SOON,
    /** Due later than that. */
    ON_TRACK,
    /** The work was done; a finished stage is never overdue, however late it finished. */
    DONE,
    /** The clock has not started: it counts from a stage that is not yet completed. */
    NOT_STARTED,
    /** No clock applies (no statutory timescale and no practice target), so the stage cannot be late. */
    NO_CLOCK;

    /** How far ahead "due soon" looks, in calendar days. */
    public static final int DUE_SOON_DAYS = 14;

    /**
     * The status of open work due on {@code due}: overdue from the day after the due date; due soon from
     * {@value #DUE_SOON_DAYS} days before it up to and including the due date; on track before that.
     */
    public static ClockStatus of(LocalDate due, LocalDate today) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(today, "today");
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        return due.isAfter(today.plusDays(DUE_SOON_DAYS)) ? ON_TRACK : DUE_SOON;
    }

    /** Whether this status asks for attention: overdue or due soon. */
    public boolean needsAttention() {
        return this == OVERDUE || this == DUE_SOON;
    }
}
