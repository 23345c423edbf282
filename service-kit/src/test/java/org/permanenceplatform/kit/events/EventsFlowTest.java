package org.permanenceplatform.kit.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.eventstest.EventsTestApplication;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.TestStore;
import org.permanenceplatform.kit.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox, the relay and the inbox together, over real HTTP and the embedded store: a service that emits events
 * and receives them itself through a proxy the tests take down and bring back.
 */
@SpringBootTest(classes = EventsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventsFlowTest {

    static final ReceiverProxy PROXY = new ReceiverProxy();
    static final EventRoutes ROUTES = new EventRoutes(Map.of(EventFamily.LA, List.of(EventsTestApplication.NAME)));
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        properties.add("spring.application.name", () -> EventsTestApplication.NAME);
        properties.add("spring.mongodb.uri", () -> TestStore.freshDatabaseUri("events"));
        properties.add("platform.security.jwt.jwks", TestTokens::jwks);
        properties.add("management.server.port", () -> "0");
        properties.add("platform.events.relay.enabled", () -> "true");
        properties.add("platform.events.relay.collections[0]", () -> "aggregates");
        properties.add("platform.events.relay.destinations." + EventsTestApplication.NAME, PROXY::url);
        properties.add("platform.events.relay.poll-interval", () -> "PT0.1S");
        properties.add("platform.events.relay.max-backoff", () -> "PT1S");
        properties.add("platform.events.relay.lease", () -> "PT5S");
    }

    @AfterAll
    static void stopProxy() {
        PROXY.down();
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MongoDatabase database;

    MongoCollection<Document> aggregates;
    MongoCollection<Document> received;

    @BeforeEach
    void wire() {
        PROXY.forwardTo("http://127.0.0.1:" + port);
        PROXY.up();
        aggregates = database.getCollection("aggregates");
        received = database.getCollection("received");
    }

    /** A change to an aggregate that emits {@code count} events: one conditional write, as a store makes it. */
    List<EventEnvelope> emit(String aggregateId, String la, int count) {
        Document current = aggregates.find(Filters.eq("_id", aggregateId)).first();
        long next = Outbox.nextSequence(current, EventFamily.LA);
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(EventEnvelope.of(EventsTestApplication.TYPE, 1, Instant.now(), EventsTestApplication.NAME,
                    aggregateId, next + i, la, Map.of("note", "change " + (next + i))));
        }
        long version = current == null ? 0 : current.getLong("version");
        aggregates.updateOne(Filters.and(Filters.eq("_id", aggregateId), Filters.eq("version", version)),
                Updates.combine(Updates.set("version", version + 1), Outbox.append(events, ROUTES)),
                new UpdateOptions().upsert(current == null));
        return events;
    }

    List<Document> outboxOf(String aggregateId) {
        Document document = aggregates.find(Filters.eq("_id", aggregateId)).first();
        return document == null ? List.of() : document.getList(Outbox.FIELD, Document.class, List.of());
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited " + PATIENCE.toSeconds() + " s for " + what).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    Reply postBatch(String token, List<EventEnvelope> events) {
        return new HttpApi(port).post("/events/v1", token, JSON.writeValueAsString(new EventBatch(events)));
    }

    static String serviceToken(List<String> las) {
        return new TestTokens(EventsTestApplication.NAME).sign(claims -> claims
                .subject("service:" + EventsTestApplication.NAME).claim("scope", "events:write").claim("las", las));
    }

    static EventEnvelope event(String aggregateId, long sequence, String la) {
        return EventEnvelope.of(EventsTestApplication.TYPE, 1, Instant.now(), EventsTestApplication.NAME,
                aggregateId, sequence, la, Map.of());
    }

    List<Long> appliedTo(String aggregateId) {
        Document document = received.find(Filters.eq("_id", aggregateId)).first();
        return document == null ? List.of() : document.getList("applied", Long.class);
    }

    @Test
    void anEventIsStoredWithItsChangeThenLoggedThenGoneFromTheOutboxOnceAcknowledged() throws Exception {
        PROXY.down();
        String id = "agg-" + UUID.randomUUID();
        EventEnvelope event = emit(id, "840", 1).get(0);

        Document raw = aggregates.find(Filters.eq("_id", id)).first();
        assertThat(raw.getLong("version")).isEqualTo(1);
        assertThat(raw.get(Outbox.SEQUENCES, Document.class).get("la")).isEqualTo(1L);
        Document entry = raw.getList(Outbox.FIELD, Document.class).get(0);
        assertThat(entry.getString("destination")).isEqualTo(EventsTestApplication.NAME);
        assertThat(entry.get("event", Document.class).getString("id")).isEqualTo(event.id());

        MongoCollection<Document> log = database.getCollection(EventLog.COLLECTION);
        await("the event in event_log", () -> log.find(Filters.eq("_id", event.id())).first() != null);
        assertThat(outboxOf(id)).as("still pending while the receiver is down").hasSize(1);

        PROXY.up();
        await("the outbox emptied", () -> outboxOf(id).isEmpty());
        assertThat(appliedTo(id)).containsExactly(1L);
        assertThat(log.find(Filters.eq("_id", event.id())).first()).containsEntry("type", EventsTestApplication.TYPE);
    }

    @Test
    void theSameEventDeliveredThreeTimesIsAppliedOnce() {
        String id = "agg-" + UUID.randomUUID();
        List<EventEnvelope> batch = List.of(event(id, 1, "840"));
        for (int i = 0; i < 3; i++) {
            Reply reply = postBatch(serviceToken(List.of("840")), batch);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.json().get("acknowledged").get(0).asString()).isEqualTo(batch.get(0).id());
        }
        assertThat(received.find(Filters.eq("_id", id)).first()).containsEntry("count", 1);
    }

    @Test
    void eventsOfOneAggregateArrivingOutOfOrderAreAppliedInOrder() {
        String id = "agg-" + UUID.randomUUID();
        EventEnvelope first = event(id, 1, "840");
        EventEnvelope second = event(id, 2, "840");
        EventEnvelope third = event(id, 3, "840");

        Reply early = postBatch(serviceToken(List.of("840")), List.of(second, third));
        assertThat(early.json().get("waiting").valueStream().map(n -> n.asString()))
                .containsExactly(second.id(), third.id());
        assertThat(appliedTo(id)).isEmpty();

        postBatch(serviceToken(List.of("840")), List.of(first));
        postBatch(serviceToken(List.of("840")), List.of(third, second)); // still the wrong way round
        postBatch(serviceToken(List.of("840")), List.of(third));
        assertThat(appliedTo(id)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anAggregateThatCannotBeDeliveredDoesNotHoldUpTheOthers() throws Exception {
        String stuck = "agg-stuck-" + UUID.randomUUID();
        EventEnvelope orphan = event(stuck, 2, "840"); // its predecessor will never arrive: it waits forever
        aggregates.insertOne(new Document("_id", stuck).append("version", 1L)
                .append(Outbox.FIELD, Outbox.entries(List.of(orphan), ROUTES)));
        String fine = "agg-" + UUID.randomUUID();
        emit(fine, "841", 2);

        await("the other aggregate delivered", () -> outboxOf(fine).isEmpty());
        assertThat(appliedTo(fine)).containsExactly(1L, 2L);
        assertThat(outboxOf(stuck)).hasSize(1);
        aggregates.deleteOne(Filters.eq("_id", stuck));
    }

    @Test
    void aReceiverDownForTheWholeRunLosesNothingAndCatchesUpWhenItReturns() throws Exception {
        PROXY.down();
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            String id = "agg-down-" + a + "-" + UUID.randomUUID();
            ids.add(id);
            emit(id, "840", 2);
            emit(id, "840", 2);
        }
        await("the backlog metric to show all 20 events", () -> backlog() >= 20);
        assertThat(ids).allSatisfy(id -> assertThat(outboxOf(id)).hasSize(4));
        assertThat(scrape()).containsPattern("events_delivery_failures_total\\{[^}]*destination=\"events-test-service\"");

        PROXY.up();
        await("every outbox emptied", () -> ids.stream().allMatch(id -> outboxOf(id).isEmpty()));
        assertThat(ids).allSatisfy(id -> assertThat(appliedTo(id)).containsExactly(1L, 2L, 3L, 4L));
        await("the backlog metric back to zero", () -> backlog() == 0);
    }

    @Test
    void aSenderCannotSendEventsOfAnLaItDoesNotSpeakFor() {
        String id = "agg-" + UUID.randomUUID();
        Reply reply = postBatch(serviceToken(List.of("840")), List.of(event(id, 1, "840"), event(id, 2, "841")));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(received.find(Filters.eq("_id", id)).first()).as("nothing applied, not even the 840 event").isNull();
    }

    @Test
    void onlyAServiceTokenWithTheEventsScopeMaySendEvents() {
        String person = new TestTokens(EventsTestApplication.NAME).practitioner("840");
        assertThat(postBatch(person, List.of(event("agg-" + UUID.randomUUID(), 1, "840"))).status()).isEqualTo(403);
        assertThat(postBatch(null, List.of(event("agg-" + UUID.randomUUID(), 1, "840"))).status()).isEqualTo(401);
    }

    @Test
    void aServiceMaySendOnlyItsOwnEvents() {
        EventEnvelope someoneElses = EventEnvelope.of(EventsTestApplication.TYPE, 1, Instant.now(), "other-service",
                "agg-" + UUID.randomUUID(), 1, "840", Map.of());
        Reply reply = postBatch(serviceToken(List.of("840")), List.of(someoneElses));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("events[0].producer");
    }

    private String scrape() {
        HttpApi management = new HttpApi(managementPort);
        return management.send(management.request("/actuator/prometheus", null)
                .setHeader("Accept", "text/plain;version=0.0.4")).body();
    }

    private long backlog() {
        Matcher matcher = Pattern.compile("events_outbox_backlog\\{[^}]*destination=\"events-test-service\"[^}]*} ([0-9.]+)")
                .matcher(scrape());
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : -1;
    }
}
