package org.permanenceplatform.permanence.placement.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.permanence.reference.domain.PlacementProvider;
import org.permanenceplatform.permanence.reference.domain.PlacementType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange.CARPL;

class PlacementTest {

    static final LocalDate START = LocalDate.of(2024, 2, 29);

    @Test
    void aNewPlacementIsOpenUntilItEnds() {
        Placement placement = Placements.open(PlacementType.U4, START);
        assertThat(placement.isOpen()).isTrue();

        Placement ended = placement.ended(START.plusMonths(3), CARPL, EndKind.PLANNED_MOVE);
        assertThat(ended.isOpen()).isFalse();
        assertThat(ended.endDate()).isEqualTo(START.plusMonths(3));
        assertThat(ended.reasonForChange()).isEqualTo(CARPL);
        assertThat(ended.endKind()).isEqualTo(EndKind.PLANNED_MOVE);
        assertThat(ended.carerId()).isEqualTo(placement.carerId());
    }

    @Test
    void aPlacementMayEndOnTheDayItStartedButNotBefore() {
        Placement placement = Placements.open(PlacementType.U4, START);
        assertThat(placement.ended(START, CARPL, EndKind.DISRUPTION).endDate()).isEqualTo(START);
        assertThatThrownBy(() -> placement.ended(START.minusDays(1), CARPL, EndKind.DISRUPTION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endDate");
    }

    @Test
    void anEndedPlacementCannotEndAgain() {
        Placement ended = Placements.open(PlacementType.U4, START).ended(START.plusDays(9), CARPL, EndKind.DISRUPTION);
        assertThatThrownBy(() -> ended.ended(START.plusDays(10), CARPL, EndKind.DISRUPTION))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already ended");
    }

    @Test
    void theLengthRunsToTheDayAskedOrToTheEnd() {
        Placement placement = Placements.open(PlacementType.U4, START);
        assertThat(placement.lengthOn(START)).isEqualTo(Period.ZERO);
        assertThat(placement.lengthOn(LocalDate.of(2025, 5, 1))).isEqualTo(Period.of(1, 2, 2));

        Placement ended = placement.ended(LocalDate.of(2024, 4, 1), CARPL, EndKind.PLANNED_MOVE);
        assertThat(ended.lengthOn(LocalDate.of(2026, 1, 1))).isEqualTo(Period.of(0, 1, 3));
        assertThatThrownBy(() -> placement.lengthOn(START.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLeapDayPlacementReachesAYearOnTheFirstOfMarch() {
        Placement placement = Placements.open(PlacementType.U4, START);
        assertThat(placement.lengthOn(LocalDate.of(2025, 2, 28)).getYears()).isZero();
        assertThat(placement.lengthOn(LocalDate.of(2025, 3, 1)).getYears()).isEqualTo(1);
    }

    @Test
    void aWeeklyCostCannotBeNegativeButMayBeZeroOrUnknown() {
        assertThatThrownBy(() -> withCost(new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weeklyCost");
        assertThat(withCost(BigDecimal.ZERO).weeklyCost()).isZero();
        assertThat(withCost(null).weeklyCost()).isNull();
    }

    @Test
    void anOpenPlacementHasNoEndReasonOrKind() {
        assertThatThrownBy(() -> new Placement("p", START, null, PlacementType.U4, PlacementProvider.PR1, null, null,
                false, false, DistanceBand.UNKNOWN, null, null, CARPL, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankCarerNameIsNoName() {
        Placement hospital = Placement.open("p", START, PlacementType.T1, null, null, "  ", false, false,
                DistanceBand.UNKNOWN, null, null);
        assertThat(hospital.carerName()).isNull();
    }

    private static Placement withCost(BigDecimal cost) {
        return Placement.open("p", START, PlacementType.U6, PlacementProvider.PR4, "c", "Sam", false, false,
                DistanceBand.OUTSIDE_LA_20_MILES_OR_MORE, cost, PurchaseRoute.SPOT);
    }
}
