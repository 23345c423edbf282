package org.permanenceplatform.permanence.adopter.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.problem.ConflictException;
import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.permanence.adopter.domain.AdopterHousehold;
import org.permanenceplatform.permanence.adopter.domain.ApprovalDecision;
import org.permanenceplatform.permanence.adopter.domain.HouseholdDetails;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplate;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.assessment.domain.AssessmentType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code adopters} collection through the real MongoDB driver: a household and its approval read back whole,
 * the stored layout as documented (ADR 011), and the version-conditional write.
 */
abstract class AdopterStoreContract {

    static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123Z");
    static final AssessmentTemplate APPROVAL = AssessmentTemplates.standard().of(AssessmentType.ADOPTER_APPROVAL);

    abstract String serverUri();

    MongoClient client;
    MongoDatabase database;
    AdopterStore store;

    @BeforeEach
    void openStore() {
        client = MongoClients.create(serverUri());
        database = client.getDatabase("adopters_" + UUID.randomUUID().toString().substring(0, 8));
        store = new AdopterStore(database);
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
        client.close();
    }

    static AdopterHousehold household(String la, LocalDate interest) {
        return AdopterHousehold.register(UUID.randomUUID().toString(), la, new HouseholdDetails(
                List.of("Sam Green", "Alex Green"), "2 Mill Lane, Durham", interest, "practitioner.840"), NOW, "sam");
    }

    static AdopterHousehold approved(AdopterHousehold household) {
        LocalDate start = household.details().registeredInterest();
        return household.startAssessment("a1", APPROVAL, start, "sam", NOW)
                .completeStage(APPROVAL, "stage-one", start.plusMonths(2), "sam", "Checks done", NOW)
                .completeStage(APPROVAL, "stage-two", start.plusMonths(6), "sam", null, NOW)
                .completeStage(APPROVAL, "panel", start.plusMonths(7), "sam", null, NOW)
                .recommend("Approve for two siblings aged 2 to 6", NOW)
                .decide(APPROVAL, new ApprovalDecision(true, start.plusMonths(7).plusDays(5), "Agreed", 2, 6, 2),
                        "dm", NOW);
    }

    @Test
    void anApprovedHouseholdIsStoredAndReadBackWholeInItsOwnDocument() {
        AdopterHousehold household = household("840", LocalDate.of(2025, 1, 6));
        store.insert(household);
        AdopterHousehold decided = approved(household);
        store.replace(decided, household.version());

        assertThat(store.find(household.id())).contains(decided);
        Document raw = database.getCollection(AdopterStore.COLLECTION)
                .find(new Document("_id", household.id())).first();
        assertThat(raw.getString("la")).isEqualTo("840");
        assertThat(raw.getList("adults", String.class)).containsExactly("Sam Green", "Alex Green");
        assertThat(raw.getString("registeredInterest")).isEqualTo("2025-01-06");
        assertThat(raw.get("version")).isEqualTo(decided.version());
        Document assessment = raw.get("assessment", Document.class);
        assertThat(assessment.getString("type")).isEqualTo("ADOPTER_APPROVAL");
        assertThat(assessment.getString("outcome")).isEqualTo("APPROVED");
        assertThat(assessment.getList("stages", Document.class)).extracting(stage -> stage.getString("key"))
                .containsExactly("stage-one", "stage-two", "panel", "approval");
        assertThat(raw.get("approval", Document.class)).containsEntry("approvedOn", "2025-08-11")
                .containsEntry("ageFrom", 2).containsEntry("ageTo", 6).containsEntry("numberOfChildren", 2);
        assertThat(database.getCollection("children").countDocuments()).as("households are not children").isZero();
    }

    @Test
    void aChangeMadeFromAnOlderVersionIsAConflictAndChangesNothing() {
        AdopterHousehold household = household("840", LocalDate.of(2025, 1, 6));
        store.insert(household);
        AdopterHousehold started = household.startAssessment("a1", APPROVAL, LocalDate.of(2025, 1, 6), "sam", NOW);
        store.replace(started, 1);

        AdopterHousehold late = household.withDetails(new HouseholdDetails(List.of("Sam Green"), "3 Mill Lane",
                LocalDate.of(2025, 1, 6), null), NOW);
        assertThatThrownBy(() -> store.replace(late, 1)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("now version 2");
        assertThat(store.find(household.id())).contains(started);
        assertThatThrownBy(() -> store.replace(household("840", LocalDate.of(2025, 1, 6)), 1))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anLasHouseholdsAreListedEarliestInterestFirstAndNoOtherLas() {
        AdopterHousehold later = household("840", LocalDate.of(2025, 5, 1));
        AdopterHousehold earlier = household("840", LocalDate.of(2025, 2, 1));
        store.insert(later);
        store.insert(earlier);
        store.insert(household("841", LocalDate.of(2025, 1, 1)));

        assertThat(store.allOfLa("840")).extracting(AdopterHousehold::id).containsExactly(earlier.id(), later.id());
        List<AdopterHousehold> every = new ArrayList<>();
        store.forEach(every::add);
        assertThat(every).hasSize(3);
    }
}
