package org.permanenceplatform.permanence.child.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventFamily;
import org.permanenceplatform.kit.events.EventRoutes;
import org.permanenceplatform.kit.events.Outbox;
import org.permanenceplatform.kit.problem.ConflictException;
import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.kit.store.StoreSchema;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.domain.ChildDetails;
import org.permanenceplatform.permanence.child.domain.Ethnicity;
import org.permanenceplatform.permanence.child.domain.Sex;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every store feature permanence-service relies on, through the real MongoDB driver. Run against the embedded
 * store always, and against real MongoDB wherever a Docker engine exists: both must behave alike.
 */
abstract class PermanenceStoreContract {

    static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** A connection string for a server; each test gets a fresh database on it. */
    abstract String serverUri();

    MongoClient client;
    MongoDatabase database;
    ChildStore store;

    @BeforeEach
    void openStore() {
        client = MongoClients.create(serverUri());
        database = client.getDatabase("contract_" + UUID.randomUUID().toString().substring(0, 8));
        store = new ChildStore(database, EventRoutes.platform());
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
        client.close();
    }

    static Child child(String la, String localId, String familyName) {
        return Child.record(UUID.randomUUID().toString(), la,
                new ChildDetails(localId, "Ava", familyName, LocalDate.of(2019, 3, 14), Sex.FEMALE, Ethnicity.WBRI),
                NOW, "sam");
    }

    @Test
    void aChildIsStoredAndReadBackWhole() {
        Child child = child("840", "C1", "Taylor");
        store.insert(child, List.of());
        assertThat(store.find(child.id())).contains(child);
        assertThat(store.find("no-such-id")).isEmpty();
    }

