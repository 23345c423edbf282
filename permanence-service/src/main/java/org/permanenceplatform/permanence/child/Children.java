package org.permanenceplatform.permanence.child;

import io.micrometer.core.instrument.MeterRegistry;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventFamily;
import org.permanenceplatform.kit.problem.ConflictException;
import org.permanenceplatform.kit.problem.InvalidRequestException;
import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.domain.ChildDetails;
import org.permanenceplatform.permanence.child.store.ChildStore;
import org.permanenceplatform.permanence.rules.RecordChanges;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The use cases on a child's core record: record, read within scope, correct, list. */
@Service
public class Children {

    private final ChildStore store;
    private final ChildEvents events;
    private final JourneyEvents journeys;
    private final Clock clock;
    private final MeterRegistry meters;

    public Children(ChildStore store, ChildEvents events, JourneyEvents journeys, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.events = events;
        this.journeys = journeys;
        this.clock = clock;
        this.meters = meters;
    }

    public Child record(String laCode, ChildDetails details, String by) {
        requireBorn(details);
        Child child = Child.record(UUID.randomUUID().toString(), laCode, details, now(), by);
        store.insert(child, List.of(events.recorded(child, 1)));
        meters.counter("permanence.children.recorded", "la", laCode).increment();
        return child;
    }

    /** The child, if the caller may see it with one of these roles; otherwise 404, as if it did not exist. */
    public Child readFor(CurrentUser user, String id, Role... roles) {
        return store.find(id)
                .filter(child -> user.mayReadChildOf(child.laCode(), roles))
                .orElseThrow(() -> new NotFoundException("No child " + id + " in your local authority"));
    }

    /**
     * Corrects the child's details, as long as nobody has changed them since {@code fromVersion}.
     *
     * @throws ConflictException when the child has moved on from that version
     */
    public Child correct(Child current, ChildDetails changed, long fromVersion) {
        requireBorn(changed);
        requireVersion(current, fromVersion);
        Child next = current.withDetails(changed, now());
        long sequence = store.nextSequence(current.id(), EventFamily.NCPD);
        List<EventEnvelope> emitted = new ArrayList<>(List.of(events.corrected(next, sequence)));
        // A corrected date of birth can move the age band at entry: the journey is sent again if it changed.
        journeys.changed(current, next, () -> sequence + 1).ifPresent(emitted::add);
        store.replace(next, current.version(), emitted);
        return next;
    }

    /**
     * Refuses a change made from a version the child has moved on from (409): nothing another user changed is ever
     * silently overwritten.
     */
    public static void requireVersion(Child current, long fromVersion) {
        RecordChanges.requireVersion("child", current.version(), fromVersion);
    }

    public List<Child> listForLa(String laCode, int offset, int limit) {
        return store.listForLa(laCode, offset, limit);
    }

    private void requireBorn(ChildDetails details) {
        if (!details.bornBy(LocalDate.now(clock))) {
            throw new InvalidRequestException("dateOfBirth", "must not be in the future");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
