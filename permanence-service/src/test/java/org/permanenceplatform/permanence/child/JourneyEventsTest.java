package org.permanenceplatform.permanence.child;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.NationalDatasetGuard;
import org.permanenceplatform.kit.pseudonym.ChildKeys;
import org.permanenceplatform.kit.testing.TestKeys;
import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.assessment.domain.AssessmentType;
import org.permanenceplatform.permanence.assessment.domain.Household;
import org.permanenceplatform.permanence.care.domain.CareHistory;
import org.permanenceplatform.permanence.care.domain.PeriodOfCare;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.domain.ChildDetails;
import org.permanenceplatform.permanence.child.domain.Ethnicity;
import org.permanenceplatform.permanence.child.domain.Sex;
import org.permanenceplatform.permanence.placement.domain.DistanceBand;
import org.permanenceplatform.permanence.placement.domain.Placement;
import org.permanenceplatform.permanence.placement.domain.PurchaseRoute;
import org.permanenceplatform.permanence.reference.domain.LegalStatus;
import org.permanenceplatform.permanence.reference.domain.PlacementProvider;
import org.permanenceplatform.permanence.reference.domain.PlacementType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyEventsTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    final JourneyEvents journeys = new JourneyEvents(ChildKeys.fromBase64(TestKeys.PSEUDONYMISATION_KEY));

    static Child child() {
        return Child.record("platform-id-1", "840", new ChildDetails("DUR-0042", "Mia", "Hughes",
                LocalDate.of(2018, 5, 4), Sex.FEMALE, Ethnicity.MWBC, true, false, "sam.worker"), NOW, "sam.practitioner");
    }

    static Child inCareWithAFamily(Child child) {
        LocalDate entered = LocalDate.of(2025, 3, 3);
        AssessmentTemplates templates = AssessmentTemplates.standard();
        Assessment sgo = Assessment.start("assessment-9", templates.of(AssessmentType.SPECIAL_GUARDIANSHIP),
                entered.plusDays(10), new Household(List.of(new Household.HouseholdAdult("Ann Hughes",
                        "grandmother")), "1 High Street, Durham DH1 1AA", true), "sam.practitioner");
        Placement placement = Placement.open("placement-7", entered, PlacementType.U1, PlacementProvider.PR1,
                "carer-3", "Ann Hughes", true, false, DistanceBand.INSIDE_LA_UNDER_20_MILES, new BigDecimal("310.00"),
                PurchaseRoute.IN_HOUSE);
        return child.withRecord(child.record()
                .withCare(CareHistory.NONE.begin(PeriodOfCare.start("period-5", entered, LegalStatus.C1, null)))
                .withAssessments(List.of(sgo)).withPlacements(List.of(placement)), NOW);
    }

    @Test
    void theJourneyNamesNobodyAndCarriesNoLocalOrPlatformIdentifier() {
        Child before = child();
        Child after = inCareWithAFamily(before);

        EventEnvelope event = journeys.changed(before, after, () -> 4).orElseThrow();

        assertThat(event.type()).isEqualTo("ncpd.journey.changed");
        assertThat(event.sequence()).isEqualTo(4);
        assertThat(event.aggregateId()).isEqualTo(ChildKeys.fromBase64(TestKeys.PSEUDONYMISATION_KEY)
                .keyOf("840", "DUR-0042"));
        String payload = event.payload().toString();
        assertThat(payload).doesNotContain("Mia", "Hughes", "Ann", "High Street", "DH1", "DUR-0042",
                "2018-05-04", "platform-id-1", "period-5", "placement-7", "carer-3", "assessment-9", "sam.practitioner", "sam.worker");
        assertThat(payload).contains("2025-03-03", "U1", "PR1", "310.00", "SPECIAL_GUARDIANSHIP", "5 to 9");
        NationalDatasetGuard.check(event);
    }

    @Test
    void aChangeTheNationalDatasetCannotSeeSendsNothing() {
        Child inCare = inCareWithAFamily(child());
        Child renamed = inCare.withDetails(new ChildDetails("DUR-0042", "Mia", "Hughes-Smith",
                LocalDate.of(2018, 5, 4), Sex.FEMALE, Ethnicity.MWBC, true, false, "another.worker"), NOW);

        assertThat(journeys.changed(inCare, renamed, () -> 1)).isEmpty();
    }

    @Test
    void theAgeBandAtEntryFollowsTheStatisticsBands() {
        LocalDate born = LocalDate.of(2010, 6, 1);
        assertThat(Map.of(
                JourneyEvents.ageBand(born, LocalDate.of(2011, 5, 31)), "under 1",
                JourneyEvents.ageBand(born, LocalDate.of(2011, 6, 1)), "1 to 4",
                JourneyEvents.ageBand(born, LocalDate.of(2020, 6, 1)), "10 to 15",
                JourneyEvents.ageBand(born, LocalDate.of(2026, 6, 1)), "16 and over"))
                .allSatisfy((actual, expected) -> assertThat(actual).isEqualTo(expected));
    }
}
