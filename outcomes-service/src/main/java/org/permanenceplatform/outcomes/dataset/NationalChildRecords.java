package org.permanenceplatform.outcomes.dataset;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.permanenceplatform.kit.events.Applied;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventHandler;
import org.permanenceplatform.kit.events.InOrder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * The national dataset's record of who each child is ({@code ncpd_children}, one document per child key), kept from
 * {@code ncpd.child.recorded} and {@code ncpd.child.corrected} events, with the child's journeys through care from
 * {@code ncpd.journey.changed}, in order and once each (the three share the child's sequence). Each change applied
 * is told to the {@link JourneyChanges} listeners after it is stored.
 */
@Component
class NationalChildRecords implements EventHandler {

    static final String COLLECTION = "ncpd_children";
    static final String JOURNEY_CHANGED = "ncpd.journey.changed";
    static final Set<String> TYPES = Set.of("ncpd.child.recorded", "ncpd.child.corrected", JOURNEY_CHANGED);

    private final MongoCollection<Document> children;
    private final Clock clock;
    private final List<JourneyChanges> listeners;

    NationalChildRecords(MongoDatabase database, Clock clock, List<JourneyChanges> listeners) {
        this.children = database.getCollection(COLLECTION);
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public Applied apply(EventEnvelope event) {
        Applied applied = store(event);
        if (applied == Applied.APPLIED) {
            listeners.forEach(listener -> listener.childChanged(event.aggregateId()));
        }
        return applied;
    }

    private Applied store(EventEnvelope event) {
        if (event.type().equals(JOURNEY_CHANGED)) {
            // The journey is sent whole after each change: the latest in sequence is the truth.
            return InOrder.apply(children, event, Updates.combine(
                            Updates.set("la", event.la()),
                            Updates.set("journey", new Document(event.payload())),
                            Updates.set("journeyUpdatedAt", Date.from(event.occurredAt()))),
                    new Document("firstReceivedAt", Date.from(clock.instant())));
        }
        return InOrder.apply(children, event, Updates.combine(
                        Updates.set("la", event.la()),
                        Updates.set("region", event.payload().get("region")),
                        Updates.set("sex", event.payload().get("sex")),
                        Updates.set("ethnicGroup", event.payload().get("ethnicGroup")),
                        Updates.set("birthMonth", event.payload().get("birthMonth")),
                        Updates.set("disabled", Boolean.TRUE.equals(event.payload().get("disabled"))),
                        Updates.set("uasc", Boolean.TRUE.equals(event.payload().get("uasc"))),
                        Updates.set("updatedAt", Date.from(event.occurredAt()))),
                new Document("firstReceivedAt", Date.from(clock.instant())));
    }
}
