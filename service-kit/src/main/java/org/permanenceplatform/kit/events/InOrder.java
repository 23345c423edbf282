package org.permanenceplatform.kit.events;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.permanenceplatform.kit.store.StoreErrors;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies an event to the receiver's document for its aggregate in one conditional write that also checks and
 * advances {@code lastSeq.<producer>}: a duplicate changes nothing, an event whose predecessor has not been applied
 * waits. The receiver's document takes its {@code _id} from the event's aggregate id, so the first event creates it
 * exactly once.
 */
public final class InOrder {

    public static final String LAST_SEQUENCE = "lastSeq";

    private InOrder() {
    }

    /**
     * @param change   what the event changes in the document ({@code $set}s and the like; not on {@code _id})
     * @param onCreate fields set only when the first event creates the document (none of those in change)
     */
    public static Applied apply(MongoCollection<Document> documents, EventEnvelope event, Bson change,
                                Document onCreate) {
        String sequenceField = LAST_SEQUENCE + "." + event.producer();
        List<Bson> parts = new ArrayList<>();
        if (change != null) {
            parts.add(change);
        }
        parts.add(Updates.set(sequenceField, event.sequence()));
        if (event.sequence() == 1) {
            onCreate.forEach((field, value) -> parts.add(Updates.setOnInsert(field, value)));
            try {
                // Matches a document that has never seen this producer, or creates it: one atomic write.
                documents.updateOne(Filters.and(Filters.eq("_id", event.aggregateId()),
                                Filters.exists(sequenceField, false)),
                        Updates.combine(parts), new UpdateOptions().upsert(true));
                return Applied.APPLIED;
            } catch (MongoException e) {
                if (StoreErrors.isDuplicateKey(e)) {
                    return Applied.DUPLICATE; // the document exists and has seen this producer
                }
                throw e;
            }
        }
        UpdateResult result = documents.updateOne(
                Filters.and(Filters.eq("_id", event.aggregateId()), Filters.eq(sequenceField, event.sequence() - 1)),
                Updates.combine(parts));
        if (result.getMatchedCount() == 1) {
            return Applied.APPLIED;
        }
        return sequenceOf(documents, event) >= event.sequence() ? Applied.DUPLICATE : Applied.WAITING;
    }

    private static long sequenceOf(MongoCollection<Document> documents, EventEnvelope event) {
        Document stored = documents.find(Filters.eq("_id", event.aggregateId())).first();
        if (stored == null) {
            return 0;
        }
        Document sequences = stored.get(LAST_SEQUENCE, Document.class);
        Number last = sequences == null ? null : (Number) sequences.get(event.producer());
        return last == null ? 0 : last.longValue();
    }
}
