package org.permanenceplatform.kit.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;

/** Reads what a store failure means for the caller. */
public final class StoreErrors {

    private StoreErrors() {
    }

    /** A unique index refused the write: the business key is taken. */
    public static boolean isDuplicateKey(MongoException e) {
        if (e instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (e instanceof MongoCommandException command) {
            return ErrorCategory.fromErrorCode(command.getErrorCode()) == ErrorCategory.DUPLICATE_KEY;
        }
        return ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}
