package org.permanenceplatform.kit.store;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Creates a collection's indexes at start-up; running it again with the same definitions changes nothing. */
public final class Indexes {

    private static final Logger log = LoggerFactory.getLogger(Indexes.class);
    private static final int INDEX_OPTIONS_CONFLICT = 85;
    private static final int INDEX_KEY_SPECS_CONFLICT = 86;

    private Indexes() {
    }

    public static void ensure(MongoCollection<?> collection, List<IndexModel> indexes) {
        try {
            List<String> names = collection.createIndexes(indexes);
            log.info("Indexes of {} in place: {}", collection.getNamespace(), names);
        } catch (MongoCommandException e) {
            if (e.getErrorCode() == INDEX_OPTIONS_CONFLICT || e.getErrorCode() == INDEX_KEY_SPECS_CONFLICT) {
                throw new IllegalStateException("An index of " + collection.getNamespace()
                        + " exists with other options; drop it or migrate it before starting: " + e.getErrorMessage(), e);
            }
            throw e;
        }
    }
}
