package org.permanenceplatform.support.request.domain;

import org.permanenceplatform.support.rules.domain.RuleBroken;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A family's request for support, with the days that stop its clocks.
 *
 * @param summary        what was asked for, in the worker's words
 * @param firstResponse  the day the family first heard back, or null
 * @param assessed       the day the needs assessment answering it was completed, or null
 * @param serviceStarted the day the first service for it starts (may be planned ahead), or null
 */
public record SupportRequest(String id, LocalDate received, Requester requester, Category category, Urgency urgency,
                             String summary, LocalDate firstResponse, LocalDate assessed, LocalDate serviceStarted,
                             String receivedBy) {

    public SupportRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(urgency, "urgency");
    }

    public static SupportRequest received(String id, LocalDate received, Requester requester, Category category,
                                          Urgency urgency, String summary, String by) {
        return new SupportRequest(id, received, requester, category, urgency, summary, null, null, null, by);
    }

    /** An urgent request, or any crisis, has the shorter first-response standard. */
    public boolean urgent() {
        return urgency == Urgency.URGENT || category == Category.CRISIS;
    }

    /** Still waiting for a service to start. */
    public boolean waiting() {
        return serviceStarted == null;
    }

    public LocalDate stopOf(ClockKind kind) {
        return switch (kind) {
            case FIRST_RESPONSE -> firstResponse;
            case NEEDS_ASSESSMENT -> assessed;
            case SERVICE_START -> serviceStarted;
        };
    }

    public SupportRequest respondedOn(LocalDate day) {
        requireFirst(firstResponse, "date", "the request already has its first response", day);
        return new SupportRequest(id, received, requester, category, urgency, summary, day, assessed, serviceStarted,
                receivedBy);
    }

    public SupportRequest assessedOn(LocalDate day) {
        requireFirst(assessed, "completed", "the request already has a needs assessment", day);
        return new SupportRequest(id, received, requester, category, urgency, summary, firstResponse, day,
                serviceStarted, receivedBy);
    }

    /** The first service for the request stops its last clock; a later one changes nothing. */
    public SupportRequest serviceStartsOn(LocalDate day) {
        if (day.isBefore(received)) {
            throw new RuleBroken("start", "a service for the request cannot start before it was received ("
                    + received + ")");
        }
        LocalDate first = serviceStarted == null || day.isBefore(serviceStarted) ? day : serviceStarted;
        return new SupportRequest(id, received, requester, category, urgency, summary, firstResponse, assessed, first,
                receivedBy);
    }

    private void requireFirst(LocalDate already, String field, String message, LocalDate day) {
        if (already != null) {
            throw new RuleBroken(field, message + " (" + already + ")");
        }
        if (day.isBefore(received)) {
            throw new RuleBroken(field, "must not be before the request was received (" + received + ")");
        }
    }
}
