package org.permanenceplatform.permanence.plan.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.permanenceplatform.permanence.reference.domain.Route.ADOPTION;
import static org.permanenceplatform.permanence.reference.domain.Route.RETURN_HOME;
import static org.permanenceplatform.permanence.reference.domain.Route.SPECIAL_GUARDIANSHIP;

class PermanencePlanTest {

    static PlanDecision decision(LocalDate decided, org.permanenceplatform.permanence.reference.domain.Route primary,
                                 org.permanenceplatform.permanence.reference.domain.Route parallel) {
        return new PlanDecision(primary, parallel, decided, "Agreed at the review", "practitioner.durham",
                Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void everyDecisionIsKeptAndTheLatestIsCurrent() {
        PermanencePlan plan = PermanencePlan.NONE
                .decide(decision(LocalDate.of(2026, 1, 5), RETURN_HOME, SPECIAL_GUARDIANSHIP))
                .decide(decision(LocalDate.of(2026, 3, 2), SPECIAL_GUARDIANSHIP, ADOPTION));

        assertThat(plan.decisions()).hasSize(2);
        assertThat(plan.current()).get().extracting(PlanDecision::primary).isEqualTo(SPECIAL_GUARDIANSHIP);
        assertThat(plan.current().get().parallelRoute()).contains(ADOPTION);
        assertThat(plan.decisions().get(1).changesRouteFrom(plan.decisions().get(0))).isTrue();
        assertThat(plan.firstDecided()).contains(LocalDate.of(2026, 1, 5));
    }

    @Test
    void theParallelRouteCannotBeThePrimaryRoute() {
        assertThatThrownBy(() -> decision(LocalDate.of(2026, 1, 5), ADOPTION, ADOPTION))
                .isInstanceOf(RuleBroken.class)
                .satisfies(e -> assertThat(((RuleBroken) e).field()).isEqualTo("parallelRoute"));
    }

    @Test
    void aDecisionCannotBeBackdatedBeforeTheCurrentPlan() {
        PermanencePlan plan = PermanencePlan.NONE.decide(decision(LocalDate.of(2026, 3, 2), ADOPTION, null));

        assertThatThrownBy(() -> plan.decide(decision(LocalDate.of(2026, 3, 1), RETURN_HOME, null)))
                .isInstanceOf(RuleBroken.class).hasMessageContaining("2026-03-02");
        assertThat(plan.decide(decision(LocalDate.of(2026, 3, 2), RETURN_HOME, null)).decisions()).hasSize(2);
    }

    @Test
    void aPlanDecidedOnTheDayItIsDueCountsAsSetInTime() {
        PermanencePlan plan = PermanencePlan.NONE.decide(decision(LocalDate.of(2026, 4, 30), ADOPTION, null));

        assertThat(plan.setBy(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(plan.setBy(LocalDate.of(2026, 4, 29))).isFalse();
        assertThat(PermanencePlan.NONE.setBy(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void theDecisionsOfAPeriodAreThoseSinceItStarted() {
        PermanencePlan plan = PermanencePlan.NONE
                .decide(decision(LocalDate.of(2022, 5, 1), ADOPTION, null))
                .decide(decision(LocalDate.of(2026, 2, 1), RETURN_HOME, null));

        assertThat(plan.since(LocalDate.of(2026, 1, 10))).extracting(PlanDecision::primary).containsExactly(RETURN_HOME);
    }
}
