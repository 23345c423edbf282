package org.permanenceplatform.generator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.Codes.PlacementProvider;
import org.permanenceplatform.generator.journey.Codes.PlacementType;
import org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased;
import org.permanenceplatform.generator.journey.Codes.Route;
import org.permanenceplatform.generator.journey.PeriodOfCare;
import org.permanenceplatform.generator.journey.Placement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A few of permanence-service's own placement and period rules (PlacementRules, the 903 validator's), held by data. */
class GeneratedJourneysObeyThePlacementRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
    private static final List<Child> children = new ArrayList<>();

    @BeforeAll
    static void generateTenYearsOfFourLas() {
        Generator.generate(new Settings(11, 2025, 10, AS_OF, List.of("840", "201", "886", "330")), children::add);
    }

    @Test
    void thereAreChildrenOnEveryPath() {
        assertThat(children).hasSizeGreaterThan(3_000);
        assertThat(periods().stream().map(PeriodOfCare::reasonCeased))
                .contains(ReasonEpisodeCeased.E11, ReasonEpisodeCeased.E12, ReasonEpisodeCeased.E45,
                        ReasonEpisodeCeased.E41, ReasonEpisodeCeased.E4A, ReasonEpisodeCeased.E17, null);
        assertThat(placements().stream().map(Placement::type)).contains(PlacementType.T4, PlacementType.T0);
        assertThat(placements()).anyMatch(Placement::sameCarers).anyMatch(Placement::isDisruption);
    }

    @Test
    void a5AndA6StartOnlyUnderAPlacementOrder() {
        for (PeriodOfCare period : periods()) {
            for (Placement placement : period.placements()) {
                if (placement.type().needsCourtAuthorityToPlace()) {
                    assertThat(period.legalStatusOn(placement.start()).isCourtAuthorityToPlace()).isTrue();
                }
            }
        }
    }

    @Test
    void everyEndedPeriodHasAReasonThatFitsItsLastPlacement() {
        for (PeriodOfCare period : periods()) {
            if (period.isOpen()) {
                assertThat(period.placements().get(period.placements().size() - 1).end()).isNull();
                continue;
            }
            PlacementType last = period.placements().get(period.placements().size() - 1).type();
            switch (period.reasonCeased()) {
                case E11, E12 -> assertThat(last.isAdoptionPlacement()).as("adopted from %s", last).isTrue();
                case E45, E46, E17 -> assertThat(last.isFoster()).as("%s from %s", period.reasonCeased(), last)
                        .isTrue();
                case X1 -> throw new AssertionError("a period never ends X1");
                default -> { }
            }
        }
    }

    @Test
    void periodsNeverOverlapAndNothingHappensAfterTheAsOfDayOrAfterEighteen() {
        for (Child child : children) {
            LocalDate previousEnd = null;
            for (PeriodOfCare period : child.periods()) {
                assertThat(previousEnd == null || period.start().isAfter(previousEnd)).isTrue();
                assertThat(period.start()).isBeforeOrEqualTo(AS_OF);
                assertThat(period.end() == null || !period.end().isAfter(AS_OF)).isTrue();
                assertThat(period.end() == null || !period.end().isAfter(child.eighteenthBirthday())).isTrue();
                previousEnd = period.end() == null ? AS_OF : period.end();
            }
        }
    }

    @Test
    void placementsFollowOneAnotherWithoutGapsAndEndAsTheServiceRequires() {
        for (PeriodOfCare period : periods()) {
            assertThat(period.placements().get(0).start()).isEqualTo(period.start());
            for (int i = 0; i < period.placements().size(); i++) {
                Placement placement = period.placements().get(i);
                LocalDate until = i + 1 < period.placements().size() ? period.placements().get(i + 1).start()
                        : period.end();
                assertThat(placement.end()).isEqualTo(until);
                assertThat(placement.end() == null || placement.end().isAfter(placement.start())).isTrue();
                boolean ended = placement.end() != null;
                assertThat(placement.reasonForChange() != null)
                        .as("reason for change of %s", placement).isEqualTo(ended && !placement.type().isTemporary());
                if (placement.type() == PlacementType.T4 && ended) {
                    assertThat(ChronoUnit.DAYS.between(placement.start(), placement.end())).isLessThanOrEqualTo(7);
                }
            }
        }
    }

    @Test
    void providersGoWithTheirPlacementTypes() {
        for (Placement placement : placements()) {
            PlacementProvider provider = placement.provider();
            PlacementType type = placement.type();
            assertThat(provider == null).as("provider of %s", type).isEqualTo(type == PlacementType.T0);
            if (provider == PlacementProvider.PR0 || type == PlacementType.P1) {
                assertThat(provider).isEqualTo(PlacementProvider.PR0);
                assertThat(type).isEqualTo(PlacementType.P1);
            }
        }
    }

    @Test
    void sameCarersOnlyCarryFosterCarersIntoAdoptionOrALongTermMatch() {
        for (Placement placement : placements()) {
            if (placement.sameCarers()) {
                assertThat(placement.type()).isIn(EnumSet.of(PlacementType.A3, PlacementType.A5, PlacementType.U1,
                        PlacementType.U4));
            }
        }
    }

    @Test
    void aPlanIsSetByTheSecondReviewAndAdoptionsAndSgosWereThePlansRouteWhenTheyHappened() {
        for (PeriodOfCare period : periods()) {
            LocalDate lastDay = period.end() == null ? AS_OF : period.end();
            if (ChronoUnit.DAYS.between(period.start(), lastDay) > 120) {
                assertThat(period.plan()).isNotEmpty();
                assertThat(period.plan().get(0).date()).isBeforeOrEqualTo(period.start().plusDays(120));
            }
            for (int i = 0; i + 1 < period.plan().size(); i++) {
                assertThat(period.plan().get(i + 1).date()).isAfter(period.plan().get(i).date());
            }
            Route achieved = period.permanenceRoute().orElse(null);
            if ((achieved == Route.ADOPTION || achieved == Route.SPECIAL_GUARDIANSHIP) && !period.plan().isEmpty()) {
                assertThat(period.plan().get(period.plan().size() - 1).route()).isEqualTo(achieved);
            }
        }
    }

    @Test
    void aPeriodEndedByAPermanenceRouteHasThatRouteInItsPlanWhenItEnds() {
        for (PeriodOfCare period : periods()) {
            Route achieved = period.permanenceRoute().orElse(null);
            if (achieved != null) {
                assertThat(period.plan()).as("plan of a period ended by %s", period.reasonCeased()).isNotEmpty();
                PeriodOfCare.PlanChange last = period.plan().get(period.plan().size() - 1);
                assertThat(last.date()).isBeforeOrEqualTo(period.end());
                assertThat(Arrays.asList(last.route(), last.parallelRoute())).contains(achieved);
            }
        }
    }

    private static List<PeriodOfCare> periods() {
        return children.stream().flatMap(child -> child.periods().stream()).toList();
    }

    private static List<Placement> placements() {
        return periods().stream().flatMap(period -> period.placements().stream()).toList();
    }
}
