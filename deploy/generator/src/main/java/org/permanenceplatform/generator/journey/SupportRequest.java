package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.Route;

import java.time.LocalDate;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A family's request for support after permanence, with the days that stop its clocks (null until they happen) and
 * the LA's standards for it, as support-service records it ({@code ncpd.support.request.changed}).
 */
public record SupportRequest(Route route, LocalDate received, String requester, String category, String urgency,
                             LocalDate firstResponse, LocalDate assessed, LocalDate serviceStarted,
                             int firstResponseStandardDays, int needsAssessmentStandardDays,
                             int serviceStartStandardDays) {

    /** As known at the end of {@code day} (the request must have been received by then). */
    public SupportRequest asOf(LocalDate day) {
        return new SupportRequest(route, received, requester, category, urgency, by(firstResponse, day),
                by(assessed, day), by(serviceStarted, day), firstResponseStandardDays, needsAssessmentStandardDays,
                serviceStartStandardDays);
    }

    /** The days support-service's record of the request changed: received, then each clock that stopped. */
    public SortedSet<LocalDate> changed() {
        return new TreeSet<>(Stream.of(received, firstResponse, assessed, serviceStarted).filter(Objects::nonNull)
                .toList());
    }

    private static LocalDate by(LocalDate date, LocalDate day) {
        return date == null || date.isAfter(day) ? null : date;
    }
}
