package org.permanenceplatform.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.permanenceplatform.store.Durability;
import org.permanenceplatform.store.EmbeddedStore;
import org.permanenceplatform.store.StoreOptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * What a conditional update costs as a collection grows: the optimistic-locking write of every record
 * ({@code {_id, version}}) and the in-order write of every event ({@code {_id, lastSeq.producer}}). {@code embedded}
 * is the platform's embedded store, which answers a query on one {@code _id} from the {@code _id} index;
 * {@code library} is mongo-java-server's H2 backend as it comes, which reads every document for such a query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class StoreConditionalUpdateBenchmark {

    @Param({"1000", "100000"})
    public int documents;

    @Param({"embedded", "library"})
    public String store;

    private Path data;
    private AutoCloseable server;
    private MongoClient client;
    private MongoCollection<Document> children;

    @Setup(Level.Trial)
    public void start() throws IOException {
        data = Files.createTempDirectory("bench-store");
        StoreOptions options = StoreOptions.defaults().withPort(0).withDataDirectory(data)
                .withDurability(Durability.WRITE);
        String uri;
        if (store.equals("embedded")) {
            EmbeddedStore embedded = EmbeddedStore.start(options);
            server = embedded;
            uri = embedded.connectionString("bench");
        } else {
            MongoServer plain = new MongoServer(new H2Backend(options.dataFile().toString()));
            InetSocketAddress address = plain.bind();
            server = plain::shutdownNow;
            uri = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/bench";
        }
        client = MongoClients.create(uri);
        children = client.getDatabase("bench").getCollection("children");
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            batch.add(new Document("_id", "child-" + i).append("la", "840").append("version", 0L));
            if (batch.size() == 1_000) {
                children.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            children.insertMany(batch);
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        client.close();
        server.close();
        Directories.deleteAll(data);
    }

    /** A record's write with its version check, on a child drawn at random. */
    @Benchmark
    public long updateOnIdAndVersion() {
        String id = "child-" + ThreadLocalRandom.current().nextInt(documents);
        long version = children.find(Filters.eq("_id", id)).first().getLong("version");
        return children.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", version)),
                Updates.combine(Updates.set("familyName", "Taylor"), Updates.inc("version", 1L))).getModifiedCount();
    }
}
