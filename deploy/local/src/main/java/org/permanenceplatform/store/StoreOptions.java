package org.permanenceplatform.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the embedded store.
 *
 * @param host          the address to listen on (loopback by default: the store has no authentication)
 * @param port          the port to try first; 0 for any free port
 * @param portAttempts  how many ports from {@code port} upwards to try when it is taken
 * @param dataDirectory where the data file lives
 * @param durability    how far a write has gone when it is acknowledged
 */
public record StoreOptions(String host, int port, int portAttempts, Path dataDirectory, Durability durability) {

    public static final int DEFAULT_PORT = 27017;
    public static final String DATA_FILE_NAME = "store.mv.db";

    public StoreOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(durability, "durability");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (portAttempts < 1) {
            throw new IllegalArgumentException("portAttempts must be at least 1, was " + portAttempts);
        }
    }

    public static StoreOptions defaults() {
        return new StoreOptions("127.0.0.1", DEFAULT_PORT, 100, Path.of("data"), Durability.FSYNC);
    }

    public StoreOptions withPort(int newPort) {
        return new StoreOptions(host, newPort, portAttempts, dataDirectory, durability);
    }

    public StoreOptions withDataDirectory(Path directory) {
        return new StoreOptions(host, port, portAttempts, directory, durability);
    }

    public StoreOptions withDurability(Durability newDurability) {
        return new StoreOptions(host, port, portAttempts, dataDirectory, newDurability);
    }

    public Path dataFile() {
        return dataDirectory.resolve(DATA_FILE_NAME);
    }
}
