package org.permanenceplatform.support.queue.domain;

import org.permanenceplatform.support.request.domain.Category;
import org.permanenceplatform.support.request.domain.ClockStatus;
import org.permanenceplatform.support.request.domain.RequestClock;
import org.permanenceplatform.support.request.domain.SupportRequest;
import org.permanenceplatform.support.request.domain.SupportStandards;
import org.permanenceplatform.support.request.domain.Urgency;
import org.permanenceplatform.support.supportcase.domain.SupportCase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A request waiting for its service to start, on the support worker's queue.
 *
 * @param waitingDays days since it was received
 * @param clocks      its three clocks as of today
 */
public record QueueItem(String caseId, String givenName, String familyName, String requestId, LocalDate received,
                        Category category, Urgency urgency, long waitingDays, List<RequestClock> clocks) {

    /** Overdue first, then due soon, then by how long they have waited, longest first. */
    public static final Comparator<QueueItem> MOST_PRESSING_FIRST = Comparator
            .comparingInt((QueueItem item) -> item.overdue() ? 0 : item.dueSoon() ? 1 : 2)
            .thenComparing(Comparator.comparingLong(QueueItem::waitingDays).reversed())
            .thenComparing(QueueItem::requestId);

    public boolean overdue() {
        return clocks.stream().anyMatch(clock -> clock.status() == ClockStatus.OVERDUE);
    }

    public boolean dueSoon() {
        return clocks.stream().anyMatch(clock -> clock.status() == ClockStatus.DUE_SOON);
    }

    /** Every waiting request of these cases, most pressing first. */
    public static List<QueueItem> queue(List<SupportCase> cases, SupportStandards standards, LocalDate today) {
        List<QueueItem> queue = new ArrayList<>();
        for (SupportCase supportCase : cases) {
            for (SupportRequest request : supportCase.record().requests()) {
                if (request.waiting()) {
                    queue.add(new QueueItem(supportCase.id(), supportCase.givenName(), supportCase.familyName(),
                            request.id(), request.received(), request.category(), request.urgency(),
                            ChronoUnit.DAYS.between(request.received(), today), standards.clocksOf(request, today)));
                }
            }
        }
        queue.sort(MOST_PRESSING_FIRST);
        return queue;
    }
}
