package org.permanenceplatform.kit.events;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.ErrorCategory;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code event_log}: every event a service has emitted, kept for replay (rebuilding a receiver, re-keying the
 * national dataset). Written by the relay before it delivers; writing an event twice keeps the first.
 */
public final class EventLog {

    public static final String COLLECTION = "event_log";

    private final MongoCollection<Document> log;

    public EventLog(MongoDatabase database) {
        this.log = database.getCollection(COLLECTION);
    }

    public void record(List<Document> outboxEntries) {
        Map<String, Document> byEvent = new LinkedHashMap<>();
        for (Document entry : outboxEntries) {
            Document event = entry.get("event", Document.class);
            byEvent.computeIfAbsent(event.getString("id"), id -> new Document(event).append("_id", id)
                    .append("destinations", new java.util.ArrayList<String>()))
                    .getList("destinations", String.class).add(entry.getString("destination"));
        }
        if (byEvent.isEmpty()) {
            return;
        }
        try {
            log.insertMany(List.copyOf(byEvent.values()), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
        }
    }
}
