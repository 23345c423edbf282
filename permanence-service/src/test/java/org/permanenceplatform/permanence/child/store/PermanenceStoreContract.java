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
import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.assessment.domain.AssessmentType;
import org.permanenceplatform.permanence.assessment.domain.Household;
import org.permanenceplatform.permanence.care.domain.CareHistory;
import org.permanenceplatform.permanence.care.domain.CareProceedings;
import org.permanenceplatform.permanence.care.domain.PeriodOfCare;
import org.permanenceplatform.permanence.child.domain.PermanenceRecord;
import org.permanenceplatform.permanence.clock.domain.Extension;
import org.permanenceplatform.permanence.education.domain.AcademicYear;
import org.permanenceplatform.permanence.education.domain.EducationYear;
import org.permanenceplatform.permanence.placement.domain.DistanceBand;
import org.permanenceplatform.permanence.placement.domain.MoveKind;
import org.permanenceplatform.permanence.placement.domain.MoveProposal;
import org.permanenceplatform.permanence.placement.domain.MoveRequest;
import org.permanenceplatform.permanence.placement.domain.Placement;
import org.permanenceplatform.permanence.placement.domain.PurchaseRoute;
import org.permanenceplatform.permanence.placement.domain.Statement;
import org.permanenceplatform.permanence.plan.domain.PermanencePlan;
import org.permanenceplatform.permanence.plan.domain.PlanDecision;
import org.permanenceplatform.permanence.reference.domain.LegalStatus;
import org.permanenceplatform.permanence.reference.domain.PlacementProvider;
import org.permanenceplatform.permanence.reference.domain.PlacementType;
import org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange;
import org.permanenceplatform.permanence.reference.domain.Route;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.domain.ChildDetails;
import org.permanenceplatform.permanence.child.domain.Ethnicity;
import org.permanenceplatform.permanence.child.domain.Sex;

import java.math.BigDecimal;
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

    @Test
    void aWholePermanenceRecordIsStoredAndReadBackAsItWasWithItsEventsInTheSameDocument() {
        Child child = child("840", "C7", "Hughes");
        store.insert(child, List.of());
        LocalDate entered = LocalDate.of(2024, 2, 5);
        AssessmentTemplates templates = AssessmentTemplates.standard();
        Assessment sgo = Assessment.start("a1", templates.of(AssessmentType.SPECIAL_GUARDIANSHIP), entered.plusDays(30),
                        new Household(List.of(new Household.HouseholdAdult("Ann Hughes", "grandmother")),
                                "1 High Street", true), "sam")
                .completeStage(templates.of(AssessmentType.SPECIAL_GUARDIANSHIP), "viability", entered.plusDays(50),
                        "sam", "Positive")
                .recommend("Approve");
        Placement placement = Placement.open("p1", entered, PlacementType.U1, PlacementProvider.PR1, null, "Ann Hughes",
                true, false, DistanceBand.INSIDE_LA_UNDER_20_MILES, new BigDecimal("312.50"), PurchaseRoute.IN_HOUSE);
        PermanenceRecord record = PermanenceRecord.EMPTY
                .withCare(CareHistory.NONE.begin(PeriodOfCare.start("period-1", entered, LegalStatus.C1, null)
                        .withStatus(entered.plusDays(40), LegalStatus.C2).withReviewHeld(entered.plusDays(20))))
                .withProceedings(List.of(CareProceedings.issuedOn("cp1", entered)
                        .extendedBy(new Extension(8, "Expert report late"))))
                .withPlan(PermanencePlan.NONE.decide(new PlanDecision(Route.SPECIAL_GUARDIANSHIP, Route.ADOPTION,
                        entered.plusDays(60), "Grandmother assessed", "sam", NOW)))
                .withAssessments(List.of(sgo))
                .withPlacements(List.of(placement))
                .withMoves(List.of(MoveRequest.propose("m1", MoveProposal.from(placement, entered.plusYears(1),
                        MoveKind.PLANNED, ReasonForPlacementChange.CARPL, false, "sam")).recordReview(entered.plusDays(300))
                        .raiseChallenge(new Statement("Why?", entered.plusDays(301), "iro"))))
                .withEducation(List.of(new EducationYear(AcademicYear.parse("2024/25"), true, null,
                        new BigDecimal("4.5"), 0, false, "vs", NOW)));
        Child changed = child.withRecord(record, NOW);
        EventEnvelope local = EventEnvelope.of("la.permanence.achieved", 1, NOW, "permanence-service", child.id(), 1,
                "840", Map.of("route", "SPECIAL_GUARDIANSHIP"));
        EventEnvelope national = EventEnvelope.of("ncpd.journey.changed", 1, NOW, "permanence-service", "key-7", 1,
                "840", Map.of("periods", List.of()));
        store.replace(changed, 1, List.of(local, national));

        assertThat(store.find(child.id()).orElseThrow()).isEqualTo(changed);
        Document raw = database.getCollection(ChildStore.COLLECTION).find(new Document("_id", child.id())).first();
        assertThat(raw.getList("placements", Document.class).get(0).getString("weeklyCost")).isEqualTo("312.50");
        assertThat(raw.getList(Outbox.FIELD, Document.class))
                .extracting(entry -> entry.getString("destination"))
                .containsExactly("support-service", "outcomes-service");
        assertThat(raw.get(Outbox.SEQUENCES, Document.class)).containsEntry("la", 1L).containsEntry("ncpd", 1L);
    }

    private static ChildDetails rename(Child child, String familyName) {
        ChildDetails d = child.details();
        return new ChildDetails(d.localChildId(), d.givenName(), familyName, d.dateOfBirth(), d.sex(), d.ethnicity());
    }
}
