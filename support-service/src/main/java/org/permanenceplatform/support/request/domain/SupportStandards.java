package org.permanenceplatform.support.request.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * How many calendar days each clock of a support request has, counted from the day it was received (the day after
 * is day 1). These are the LA's practice standards, not statutory timescales: they are configuration.
 *
 * @param firstResponseDays       to the first response to a routine request
 * @param urgentFirstResponseDays to the first response to an urgent request or a crisis
 * @param needsAssessmentDays     to the completed needs assessment
 * @param serviceStartDays        to the first service starting
 * @param dueSoonDays             how far ahead a running clock counts as due soon
 */
public record SupportStandards(int firstResponseDays, int urgentFirstResponseDays, int needsAssessmentDays,
                               int serviceStartDays, int dueSoonDays) {

    public SupportStandards {
        if (firstResponseDays < 0 || urgentFirstResponseDays < 0 || needsAssessmentDays < 0 || serviceStartDays < 0
                || dueSoonDays < 0) {
            throw new IllegalArgumentException("support standards are whole days, zero or more");
        }
        if (urgentFirstResponseDays > firstResponseDays) {
            throw new IllegalArgumentException("an urgent request cannot have longer to its first response");
        }
    }

    /** The last day that meets the standard for this clock of this request. */
    public LocalDate due(SupportRequest request, ClockKind kind) {
        int days = switch (kind) {
            case FIRST_RESPONSE -> request.urgent() ? urgentFirstResponseDays : firstResponseDays;
            case NEEDS_ASSESSMENT -> needsAssessmentDays;
            case SERVICE_START -> serviceStartDays;
        };
        return request.received().plusDays(days);
    }

    /** The request's three clocks as they stand on {@code today}. */
    public List<RequestClock> clocksOf(SupportRequest request, LocalDate today) {
        return Arrays.stream(ClockKind.values()).map(kind -> RequestClock.of(kind, request.received(),
                due(request, kind), request.stopOf(kind), today, dueSoonDays)).toList();
    }
}
