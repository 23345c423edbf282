package org.permanenceplatform.support.events;

import java.time.LocalDate;

/**
 * Payload v1 of {@code ncpd.support.request.changed}: one support request with its clocks, sent again whenever a day
 * that stops one of them is recorded (event-carried state: the latest for a number is the truth). Requests are
 * numbered in the order they were received on the child's case, never identified.
 *
 * @param route                       the route of the permanence the support follows
 * @param firstResponseStandardDays   the LA's standard for this request's first response, in days
 * @param needsAssessmentStandardDays the LA's standard to the needs assessment
 * @param serviceStartStandardDays    the LA's standard to the service start
 */
public record NcpdSupportRequest(int number, String route, LocalDate received, String requester, String category,
                                 String urgency, LocalDate firstResponse, LocalDate assessed,
                                 LocalDate serviceStarted, int firstResponseStandardDays,
                                 int needsAssessmentStandardDays, int serviceStartStandardDays) {
}
