package org.permanenceplatform.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedStoreDurabilityTest {

    private static final int CHILDREN = 300;

    @TempDir
    Path data;

    @Test
    void acknowledgedWritesSurviveTheStoreProcessBeingKilled() throws Exception {
        try (StoreProcess store = StoreProcess.start(data)) {
            try (MongoClient client = MongoClients.create(store.uri())) {
                MongoCollection<Document> children = client.getDatabase("permanence").getCollection("children");
                for (int i = 0; i < CHILDREN; i++) {
                    children.insertOne(new Document("_id", "child-" + i).append("version", 1));
                }
                children.updateOne(Filters.and(Filters.eq("_id", "child-7"), Filters.eq("version", 1)),
                        Updates.combine(Updates.set("familyName", "Changed"), Updates.inc("version", 1)));
                children.deleteOne(Filters.eq("_id", "child-8"));
                client.getDatabase("permanence").getCollection("counters").findOneAndUpdate(
                        Filters.eq("_id", "children"), Updates.inc("value", 1),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            }
            // The last write was acknowledged a moment ago; the process dies without any chance to flush.
            store.kill();
        }

        try (StoreProcess restarted = StoreProcess.start(data);
             MongoClient client = MongoClients.create(restarted.uri())) {
            MongoCollection<Document> children = client.getDatabase("permanence").getCollection("children");
            assertThat(children.countDocuments()).isEqualTo(CHILDREN - 1);
            assertThat(children.find(Filters.eq("_id", "child-" + (CHILDREN - 1))).first()).isNotNull();
            assertThat(children.find(Filters.eq("_id", "child-7")).first())
                    .containsEntry("familyName", "Changed").containsEntry("version", 2);
            assertThat(children.find(Filters.eq("_id", "child-8")).first()).isNull();
            assertThat(client.getDatabase("permanence").getCollection("counters")
                    .find(Filters.eq("_id", "children")).first()).containsEntry("value", 1);
        }
    }

    @Test
    void aCleanStopClosesTheDataFileAndKeepsEverything() throws Exception {
        try (StoreProcess store = StoreProcess.start(data);
             MongoClient client = MongoClients.create(store.uri())) {
            client.getDatabase("support").getCollection("cases").insertOne(new Document("_id", "case-1"));
            client.close();
            assertThat(store.stop()).as("exit status after SIGTERM").isIn(0, 143);
        }
        assertThat(Files.exists(data.resolve(StoreOptions.DATA_FILE_NAME))).isTrue();

        try (EmbeddedStore store = EmbeddedStore.start(StoreOptions.defaults().withPort(0).withDataDirectory(data));
             MongoClient client = MongoClients.create(store.connectionString("support"))) {
            assertThat(client.getDatabase("support").getCollection("cases").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void takesTheNextFreePortWhenTheFirstIsInUse(@TempDir Path other) {
        try (EmbeddedStore first = EmbeddedStore.start(StoreOptions.defaults().withPort(0).withDataDirectory(data));
             EmbeddedStore second = EmbeddedStore.start(
                     StoreOptions.defaults().withPort(first.port()).withDataDirectory(other))) {
            assertThat(second.port()).isGreaterThan(first.port());
            try (MongoClient client = MongoClients.create(second.connectionString("x"))) {
                client.getDatabase("x").getCollection("y").insertOne(new Document("a", 1));
                assertThat(client.getDatabase("x").getCollection("y").countDocuments()).isEqualTo(1);
            }
        }
    }

    @Test
    void refusesASecondStoreOnTheSameDataFile() {
        StoreOptions options = StoreOptions.defaults().withPort(0).withDataDirectory(data);
        try (EmbeddedStore first = EmbeddedStore.start(options)) {
            List<Throwable> failures = new ArrayList<>();
            try (EmbeddedStore second = EmbeddedStore.start(options)) {
                // must not get here
            } catch (RuntimeException e) {
                failures.add(e);
            }
            assertThat(failures).as("a second store on a data file that is in use").hasSize(1);
            assertThat(first.port()).isPositive();
        }
    }
}
