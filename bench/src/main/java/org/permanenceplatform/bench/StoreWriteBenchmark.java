package org.permanenceplatform.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an acknowledged write costs on the embedded store, by durability: the price of answering only once the
 * write is in the file (WRITE) or forced to the disk (FSYNC). One client thread, a child-sized document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class StoreWriteBenchmark {

    @Param({"FSYNC", "WRITE"})
    public Durability durability;

    private Path data;
    private EmbeddedStore store;
    private MongoClient client;
    private MongoCollection<Document> children;
    private final AtomicLong next = new AtomicLong();

    @Setup(Level.Trial)
    public void start() throws IOException {
        data = Files.createTempDirectory("bench-store");
        store = EmbeddedStore.start(StoreOptions.defaults().withPort(0).withDataDirectory(data)
                .withDurability(durability));
        client = MongoClients.create(store.connectionString("bench"));
        children = client.getDatabase("bench").getCollection("children");
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        client.close();
        store.close();
        Directories.deleteAll(data);
    }

    @Benchmark
    public void insertAChild() {
        long n = next.incrementAndGet();
        children.insertOne(new Document("_id", "child-" + n).append("la", "840").append("localId", "C" + n)
                .append("givenName", "Ava").append("familyName", "Taylor").append("dateOfBirth", "2019-03-14")
                .append("sex", "FEMALE").append("ethnicity", "WBRI").append("version", 1L));
    }

    @Benchmark
    public void updateAChildByVersion() {
        long n = next.incrementAndGet();
        children.updateOne(Filters.eq("_id", "child-hot"), Updates.combine(
                Updates.set("familyName", "Taylor-" + n), Updates.inc("version", 1L)),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
    }
}
