package org.permanenceplatform.outcomes.dataset;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.outcomes.NationalDatasetEvents;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.Journey;
import org.permanenceplatform.outcomes.indicator.domain.PeriodOfCare;
import org.permanenceplatform.outcomes.indicator.domain.Placement;
import org.permanenceplatform.outcomes.indicator.domain.Route;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset read back through the real driver: journeys delivered as permanence-service sends them come out as the
 * domain's {@link Journey}, and documents shaped differently (missing values, unknown fields) are read tolerantly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JourneyStoreTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "journeys");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    JourneyStore store;

    static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

    Journey journeyOf(String la, YearMonth birthMonth) {
        Cohort cohort = store.cohort(AS_OF);
        assertThat(cohort.asOf()).isEqualTo(AS_OF);
        return cohort.journeys().stream().filter(journey -> journey.child().la().equals(la)
                && journey.child().birthMonth().equals(birthMonth)).findFirst().orElseThrow();
    }

    @Test
    void anAdoptionDeliveredAsEventsIsReadBackAsTheDomainsJourney() {
        new NationalDatasetEvents().child(NationalDatasetEvents.childKey("841", "C-1"), "841", "E12000001",
                "2021-05", NationalDatasetEvents.adopted("2023-01-10", "2024-02-01", "2024-09-30")).deliver(port);

        Journey journey = journeyOf("841", YearMonth.parse("2021-05"));
        assertThat(journey.child().region()).isEqualTo("E12000001");
        assertThat(journey.child().sex()).isEqualTo("FEMALE");
        PeriodOfCare period = journey.periods().get(0);
        assertThat(period.entered()).isEqualTo("2023-01-10");
        assertThat(period.adopted()).isTrue();
        assertThat(period.legalStatusOn(LocalDate.parse("2024-03-01"))).contains("E1");
        assertThat(period.plannedRouteOn(LocalDate.parse("2023-02-01"))).contains(Route.ADOPTION);
        assertThat(period.firstAdoptionPlacement()).map(Placement::start).contains(LocalDate.parse("2024-02-01"));
        assertThat(period.placements().get(0).weeklyCost()).isEqualByComparingTo(new BigDecimal("450.00"));
        assertThat(period.permanence()).isEqualTo(new PeriodOfCare.Permanence(Route.ADOPTION,
                LocalDate.parse("2024-09-30"), "ADOPTION_ORDER", false));
        assertThat(journey.supportRequests()).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnoredAndMissingOrUnreadableValuesAreUnknown() {
        database.getCollection(NationalChildRecords.COLLECTION).insertOne(new Document("_id", "tolerant-reader")
                .append("la", "842").append("birthMonth", "2015-07").append("somethingNewer", 1)
                .append("journey", new Document("periods", List.of(
                        new Document("number", 1).append("entered", "2024-05-01").append("ageBandAtEntry", "5 to 9")
                                .append("ended", "not a date").append("futureField", Map.of("a", 1))
                                .append("plan", List.of(new Document("primaryRoute", "ADOPTION"),
                                        new Document("decided", "2024-06-01").append("primaryRoute", "A_NEW_ROUTE")))
                                .append("placements", List.of(new Document("number", 1).append("type", "U1"),
                                        new Document("number", 2).append("start", "2024-05-01").append("type", "U1")
                                                .append("weeklyCost", 612.5)))
                                .append("permanence", new Document("route", "RETURN_HOME")),
                        new Document("number", 2).append("ageBandAtEntry", "5 to 9")))
                        .append("education", List.of(new Document("academicYear", "2024/25")
                                .append("attainment8", "41.5").append("ks2ExpectedStandardMet", "yes")))));

        Journey journey = journeyOf("842", YearMonth.parse("2015-07"));
        assertThat(journey.child().region()).as("no region sent").isNull();
        assertThat(journey.child().disabled()).isFalse();
        assertThat(journey.periods()).as("a period without its entry date cannot be placed").hasSize(1);
        PeriodOfCare period = journey.periods().get(0);
        assertThat(period.ended()).isNull();
        assertThat(period.plan()).containsExactly(new PeriodOfCare.PlanChange(LocalDate.parse("2024-06-01"), null,
                null));
        assertThat(period.placements()).singleElement().satisfies(placement ->
                assertThat(placement.weeklyCost()).isEqualByComparingTo("612.5"));
        assertThat(period.permanence()).as("a permanence without its date").isNull();
        assertThat(journey.educationIn("2024/25")).hasValueSatisfying(year -> {
            assertThat(year.attainment8()).isEqualByComparingTo("41.5");
            assertThat(year.ks2ExpectedStandardMet()).isNull();
        });
    }

    @Test
    void aChildWithoutABirthMonthOrWithoutAJourneyIsLeftOut() {
        database.getCollection(NationalChildRecords.COLLECTION).insertMany(List.of(
                new Document("_id", "no-birth-month").append("la", "843")
                        .append("journey", new Document("periods", List.of())),
                new Document("_id", "no-journey-yet").append("la", "843").append("birthMonth", "2019-01")));

        assertThat(store.cohort(AS_OF).journeys()).noneMatch(journey -> journey.child().la().equals("843"));
    }
}
