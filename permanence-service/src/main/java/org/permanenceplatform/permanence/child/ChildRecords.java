package org.permanenceplatform.permanence.child;

import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventFamily;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.domain.PermanenceRecord;
import org.permanenceplatform.permanence.child.store.ChildStore;
import org.permanenceplatform.permanence.rules.RecordChanges;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one way a child's permanence record changes: read within the caller's scope, refuse a stale version (409),
 * apply the domain rule (a refusal is 422 naming the field), then store the change with the events it emits in one
 * conditional write. Every change that alters what the national dataset knows emits its journey again.
 */
@Service
public class ChildRecords {

    private final Children children;
    private final ChildStore store;
    private final JourneyEvents journeys;
    private final Clock clock;

    public ChildRecords(Children children, ChildStore store, JourneyEvents journeys, Clock clock) {
        this.children = children;
        this.store = store;
        this.journeys = journeys;
        this.clock = clock;
    }

    /** What a change does to the record, and the LA events it emits beyond the national journey. */
    public interface RecordChange {
        Outcome apply(Child child, Instant now);
    }

    /**
     * @param record   the changed record
     * @param laEvents the local events (type and payload) the change emits, for services inside the LA
     */
    public record Outcome(PermanenceRecord record, List<LocalEvent> laEvents) {

        public static Outcome of(PermanenceRecord record) {
            return new Outcome(record, List.of());
        }
    }

    public record LocalEvent(String type, Map<String, Object> payload) {
    }

    /**
     * Applies {@code change} to the child's record.
     *
     * @param field the request field a refusal by the rules is about, when the rule does not name one
     */
    public Child change(CurrentUser user, String childId, long fromVersion, Role[] roles, String field,
                        RecordChange change) {
        Child current = children.readFor(user, childId, roles);
        Children.requireVersion(current, fromVersion);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Outcome outcome = RecordChanges.underTheRules(field, () -> change.apply(current, now));
        Child next = current.withRecord(outcome.record(), now);
        store.replace(next, current.version(), events(current, next, outcome.laEvents()));
        return next;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<EventEnvelope> events(Child before, Child after, List<LocalEvent> laEvents) {
        List<EventEnvelope> events = new ArrayList<>();
        if (!laEvents.isEmpty()) {
            long sequence = store.nextSequence(after.id(), EventFamily.LA);
            for (LocalEvent event : laEvents) {
                events.add(EventEnvelope.of(event.type(), 1, after.updatedAt(), ChildEvents.PRODUCER, after.id(),
                        sequence++, after.laCode(), event.payload()));
            }
        }
        journeys.changed(before, after, () -> store.nextSequence(after.id(), EventFamily.NCPD))
                .ifPresent(events::add);
        return events;
    }
}
