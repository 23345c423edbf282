package org.permanenceplatform.kit.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers what the outboxes hold. Each pass claims aggregates with pending events under a lease (so two relay
 * instances never deliver the same aggregate at once), copies their events to {@code event_log}, posts them to each
 * receiver in sequence order, and pulls from the outbox what the receiver acknowledged. An aggregate whose delivery
 * failed is leased away for a growing backoff, so it does not hold up the others. Delivery is at least once;
 * receivers are idempotent by event id.
 */
public class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final int CLAIMS_PER_PASS = 200;

    private final MongoDatabase database;
    private final EventsProperties properties;
    private final EventLog eventLog;
    private final ServiceTokens tokens;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "event-delivery");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, GuardedDelivery> deliveries = new LinkedHashMap<>();
    private final MultiGauge backlog;
    private final MultiGauge oldestAge;

    public OutboxRelay(MongoDatabase database, EventsProperties properties, EventReceiverClient client,
                       ServiceTokens tokens, CircuitBreakerRegistry breakers, MeterRegistry meters, Clock clock) {
        this.database = database;
        this.properties = properties;
        this.eventLog = new EventLog(database);
        this.tokens = tokens;
        this.meters = meters;
        this.clock = clock;
        properties.destinations().keySet().forEach(destination ->
                deliveries.put(destination, new GuardedDelivery(destination, client, breakers, executor)));
        this.backlog = MultiGauge.builder("events.outbox.backlog")
                .description("Events waiting in outboxes, by destination").register(meters);
        this.oldestAge = MultiGauge.builder("events.outbox.oldest.age").baseUnit("seconds")
                .description("Age of the oldest event waiting in outboxes, by destination").register(meters);
        properties.destinations().keySet().forEach(destination -> meters.gauge("events.delivery.breaker.open",
                Tags.of("destination", destination), this,
                relay -> relay.deliveries.get(destination).state().name().equals("OPEN") ? 1 : 0));
    }

    @Scheduled(fixedDelayString = "${platform.events.relay.poll-interval:PT0.5S}")
    public void relayPendingEvents() {
        for (String name : properties.collections()) {
            MongoCollection<Document> collection = database.getCollection(name);
            for (int i = 0; i < CLAIMS_PER_PASS; i++) {
                Document claimed = claim(collection);
                if (claimed == null) {
                    break;
                }
                deliver(collection, claimed);
            }
        }
        measureBacklog();
    }

    private Document claim(MongoCollection<Document> collection) {
        Date now = Date.from(clock.instant());
        return collection.findOneAndUpdate(
                Filters.and(Filters.exists(Outbox.FIELD + ".0"),
                        Filters.or(Filters.exists(Outbox.LEASE + ".until", false),
                                Filters.lte(Outbox.LEASE + ".until", now))),
                Updates.set(Outbox.LEASE, new Document("owner", owner)
                        .append("until", Date.from(clock.instant().plus(properties.lease())))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private void deliver(MongoCollection<Document> collection, Document aggregate) {
        List<Document> entries = aggregate.getList(Outbox.FIELD, Document.class, List.of());
        eventLog.record(entries);
        Map<String, List<Document>> byDestination = new LinkedHashMap<>();
        entries.stream()
                .sorted(Comparator.comparingLong(e -> ((Number) e.get("event", Document.class).get("sequence")).longValue()))
                .forEach(entry -> byDestination.computeIfAbsent(entry.getString("destination"), d -> new ArrayList<>())
                        .add(entry));
        Set<String> delivered = new HashSet<>();
        boolean complete = true;
        for (Map.Entry<String, List<Document>> destination : byDestination.entrySet()) {
            Set<String> acknowledged = send(destination.getKey(), destination.getValue());
            destination.getValue().stream().filter(entry -> acknowledged.contains(entry.getString("eventId")))
                    .forEach(entry -> delivered.add(entryKey(entry)));
            complete &= acknowledged.size() == destination.getValue().size();
        }
        release(collection, aggregate, delivered, complete);
    }

    private Set<String> send(String destination, List<Document> entries) {
        GuardedDelivery delivery = deliveries.get(destination);
        String base = properties.destinations().get(destination);
        if (delivery == null || base == null) {
            log.error("No address for event destination {}: set platform.events.relay.destinations.{}",
                    destination, destination);
            return Set.of();
        }
        List<EventEnvelope> events = entries.stream()
                .map(entry -> Outbox.fromDocument(entry.get("event", Document.class))).toList();
        try {
            EventReceipt receipt = delivery.send(URI.create(base), "Bearer " + tokens.tokenFor(destination),
                    new EventBatch(events));
            meters.counter("events.delivered", "destination", destination).increment(receipt.acknowledged().size());
            return new HashSet<>(receipt.acknowledged());
        } catch (Exception e) {
            meters.counter("events.delivery.failures", "destination", destination).increment();
            log.warn("Could not deliver {} event(s) to {}: {}", events.size(), destination, e.toString());
            return Set.of();
        }
    }

    private void release(MongoCollection<Document> collection, Document aggregate, Set<String> delivered,
                         boolean complete) {
        Object id = aggregate.get("_id");
        List<Bson> changes = new ArrayList<>();
        if (!delivered.isEmpty()) {
            changes.add(Updates.pull(Outbox.FIELD, Filters.in("entryKey", delivered)));
        }
        if (complete) {
            changes.add(Updates.unset(Outbox.LEASE));
            changes.add(Updates.unset(Outbox.ATTEMPTS));
        } else {
            int attempts = aggregate.getInteger(Outbox.ATTEMPTS, 0) + 1;
            changes.add(Updates.set(Outbox.LEASE + ".until", Date.from(clock.instant().plus(backoff(attempts)))));
            changes.add(Updates.set(Outbox.ATTEMPTS, attempts));
        }
        long matched = collection.updateOne(Filters.and(Filters.eq("_id", id),
                Filters.eq(Outbox.LEASE + ".owner", owner)), Updates.combine(changes)).getMatchedCount();
        if (matched == 0 && !delivered.isEmpty()) {
            // The lease ran out while delivering and another relay holds it now: still forget what was delivered.
            collection.updateOne(Filters.eq("_id", id), Updates.pull(Outbox.FIELD, Filters.in("entryKey", delivered)));
        }
    }

    Duration backoff(int attempts) {
        long base = Math.min(properties.maxBackoff().toMillis(), 1000L << Math.min(attempts - 1, 16));
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    static String entryKey(Document entry) {
        return entry.getString("eventId") + "@" + entry.getString("destination");
    }

    private void measureBacklog() {
        Map<String, long[]> pending = new LinkedHashMap<>();
        properties.destinations().keySet().forEach(destination -> pending.put(destination, new long[] {0, 0}));
        Instant now = clock.instant();
        for (String name : properties.collections()) {
            database.getCollection(name).aggregate(List.of(
                    Aggregates.match(Filters.exists(Outbox.FIELD + ".0")),
                    Aggregates.unwind("$" + Outbox.FIELD),
                    Aggregates.group("$" + Outbox.FIELD + ".destination", Accumulators.sum("events", 1),
                            Accumulators.min("oldest", "$" + Outbox.FIELD + ".event.occurredAt"))))
                    .forEach(row -> {
                        long[] figures = pending.computeIfAbsent(row.getString("_id"), d -> new long[] {0, 0});
                        figures[0] += ((Number) row.get("events")).longValue();
                        Date oldest = row.getDate("oldest");
                        if (oldest != null) {
                            figures[1] = Math.max(figures[1], Duration.between(oldest.toInstant(), now).toSeconds());
                        }
                    });
        }
        backlog.register(pending.entrySet().stream().<MultiGauge.Row<?>>map(entry ->
                MultiGauge.Row.of(Tags.of("destination", entry.getKey()), entry.getValue()[0])).toList(), true);
        oldestAge.register(pending.entrySet().stream().<MultiGauge.Row<?>>map(entry ->
                MultiGauge.Row.of(Tags.of("destination", entry.getKey()), entry.getValue()[1])).toList(), true);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
