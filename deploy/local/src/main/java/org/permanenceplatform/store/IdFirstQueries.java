package org.permanenceplatform.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * Queries that name one {@code _id} read that one document, whatever else they ask of it.
 *
 * <p>mongo-java-server uses an index only for a query whose keys are exactly the index's keys, so a conditional write
 * such as {@code {_id: X, version: 3}} (every optimistic-locking update and every in-order event) read every document
 * of its collection: tens of milliseconds a write at 200,000 documents. Here a query whose {@code _id} must equal one
 * plain value (a string, number or object id), at the top or inside a top-level {@code $and}, is answered from the
 * {@code _id} index and the rest of the query is matched against that document alone, as MongoDB would. Any other
 * query goes the library's way. Writes stay atomic: the library holds the collection's lock around the query and the
 * write, and this changes only which documents the query reads.
 */
final class IdFirstQueries {

    private IdFirstQueries() {
    }

    /** The names under which H2Database keeps a collection's documents and its metadata (mongo-java-server 1.47). */
    static final String DATA_PREFIX = "databases.";
    static final String META_PREFIX = "meta.";

    /** The file of the database being constructed on this thread, for the collections it opens meanwhile. */
    private static final ThreadLocal<MVStore> CONSTRUCTING = new ThreadLocal<>();

    static Database open(String name, MVStore mvStore, CursorRegistry cursors) {
        CONSTRUCTING.set(mvStore);
        try {
            return new Database(name, mvStore, cursors);
        } finally {
            CONSTRUCTING.remove();
        }
    }

    /** The H2 database of the library, opening its collections as {@link Collection}s. */
    static final class Database extends H2Database {
        /** Null while the library's constructor opens the existing collections, which run before it is set. */
        private final MVStore mvStore;

        private Database(String name, MVStore mvStore, CursorRegistry cursors) {
            super(name, mvStore, cursors);
            this.mvStore = mvStore;
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // The same maps as H2Database opens: data written before this class existed is read as it was.
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore file = mvStore != null ? mvStore : CONSTRUCTING.get();
            MVMap<Object, Document> data = file.openMap(DATA_PREFIX + namespace);
            MVMap<String, Object> meta = file.openMap(META_PREFIX + namespace);
            return new Collection(this, collectionName, options, data, meta, cursorRegistry);
        }
    }

    /** An H2 collection that answers a query on one {@code _id} from the {@code _id} index. */
    static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                   MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fieldSelector) {
            Object id = idEquals(query, getIdField());
            if (id != null) {
                Document byId = new Document(getIdField(), id);
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, skip, limit, batchSize,
                                fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
    }

    /** The one plain value that a query requires its {@code _id} to equal, or null if it does not require one. */
    static Object idEquals(Document query, String idField) {
        Object id = plain(query.get(idField));
        if (id != null) {
            return id;
        }
        if (query.get("$and") instanceof List<?> all) {
            for (Object part : all) {
                if (part instanceof Document condition) {
                    Object inner = idEquals(condition, idField);
                    if (inner != null) {
                        return inner;
                    }
                }
            }
        }
        return null;
    }

    private static Object plain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof ObjectId ? value : null;
    }
}
