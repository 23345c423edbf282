package org.permanenceplatform.kit.testing;

import org.permanenceplatform.store.EmbeddedStore;
import org.permanenceplatform.store.StoreOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * One embedded store per test JVM, on a free loopback port with its data in a temporary directory: the real
 * MongoDB driver talks to it over TCP. Each caller gets a database of its own so tests do not see each other's data.
 */
public final class TestStore {

    private static EmbeddedStore store;

    private TestStore() {
    }

    public static synchronized EmbeddedStore store() {
        if (store == null) {
            try {
                Path data = Files.createTempDirectory("permanence-test-store");
                store = EmbeddedStore.start(StoreOptions.defaults().withPort(0).withDataDirectory(data));
                Runtime.getRuntime().addShutdownHook(new Thread(store::close, "test-store-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** A connection string naming a fresh database whose name starts with {@code prefix}. */
    public static String freshDatabaseUri(String prefix) {
        return store().connectionString(prefix + "_" + UUID.randomUUID().toString().substring(0, 8));
    }
}
