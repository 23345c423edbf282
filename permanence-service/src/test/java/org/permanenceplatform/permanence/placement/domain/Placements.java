package org.permanenceplatform.permanence.placement.domain;

import org.permanenceplatform.permanence.reference.domain.PlacementProvider;
import org.permanenceplatform.permanence.reference.domain.PlacementType;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Placements for tests: only what a test is about is given, the rest is a typical in-house foster placement. */
final class Placements {

    private Placements() {
    }

    static Placement open(PlacementType type, PlacementProvider provider, LocalDate start) {
        return Placement.open("p-" + start, start, type, provider, "carer-1", "Jo Carer", false, false,
                DistanceBand.INSIDE_LA_UNDER_20_MILES, new BigDecimal("450.00"), PurchaseRoute.IN_HOUSE);
    }

    static Placement open(PlacementType type, LocalDate start) {
        return open(type, PlacementProvider.PR1, start);
    }
}
