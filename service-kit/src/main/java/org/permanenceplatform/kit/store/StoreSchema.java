package org.permanenceplatform.kit.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.util.Date;

/**
 * The layout version of a service's database, kept in one document of {@code store_meta}. A release states the
 * version its code writes; starting it raises the stored version to that, and a release older than the data
 * refuses to start instead of misreading (or overwriting) documents it does not understand.
 */
public final class StoreSchema {

    static final String COLLECTION = "store_meta";
    static final String ID = "schema";

    private StoreSchema() {
    }

    /**
     * Records that {@code service} at layout {@code codeVersion} uses the database, in one atomic upsert.
     *
     * @return the stored layout version after the claim
     * @throws IllegalStateException when the database was already written by a newer layout
     */
    public static int claim(MongoDatabase database, String service, int codeVersion, Clock clock) {
        MongoCollection<Document> meta = database.getCollection(COLLECTION);
        Date now = Date.from(clock.instant());
        Document after = meta.findOneAndUpdate(Filters.eq("_id", ID),
                Updates.combine(
                        Updates.max("version", codeVersion),
                        Updates.setOnInsert("createdAt", now),
                        Updates.set("lastStartedBy", service),
                        Updates.set("lastStartedAt", now)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        int stored = ((Number) after.get("version")).intValue();
        if (stored > codeVersion) {
            throw new IllegalStateException("The database " + database.getName() + " has layout version " + stored
                    + ", newer than this release of " + service + " understands (" + codeVersion
                    + "). Run the newer release, or restore a backup taken before the upgrade.");
        }
        return stored;
    }
}
