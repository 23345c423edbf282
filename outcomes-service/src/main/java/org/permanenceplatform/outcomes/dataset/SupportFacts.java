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
import java.util.Map;
import java.util.Set;

/**
 * What support-service reports of a child after permanence, kept in the child's {@code ncpd_children} document under
 * {@code support}: each request, service and breakdown by its number, from {@code ncpd.support.request.changed},
 * {@code ncpd.support.service.changed} and {@code ncpd.support.breakdown.recorded}. Each carries the whole item, so
 * the latest in support-service's sequence for the child is the truth; applied once each and in order, a replay or
 * an older event changes nothing. support-service's sequence is its own ({@code lastSeq.support-service}), beside
 * permanence-service's. Each change applied is told to the {@link JourneyChanges} listeners after it is stored, as
 * {@link NationalChildRecords} does, so the pre-aggregated figures count it.
 */
@Component
class SupportFacts implements EventHandler {

    static final String REQUEST_CHANGED = "ncpd.support.request.changed";
    static final String SERVICE_CHANGED = "ncpd.support.service.changed";
    static final String BREAKDOWN_RECORDED = "ncpd.support.breakdown.recorded";

    /** Where each type's items are kept, under {@code support}. */
    private static final Map<String, String> LISTS = Map.of(REQUEST_CHANGED, "requests",
            SERVICE_CHANGED, "services", BREAKDOWN_RECORDED, "breakdowns");

    private final MongoCollection<Document> children;
    private final Clock clock;
    private final List<JourneyChanges> listeners;

    SupportFacts(MongoDatabase database, Clock clock, List<JourneyChanges> listeners) {
        this.children = database.getCollection(NationalChildRecords.COLLECTION);
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public Set<String> types() {
        return LISTS.keySet();
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
        Object number = event.payload().get("number");
        if (!(number instanceof Number itemNumber) || itemNumber.intValue() < 1) {
            // Nothing to file it under: keep the sequence moving so the child's later events are not held up.
            return InOrder.apply(children, event, null, new Document("firstReceivedAt", Date.from(clock.instant())));
        }
        String field = "support." + LISTS.get(event.type()) + "." + itemNumber.intValue();
        return InOrder.apply(children, event, Updates.combine(
                        Updates.set(field, new Document(event.payload())),
                        Updates.set("supportUpdatedAt", Date.from(event.occurredAt()))),
                new Document("firstReceivedAt", Date.from(clock.instant())));
    }
}
