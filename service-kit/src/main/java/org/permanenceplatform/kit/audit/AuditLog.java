package org.permanenceplatform.kit.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.web.CorrelationId;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The service's own {@code audit} collection: who did what to which record, when, under which correlation id.
 * Append-only: this class inserts and never updates or deletes, and nothing else writes to the collection.
 */
public class AuditLog {

    public static final String COLLECTION = "audit";

    private final MongoCollection<Document> audit;
    private final Clock clock;
    private final String service;

    public AuditLog(MongoDatabase database, Clock clock, String service) {
        this.audit = database.getCollection(COLLECTION);
        this.clock = clock;
        this.service = service;
        org.permanenceplatform.kit.store.Indexes.ensure(audit, List.of(
                new IndexModel(Indexes.ascending("recordIds", "at")),
                new IndexModel(Indexes.ascending("actor", "at"))));
    }

    /** Writes one row; throws if the store does not take it, so the caller does not answer unaudited. */
    public void record(CurrentUser actor, String resource, AuditAction action, List<? extends AuditSubject> records) {
        Document row = new Document("_id", UUID.randomUUID().toString())
                .append("at", Date.from(clock.instant()))
                .append("service", service)
                .append("actor", actor.subject())
                .append("roles", actor.roles().stream().map(Role::name).sorted().toList())
                .append("actorLa", actor.la().orElse(null))
                .append("action", action.name())
                .append("resource", resource)
                .append("recordIds", records.stream().map(AuditSubject::auditId).toList())
                .append("recordLas", records.stream().map(AuditSubject::auditLa).distinct().sorted().toList())
                .append("correlationId", CorrelationId.current().orElse(null));
        audit.insertOne(row);
    }
}
