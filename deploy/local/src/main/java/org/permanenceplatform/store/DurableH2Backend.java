package org.permanenceplatform.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 MVStore backend of mongo-java-server, changed so that a command's changes are committed to the file
 * (and, with {@link Durability#FSYNC}, forced to the disk) before the command is answered.
 *
 * <p>Out of the box the backend commits in the background about once a second, so a write the client has seen
 * acknowledged can vanish if the process is killed. Here the store is opened with auto-commit disabled and every
 * command that left unsaved changes commits them itself.
 */
final class DurableH2Backend extends H2Backend {

    private final MVStore mvStore;
    private final Durability durability;
    private final Object commitLock = new Object();

    DurableH2Backend(MVStore mvStore, Durability durability) {
        super(mvStore);
        this.mvStore = mvStore;
        this.durability = durability;
    }

    /** Databases whose collections answer a query on one {@code _id} from its index ({@link IdFirstQueries}). */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IdFirstQueries.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            // Also on failure: an ordered insert that failed half-way has kept (and reported) its first documents.
            commitUnsavedChanges();
        }
    }

    /**
     * Commits under one lock, so a command that finds nothing left to commit knows that a commit which took its
     * changes along has already finished.
     */
    private void commitUnsavedChanges() {
        synchronized (commitLock) {
            if (!mvStore.hasUnsavedChanges()) {
                return;
            }
            mvStore.commit();
            if (durability == Durability.FSYNC) {
                mvStore.sync();
            }
        }
    }
}
