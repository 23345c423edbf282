package org.permanenceplatform.gateway.session;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.UuidSessionIdGenerator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP sessions of people signed in at the gateway, in the {@code sessions} collection of its own database, so
 * that a restart of the gateway signs nobody out. One document per session: its times, its idle limit, when it
 * expires, and its attributes ({@link SessionAttributes}). Every driver call runs on the bounded elastic scheduler,
 * never on the event loop.
 * <p>
 * A session that was read back is only ever updated, never re-created: a request still in flight when the same
 * session signs out cannot bring it back. After sign-in the session moves to a new id and the old one is deleted.
 * Expired sessions are refused when read, removed by MongoDB's TTL monitor where the server has one, and by
 * {@link #sweep(int)} everywhere.
 */
class SessionStore implements ReactiveSessionRepository<StoredSession> {

    static final String COLLECTION = "sessions";

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

    private final MongoCollection<Document> sessions;
    private final Clock clock;
    private final Duration idleTimeout;
    private final SessionIdGenerator ids = UuidSessionIdGenerator.getInstance();

    SessionStore(MongoDatabase database, Clock clock, Duration idleTimeout) {
        this.sessions = database.getCollection(COLLECTION);
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** The TTL index on {@code expiresAt}; called once at start-up. */
    void ensureIndexes() {
        org.permanenceplatform.kit.store.Indexes.ensure(sessions, List.of(new IndexModel(
                Indexes.ascending("expiresAt"), new IndexOptions().name("expiry").expireAfter(0L, TimeUnit.SECONDS))));
    }

    /** The new id comes from {@link java.security.SecureRandom}, which may block: off the event loop too. */
    @Override
    public Mono<StoredSession> createSession() {
        return blocking(() -> {
            MapSession values = new MapSession(ids.generate());
            values.setSessionIdGenerator(ids);
            Instant now = clock.instant();
            values.setCreationTime(now);
            values.setLastAccessedTime(now);
            values.setMaxInactiveInterval(idleTimeout);
            return StoredSession.fresh(values, clock);
        });
    }

    @Override
    public Mono<Void> save(StoredSession session) {
        return blocking(() -> {
            write(session);
            return null;
        });
    }

    @Override
    public Mono<StoredSession> findById(String id) {
        return blocking(() -> read(id).orElse(null));
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return blocking(() -> {
            sessions.deleteOne(Filters.eq("_id", id));
            return null;
        });
    }

    /** Deletes up to {@code limit} expired sessions; returns how many went. Blocking. */
    int sweep(int limit) {
        Date now = Date.from(clock.instant());
        List<Object> expired = sessions.find(Filters.lte("expiresAt", now)).projection(Projections.include("_id"))
                .limit(limit).map(document -> document.get("_id")).into(new ArrayList<>());
        if (expired.isEmpty()) {
            return 0;
        }
        // Still expired at the time of deleting: a session used meanwhile stays.
        return (int) sessions.deleteMany(Filters.and(Filters.in("_id", expired), Filters.lte("expiresAt", now)))
                .getDeletedCount();
    }

    private void write(StoredSession session) {
        Document document = toDocument(session);
        String storedId = session.storedId();
        if (storedId != null && storedId.equals(session.getId())) {
            if (sessions.replaceOne(Filters.eq("_id", storedId), document).getMatchedCount() == 0) {
                log.debug("A session ended while a request of it was in flight; not stored again");
            }
            return;
        }
        sessions.replaceOne(Filters.eq("_id", session.getId()), document, new ReplaceOptions().upsert(true));
        if (storedId != null) {
            sessions.deleteOne(Filters.eq("_id", storedId)); // moved to a new id at sign-in
        }
        session.savedAs(session.getId());
    }

    private Optional<StoredSession> read(String id) {
        Document document = sessions.find(Filters.eq("_id", id)).first();
        if (document == null) {
            return Optional.empty();
        }
        StoredSession session;
        try {
            session = fromDocument(document);
        } catch (SessionAttributes.UnreadableSession e) {
            log.warn("A stored session could not be read back and was removed (its user signs in again): {}",
                    e.getMessage());
            sessions.deleteOne(Filters.eq("_id", id));
            return Optional.empty();
        }
        if (session.isExpired()) {
            sessions.deleteOne(Filters.eq("_id", id));
            return Optional.empty();
        }
        return Optional.of(session);
    }

    private Document toDocument(StoredSession session) {
        Map<String, Object> attributes = new java.util.HashMap<>();
        session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
        Instant expiresAt = session.expiresAt();
        return new Document("_id", session.getId())
                .append("createdAt", Date.from(session.getCreationTime()))
                .append("lastAccessedAt", Date.from(session.getLastAccessedTime()))
                .append("maxIdleSeconds", session.getMaxInactiveInterval().toSeconds())
                .append("expiresAt", expiresAt == null ? null : Date.from(expiresAt))
                .append("attributes", new Binary(SessionAttributes.write(attributes)));
    }

    private StoredSession fromDocument(Document document) {
        MapSession values = new MapSession(document.getString("_id"));
        values.setSessionIdGenerator(ids);
        values.setCreationTime(document.getDate("createdAt").toInstant());
        values.setLastAccessedTime(document.getDate("lastAccessedAt").toInstant());
        values.setMaxInactiveInterval(Duration.ofSeconds(((Number) document.get("maxIdleSeconds")).longValue()));
        Binary attributes = document.get("attributes", Binary.class);
        if (attributes != null) {
            SessionAttributes.read(attributes.getData()).forEach(values::setAttribute);
        }
        return StoredSession.stored(values, clock);
    }

    private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
