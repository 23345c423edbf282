package org.permanenceplatform.bench;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The MongoDB-wire server with its in-memory backend, in a process of its own, as a store runs beside a service in
 * a deployment: its documents are then not in the service's heap, and the service's collections are its own. Prints
 * {@code port N} once it listens, and stops when its standard input closes (when the benchmark that started it ends).
 */
public final class MemoryStoreProcess {

    private MemoryStoreProcess() {
    }

    public static void main(String[] args) throws IOException {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        System.out.println("port " + address.getPort());
        System.out.flush();
        try {
            while (System.in.read() >= 0) {
                // waits for the benchmark to end
            }
        } finally {
            server.shutdownNow();
        }
    }
}
