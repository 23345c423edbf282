package org.permanenceplatform.outcomes.dataset;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.TestStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading every journey works however large the dataset: the embedded store does not split a reply by size as
 * MongoDB does, so a read without a batch size comes back as one reply, and a national year (171 MB) is beyond the
 * driver's 48 MB message limit. Here 1,400 journeys of 36 KB each (52 MB in all) stand in for a national year's
 * size; each read must come back in batches below the limit.
 */
class WholeDatasetReadTest {

    static final int JOURNEYS = 1_400;
    static final String PADDING = "x".repeat(36 * 1024);

    static MongoClient client;
    static JourneyStore store;

    @BeforeAll
    static void storeOfMoreThanOneReply() {
        String uri = TestStore.freshDatabaseUri("whole_read");
        client = MongoClients.create(uri);
        MongoDatabase database = client.getDatabase(uri.substring(uri.lastIndexOf('/') + 1));
        List<Document> children = new ArrayList<>();
        for (int i = 0; i < JOURNEYS; i++) {
            children.add(new Document("_id", "child-" + i).append("la", "841").append("birthMonth", "2019-03")
                    .append("journey", new Document("periods", List.of()).append("notes", PADDING)));
            if (children.size() == 100) {
                database.getCollection(NationalChildRecords.COLLECTION).insertMany(children);
                children.clear();
            }
        }
        assertThat(JourneyStore.BATCH_SIZE * (long) PADDING.length())
                .as("a batch of these journeys fits one reply").isLessThan(48_000_000L);
        assertThat(JOURNEYS * (long) PADDING.length()).as("all of them do not").isGreaterThan(48_000_000L);
        store = new JourneyStore(database);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void theCohortOfMoreJourneysThanOneReplyHoldsIsReadWhole() {
        assertThat(store.cohort(LocalDate.parse("2026-06-30")).journeys()).hasSize(JOURNEYS);
    }

    @Test
    void theJourneysByChildOfMoreThanOneReplyAreReadWhole() {
        assertThat(store.journeysByChild()).hasSize(JOURNEYS).containsKey("child-0").containsKey("child-1399");
    }
}