    @Test
    void theSameLocalIdTwiceInOneLaIsAConflict() {
        store.insert(child("840", "C1", "Taylor"), List.of());
        assertThatThrownBy(() -> store.insert(child("840", "C1", "Other"), List.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("C1", List.of());
        store.insert(child("841", "C1", "Taylor"), List.of()); // another LA's child with the same local id
        assertThat(store.countByLa()).containsEntry("840", 1L).containsEntry("841", 1L);
    }

    @Test
    void aChangeMadeFromTheStoredVersionIsKept() {
        Child child = child("840", "C1", "Taylor");
        store.insert(child, List.of());
        Child changed = child.withDetails(rename(child, "Smith"), NOW.plusSeconds(60));
        store.replace(changed, 1, List.of());
        assertThat(store.find(child.id())).contains(changed);
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void aChangeMadeFromAnOlderVersionIsAConflictAndChangesNothing() {
        Child child = child("840", "C1", "Taylor");
        store.insert(child, List.of());
        store.replace(child.withDetails(rename(child, "Smith"), NOW), 1, List.of());

        Child late = child.withDetails(rename(child, "Jones"), NOW);
        assertThatThrownBy(() -> store.replace(late, 1, List.of())).isInstanceOf(ConflictException.class);
        assertThat(store.find(child.id()).orElseThrow().details().familyName()).isEqualTo("Smith");
    }

    @Test
    void aChangeToAChildThatIsNotStoredIsNotFound() {
        Child ghost = child("840", "C9", "Nobody");
        assertThatThrownBy(() -> store.replace(ghost.withDetails(rename(ghost, "X"), NOW), 1, List.of()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anLasChildrenAreListedByNameAPageAtATime() {
        store.insert(child("840", "C1", "Young"), List.of());
        store.insert(child("840", "C2", "Adams"), List.of());
        store.insert(child("840", "C3", "Moss"), List.of());
        store.insert(child("841", "C4", "Abbott"), List.of());
        assertThat(store.listForLa("840", 0, 2)).extracting(c -> c.details().familyName())
                .containsExactly("Adams", "Moss");
        assertThat(store.listForLa("840", 2, 2)).extracting(c -> c.details().familyName())
                .containsExactly("Young");
    }

    @Test
    void childrenAreCountedPerLaLargestFirst() { // $group, $sort
        store.insert(child("841", "C1", "A"), List.of());
        store.insert(child("840", "C1", "B"), List.of());
        store.insert(child("840", "C2", "C"), List.of());
        assertThat(store.countByLa()).containsExactly(
                java.util.Map.entry("840", 2L), java.util.Map.entry("841", 1L));
    }

    @Test
    void theLayoutVersionIsClaimedByUpsertAndAnOlderReleaseIsRefused() { // findOneAndUpdate, upsert, $max
        assertThat(StoreSchema.claim(database, "permanence-service", 1, CLOCK)).isEqualTo(1);
        assertThat(StoreSchema.claim(database, "permanence-service", 1, CLOCK)).as("idempotent").isEqualTo(1);
        assertThat(StoreSchema.claim(database, "permanence-service", 2, CLOCK)).isEqualTo(2);
        assertThat(database.getCollection("store_meta").countDocuments()).isEqualTo(1);
        assertThatThrownBy(() -> StoreSchema.claim(database, "permanence-service", 1, CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("layout version 2");
        Document meta = database.getCollection("store_meta").find().first();
        assertThat(meta).containsEntry("version", 2);
    }

    @Test
    void startingTwiceCreatesTheIndexesOnlyOnce() {
        new ChildStore(database, EventRoutes.platform());
        List<String> names = database.getCollection(ChildStore.COLLECTION).listIndexes()
                .map(index -> index.getString("name")).into(new java.util.ArrayList<>());
        assertThat(names).contains("la_localId_unique").doesNotHaveDuplicates();
    }

    @Test
    void aChildIsStoredWithItsEventsInOneDocumentAndAStaleChangeAddsNone() {
        Child child = child("840", "C1", "Taylor");
        EventEnvelope recorded = EventEnvelope.of("ncpd.child.recorded", 1, NOW, "permanence-service", "key-1", 1,
                "840", Map.of("sex", "FEMALE"));
        store.insert(child, List.of(recorded));

        Document raw = database.getCollection(ChildStore.COLLECTION).find(new Document("_id", child.id())).first();
        List<Document> outbox = raw.getList(Outbox.FIELD, Document.class);
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0).getString("destination")).isEqualTo("outcomes-service");
        assertThat(outbox.get(0).get("event", Document.class).getString("id")).isEqualTo(recorded.id());
        assertThat(store.nextSequence(child.id(), EventFamily.NCPD)).isEqualTo(2);

        Child changed = child.withDetails(rename(child, "Smith"), NOW);
        EventEnvelope corrected = EventEnvelope.of("ncpd.child.corrected", 1, NOW, "permanence-service", "key-1", 2,
                "840", Map.of("sex", "FEMALE"));
        store.replace(changed, 1, List.of(corrected));
        EventEnvelope lost = EventEnvelope.of("ncpd.child.corrected", 1, NOW, "permanence-service", "key-1", 2,
                "840", Map.of("sex", "MALE"));
        assertThatThrownBy(() -> store.replace(changed, 1, List.of(lost))).isInstanceOf(ConflictException.class);

        raw = database.getCollection(ChildStore.COLLECTION).find(new Document("_id", child.id())).first();
        assertThat(raw.getList(Outbox.FIELD, Document.class))
                .extracting(entry -> entry.get("event", Document.class).getString("id"))
                .containsExactly(recorded.id(), corrected.id());
        assertThat(raw.get(Outbox.SEQUENCES, Document.class).get("ncpd")).isEqualTo(2L);
        assertThat(store.find(child.id()).orElseThrow().details().familyName()).isEqualTo("Smith");
    }

    private static ChildDetails rename(Child child, String familyName) {
        ChildDetails d = child.details();
        return new ChildDetails(d.localChildId(), d.givenName(), familyName, d.dateOfBirth(), d.sex(), d.ethnicity());
    }
}
