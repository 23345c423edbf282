package org.permanenceplatform.store;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A query that names one {@code _id} and asks more of the document is answered from the {@code _id} index
 * ({@link IdFirstQueries}): what it finds and what it writes must be exactly what MongoDB's semantics give, through
 * the real driver over TCP. How much faster it is, is measured in {@code bench} ({@code StoreWriteBenchmark}).
 */
class IdFirstQueriesTest {

    @TempDir
    Path data;

    @Test
    void aConditionalUpdateOnIdAndVersionWritesOnlyWhenBothMatch() {
        try (EmbeddedStore store = start(); MongoClient client = MongoClients.create(store.connectionString("t"))) {
            MongoCollection<Document> children = children(client);
            for (Bson onIdAndVersion : List.of(
                    Filters.and(Filters.eq("_id", "child-7"), Filters.eq("version", 1)),
                    new Document("_id", "child-8").append("version", 1))) {
                UpdateResult stale = children.updateOne(Filters.and(onIdAndVersion, Filters.eq("version", 0)),
                        Updates.set("familyName", "Lost"));
                UpdateResult current = children.updateOne(onIdAndVersion,
                        Updates.combine(Updates.set("familyName", "Changed"), Updates.inc("version", 1)));
                UpdateResult again = children.updateOne(onIdAndVersion, Updates.set("familyName", "Overwritten"));

                assertThat(stale.getMatchedCount()).isZero();
                assertThat(current.getMatchedCount()).isEqualTo(1);
                assertThat(current.getModifiedCount()).isEqualTo(1);
                assertThat(again.getMatchedCount()).as("the version moved on: a second writer gets no match").isZero();
            }
            assertThat(children.find(Filters.eq("familyName", "Changed")).map(doc -> doc.getString("_id"))
                    .into(new ArrayList<>())).containsExactlyInAnyOrder("child-7", "child-8");
            assertThat(children.countDocuments(Filters.eq("version", 2))).isEqualTo(2);
            assertThat(children.countDocuments(Filters.in("familyName", "Lost", "Overwritten"))).isZero();
        }
    }

    @Test
    void anUpsertOnIdAndAMissingFieldCreatesOnceThenMeetsTheExistingDocument() {
        try (EmbeddedStore store = start(); MongoClient client = MongoClients.create(store.connectionString("t"))) {
            MongoCollection<Document> journeys = client.getDatabase("t").getCollection("journeys");
            Bson firstEvent = Filters.and(Filters.eq("_id", "key-1"), Filters.exists("lastSeq.permanence", false));
            journeys.updateOne(firstEvent, Updates.combine(Updates.set("lastSeq.permanence", 1L),
                    Updates.setOnInsert("created", "once")), new UpdateOptions().upsert(true));

            // The document exists and has seen the producer: the filter no longer matches it, and the upsert's
            // insert meets the _id already there, as MongoDB answers a repeated first event.
            assertThatThrownBy(() -> journeys.updateOne(firstEvent, Updates.set("lastSeq.permanence", 1L),
                    new UpdateOptions().upsert(true))).isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
            assertThat(journeys.countDocuments()).isEqualTo(1);
            assertThat(journeys.find(Filters.eq("_id", "key-1")).first()).containsEntry("created", "once");
        }
    }

    @Test
    void readsOnIdWithMoreConditionsFindWhatTheyAskAndOtherQueriesAreAnsweredAsBefore() {
        try (EmbeddedStore store = start(); MongoClient client = MongoClients.create(store.connectionString("t"))) {
            MongoCollection<Document> children = children(client);

            assertThat(children.find(Filters.and(Filters.eq("_id", "child-3"), Filters.eq("la", "840")))
                    .projection(Projections.include("la")).first())
                    .isEqualTo(new Document("_id", "child-3").append("la", "840"));
            assertThat(children.find(Filters.and(Filters.eq("_id", "child-3"), Filters.eq("la", "841"))).first())
                    .isNull();
            assertThat(children.find(Filters.and(Filters.eq("_id", "child-404"), Filters.eq("la", "840"))).first())
                    .isNull();
            assertThat(children.countDocuments(Filters.and(Filters.in("_id", "child-1", "child-2"),
                    Filters.eq("version", 1)))).isEqualTo(2);
            assertThat(children.countDocuments(Filters.or(Filters.eq("_id", "child-1"), Filters.eq("la", "841"))))
                    .isEqualTo(1 + 10);
            assertThat(children.countDocuments(Filters.and(Filters.gte("_id", "child-1"), Filters.eq("la", "840"))))
                    .as("child-1 to child-9: child-0 sorts before child-1").isEqualTo(9);
            assertThat(children.deleteMany(Filters.and(Filters.eq("_id", "child-5"), Filters.eq("la", "841")))
                    .getDeletedCount()).as("child-5 is in 840").isZero();
            assertThat(children.deleteMany(Filters.and(Filters.eq("_id", "child-5"), Filters.eq("la", "840")))
                    .getDeletedCount()).isEqualTo(1);
        }
    }

    @Test
    void dataWrittenByThePlainBackendIsReadAndQueriedByIdAsBefore() {
        StoreOptions options = StoreOptions.defaults().withPort(0).withDataDirectory(data);
        H2Backend plain = new H2Backend(options.dataDirectory().resolve(StoreOptions.DATA_FILE_NAME).toString());
        MongoServer server = new MongoServer(plain);
        try {
            String uri = "mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort();
            try (MongoClient client = MongoClients.create(uri)) {
                children(client);
            }
        } finally {
            server.shutdownNow();
        }

        try (EmbeddedStore store = EmbeddedStore.start(options);
             MongoClient client = MongoClients.create(store.connectionString("t"))) {
            MongoCollection<Document> children = client.getDatabase("t").getCollection("children");
            assertThat(children.countDocuments()).isEqualTo(20);
            assertThat(children.updateOne(Filters.and(Filters.eq("_id", "child-12"), Filters.eq("version", 1)),
                    Updates.inc("version", 1)).getModifiedCount()).isEqualTo(1);
            assertThat(children.find(Filters.eq("_id", "child-12")).first()).containsEntry("version", 2);
        }
    }

    private EmbeddedStore start() {
        return EmbeddedStore.start(StoreOptions.defaults().withPort(0).withDataDirectory(data));
    }

    /** Twenty children: the first ten in LA 840, the rest in 841, each at version 1. */
    private static MongoCollection<Document> children(MongoClient client) {
        MongoCollection<Document> children = client.getDatabase("t").getCollection("children");
        for (int i = 0; i < 20; i++) {
            children.insertOne(new Document("_id", "child-" + i).append("la", i < 10 ? "840" : "841")
                    .append("version", 1));
        }
        return children;
    }
}
