package org.permanenceplatform.permanence.placement.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.permanenceplatform.permanence.reference.domain.LegalStatus;
import org.permanenceplatform.permanence.reference.domain.PlacementType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.permanenceplatform.permanence.reference.domain.PlacementType.*;
import static org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange.CARPL;
import static org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange.CREQB;

/** The rules about time: one placement after another, how one ends, how long a T4 lasts. */
class PlacementSequenceRulesTest {

    static final LocalDate FIRST_START = LocalDate.of(2024, 9, 2);
    static final LocalDate MOVE = LocalDate.of(2025, 1, 15);

    static final Placement FIRST = Placements.open(U6, FIRST_START);

    @Test
    void aPlacementMayStartOnTheDayThePreviousOneEnded() {
        Placement previous = FIRST.ended(MOVE, CREQB, EndKind.DISRUPTION);
        assertThat(after(previous, Placements.open(U4, MOVE))).isEmpty();
        assertThat(after(previous, Placements.open(U4, MOVE.plusDays(3)))).isEmpty();
    }

    @Test
    void aPlacementCannotStartWhileThePreviousOneIsStillOpen() {
        assertThat(after(FIRST, Placements.open(U4, MOVE))).containsExactly(new Violation("startDate",
                "the previous placement is still open: end it on or before 2025-01-15 first"));
    }

    @Test
    void aPlacementCannotStartBeforeThePreviousOneEnded() {
        Placement previous = FIRST.ended(MOVE, CARPL, EndKind.PLANNED_MOVE);
        assertThat(after(previous, Placements.open(U4, MOVE.minusDays(1)))).containsExactly(new Violation(
                "startDate", "the previous placement ended on 2025-01-15, after this one starts"));
    }

    @Test
    void aPlacementCannotStartBeforeThePreviousOneStarted() {
        Placement previous = FIRST.ended(MOVE, CARPL, EndKind.PLANNED_MOVE);
        assertThat(after(previous, Placements.open(U4, FIRST_START.minusDays(1))))
                .extracting(Violation::field).containsExactly("startDate");
    }

    @Test
    void theFirstPlacementOfAPeriodHasNothingBeforeIt() {
        assertThat(PlacementRules.checkNew(FIRST, LegalStatus.C1, null)).isEmpty();
    }

    @Test
    void aT4MayLastSevenDaysButNotEight() {
        Placement t4 = Placements.open(T4, MOVE);
        assertThat(PlacementRules.checkEnd(t4.ended(MOVE.plusDays(7), null, EndKind.PLANNED_MOVE))).isEmpty();
        assertThat(PlacementRules.checkEnd(t4.ended(MOVE.plusDays(8), null, EndKind.PLANNED_MOVE)))
                .containsExactly(new Violation("endDate",
                        "a T4 placement lasts 7 days at most: end it by 2025-01-22 or choose another type"));
    }

    @Test
    void aT4RecordedAfterItEndedIsCheckedForLengthToo() {
        Placement t4 = Placements.open(T4, MOVE).ended(MOVE.plusDays(10), null, EndKind.PLANNED_MOVE);
        assertThat(PlacementRules.checkNew(t4, LegalStatus.C2, null)).extracting(Violation::field)
                .containsExactly("endDate");
    }

    @Test
    void endingANonTemporaryPlacementNeedsAReason() {
        assertThat(PlacementRules.checkEnd(FIRST.ended(MOVE, null, EndKind.DISRUPTION)))
                .containsExactly(new Violation("reasonForChange", "give the reason the placement ended"));
        assertThat(PlacementRules.checkEnd(FIRST.ended(MOVE, CREQB, EndKind.DISRUPTION))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"T0", "T1", "T2", "T3", "T4"})
    void aTemporaryPlacementEndsWithoutAReason(PlacementType type) {
        Placement temporary = Placements.open(type, MOVE);
        assertThat(PlacementRules.checkEnd(temporary.ended(MOVE.plusDays(2), null, EndKind.PLANNED_MOVE))).isEmpty();
        assertThat(PlacementRules.checkEnd(temporary.ended(MOVE.plusDays(2), CARPL, EndKind.PLANNED_MOVE)))
                .extracting(Violation::field).containsExactly("reasonForChange");
    }

    @Test
    void onlyAnEndedPlacementHasAnEndToCheck() {
        assertThatThrownBy(() -> PlacementRules.checkEnd(FIRST)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Violation> after(Placement previous, Placement next) {
        return PlacementRules.checkNew(next, LegalStatus.C2, previous);
    }
}
