package org.permanenceplatform.kit.events;

import org.bson.Document;
import org.bson.conversions.Bson;
import com.mongodb.client.model.Updates;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The outbox embedded in an aggregate's document. A change that emits events is one conditional update of that
 * document which also pushes the events into its {@code outbox} array and advances its {@code eventSeq.<family>}
 * counters; there is no second write that could fail on its own. The relay delivers and then pulls them.
 *
 * <pre>
 * { _id, version, ...,
 *   eventSeq: { la: 3, ncpd: 5 },
 *   outbox: [ { entryKey, eventId, destination, event: { id, type, version, occurredAt, producer, aggregateId, sequence,
 *                                               la, payload } } ],
 *   outboxLease: { owner, until }, outboxAttempts }
 * </pre>
 */
public final class Outbox {

    public static final String FIELD = "outbox";
    public static final String SEQUENCES = "eventSeq";
    public static final String LEASE = "outboxLease";
    public static final String ATTEMPTS = "outboxAttempts";

    private Outbox() {
    }

    /** The outbox entries for these events: one per destination of each event's family. */
    public static List<Document> entries(List<EventEnvelope> events, EventRoutes routes) {
        List<Document> entries = new ArrayList<>();
        for (EventEnvelope event : events) {
            NationalDatasetGuard.check(event);
            for (String destination : routes.destinationsOf(event.family())) {
                entries.add(new Document("entryKey", event.id() + "@" + destination).append("eventId", event.id())
                        .append("destination", destination).append("event", toDocument(event)));
            }
        }
        return entries;
    }

    /** The update parts that append these events and set the new sequence counters. */
    public static Bson append(List<EventEnvelope> events, EventRoutes routes) {
        List<Bson> parts = new ArrayList<>();
        parts.add(Updates.pushEach(FIELD, entries(events, routes)));
        for (EventFamily family : EventFamily.values()) {
            events.stream().filter(e -> e.family() == family).mapToLong(EventEnvelope::sequence).max()
                    .ifPresent(last -> parts.add(Updates.set(SEQUENCES + "." + family.prefix(), last)));
        }
        return Updates.combine(parts);
    }

    /** The next sequence number of a family for an aggregate document as read. */
    public static long nextSequence(Document aggregate, EventFamily family) {
        Document sequences = aggregate == null ? null : aggregate.get(SEQUENCES, Document.class);
        Number last = sequences == null ? null : (Number) sequences.get(family.prefix());
        return last == null ? 1 : last.longValue() + 1;
    }

    public static Document toDocument(EventEnvelope event) {
        return new Document("id", event.id()).append("type", event.type()).append("version", event.version())
                .append("occurredAt", Date.from(event.occurredAt())).append("producer", event.producer())
                .append("aggregateId", event.aggregateId()).append("sequence", event.sequence())
                .append("la", event.la()).append("payload", new Document(event.payload()));
    }

    @SuppressWarnings("unchecked")
    public static EventEnvelope fromDocument(Document document) {
        Document payload = document.get("payload", Document.class);
        return new EventEnvelope(document.getString("id"), document.getString("type"),
                ((Number) document.get("version")).intValue(), document.getDate("occurredAt").toInstant(),
                document.getString("producer"), document.getString("aggregateId"),
                ((Number) document.get("sequence")).longValue(), document.getString("la"),
                payload == null ? Map.of() : (Map<String, Object>) (Map<?, ?>) payload);
    }
}
