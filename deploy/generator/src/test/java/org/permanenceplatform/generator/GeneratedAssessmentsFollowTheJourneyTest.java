package org.permanenceplatform.generator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.generator.journey.Assessment;
import org.permanenceplatform.generator.journey.Assessment.Stage;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.Codes.Route;
import org.permanenceplatform.generator.journey.PeriodOfCare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Assessments, support and breakdowns fit the journey they belong to (permanence-service's assessment templates). */
class GeneratedAssessmentsFollowTheJourneyTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    private static final List<Child> children = new ArrayList<>();

    @BeforeAll
    static void generateFiveYearsOfThreeLas() {
        Generator.generate(new Settings(5, 2025, 5, AS_OF, List.of("840", "886", "330")), children::add);
    }

    @Test
    void everyRouteOfEveryPlanHasAnAssessmentWithTheTemplatesStagesInOrder() {
        for (Child child : children) {
            for (PeriodOfCare period : child.periods()) {
                for (PeriodOfCare.PlanChange change : period.plan()) {
                    assertThat(child.assessments()).as(child.childId())
                            .anyMatch(a -> a.route() == change.route() && !a.started().isAfter(change.date()));
                }
            }
            for (Assessment assessment : child.assessments()) {
                assertThat(assessment.stages().stream().map(Stage::key).toList())
                        .isEqualTo(Assessment.stagesOf(assessment.route()));
            }
        }
    }

    @Test
    void stagesAreCompletedInOrderBetweenTheStartAndTheClose() {
        for (Child child : children) {
            for (Assessment assessment : child.assessments()) {
                List<LocalDate> completed = assessment.stages().stream().map(Stage::completed)
                        .filter(Objects::nonNull).toList();
                assertThat(completed).as(child.childId()).isSorted()
                        .allMatch(day -> !day.isBefore(assessment.started()) && !day.isAfter(AS_OF));
                if (assessment.closed() != null) {
                    assertThat(completed).allMatch(day -> !day.isAfter(assessment.closed()));
                }
            }
        }
    }

    @Test
    void anAdoptionIsAchievedOnTheDayTheChildLeftCareWithThePlacementOrderOnItsE1Day() {
        long adoptions = 0;
        for (Child child : children) {
            for (PeriodOfCare period : child.periods()) {
                if (period.permanenceRoute().orElse(null) != Route.ADOPTION) {
                    continue;
                }
                Assessment adoption = child.assessments().stream().filter(a -> a.route() == Route.ADOPTION
                        && a.closed() != null && a.closed().equals(period.end())).findFirst().orElseThrow();
                assertThat(adoption.outcome()).isEqualTo(Assessment.PERMANENCE_ACHIEVED);
                assertThat(adoption.stages()).allMatch(stage -> stage.completed() != null);
                assertThat(adoption.stages().get(6).completed()).isEqualTo(period.end());
                period.legalStatuses().stream().filter(s -> s.status().isCourtAuthorityToPlace()).findFirst()
                        .ifPresent(e1 -> assertThat(adoption.stages().get(1).completed()).isEqualTo(e1.start()));
                assertThat(adoption.stages().get(5).completed().plusWeeks(10)).isBeforeOrEqualTo(period.end());
                adoptions++;
            }
        }
        assertThat(adoptions).isGreaterThan(20);
    }

    @Test
    void supportAndBreakdownsFollowAnOrderAndStopAtABreakdown() {
        long requests = 0;
        for (Child child : children) {
            PeriodOfCare last = child.periods().get(child.periods().size() - 1);
            if (!child.supportRequests().isEmpty() || !child.breakdowns().isEmpty()) {
                Route route = last.permanenceRoute().orElseThrow();
                assertThat(route).isIn(Route.ADOPTION, Route.SPECIAL_GUARDIANSHIP, Route.KINSHIP);
                assertThat(child.supportRequests()).allMatch(r -> r.route() == route && r.received().isAfter(last.end()));
                child.breakdowns().forEach(b -> {
                    assertThat(b.permanenceDate()).isEqualTo(last.end());
                    assertThat(child.supportRequests()).allMatch(r -> r.received().isBefore(b.date()));
                });
                requests += child.supportRequests().size();
            }
        }
        assertThat(requests).isPositive();
    }
}
