package org.permanenceplatform.store;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.InetSocketAddress;
import java.nio.file.Files;

/**
 * A MongoDB wire-protocol server whose data lives in one H2 MVStore file. Clients use the ordinary MongoDB driver.
 * It answers a write only once the write is in the file (see {@link Durability}).
 */
public final class EmbeddedStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final StoreOptions options;
    private boolean closed;

    private EmbeddedStore(MongoServer server, InetSocketAddress address, StoreOptions options) {
        this.server = server;
        this.address = address;
        this.options = options;
    }

    public static EmbeddedStore start(StoreOptions options) {
        MVStore mvStore = open(options);
        DurableH2Backend backend = new DurableH2Backend(mvStore, options.durability());
        try {
            MongoServer server = bindFirstFree(backend, options);
            InetSocketAddress address = server.getLocalAddress();
            log.info("Embedded store listening on {}:{} with data in {} ({})", address.getHostString(),
                    address.getPort(), options.dataFile().toAbsolutePath(), options.durability());
            return new EmbeddedStore(server, address, options);
        } catch (Exception e) { // Netty rethrows a checked BindException undeclared
            backend.close();
            throw new IllegalStateException("The embedded store could not start: " + e.getMessage(), e);
        }
    }

    private static MVStore open(StoreOptions options) {
        try {
            Files.createDirectories(options.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + options.dataDirectory(), e);
        }
        return new MVStore.Builder()
                .fileName(options.dataFile().toString())
                .autoCommitDisabled()
                .open();
    }

    /**
     * Finds the first port that is free, then binds to it. A failed {@code MongoServer.bind} cannot be undone
     * without closing the backend, so ports are probed first.
     */
    private static MongoServer bindFirstFree(DurableH2Backend backend, StoreOptions options) {
        int port = firstFreePort(options);
        MongoServer server = new MongoServer(backend);
        server.bind(options.host(), port);
        return server;
    }

    private static int firstFreePort(StoreOptions options) {
        if (options.port() == 0) {
            return 0;
        }
        for (int port = options.port(); port < options.port() + options.portAttempts() && port <= 65535; port++) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(options.host(), port));
                return port;
            } catch (IOException inUse) {
                log.info("Port {} is in use; trying the next one", port);
            }
        }
        throw new IllegalStateException("No free port from " + options.port() + " in "
                + options.portAttempts() + " attempts");
    }

    public int port() {
        return address.getPort();
    }

    public String host() {
        return address.getHostString();
    }

    /** A connection string for the MongoDB driver, naming the given database. */
    public String connectionString(String database) {
        return "mongodb://" + host() + ":" + port() + "/" + database;
    }

    public StoreOptions options() {
        return options;
    }

    /** Stops accepting connections, then commits and closes the data file. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdownNow(); // stops listening, then closes the backend, which commits and closes the file
        log.info("Embedded store stopped; data file closed cleanly");
    }
}
