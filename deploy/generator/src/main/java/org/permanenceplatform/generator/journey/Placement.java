package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.PlacementProvider;
import org.permanenceplatform.generator.journey.Codes.PlacementType;
import org.permanenceplatform.generator.journey.Codes.ReasonForPlacementChange;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A placement: end null while open; provider null only for a temporary T0 placement; reason for change null while
 * open and always for a temporary placement. {@code sameCarers} says whether the carers are the previous
 * placement's (a change of status such as foster carers becoming adopters), which starts no new placement in the
 * stability indicators. {@code cost} is the weekly cost and how it was bought, null when none is recorded.
 * {@code distanceBand} is where the placement is from the child's home, in permanence-service's {@code DistanceBand}
 * names ({@code UNKNOWN} when the LA could not tell); null only until {@link PlacementDistances} has drawn it.
 */
public record Placement(LocalDate start, LocalDate end, PlacementType type, PlacementProvider provider,
                        boolean sameCarers, ReasonForPlacementChange reasonForChange, Cost cost, String distanceBand) {

    Placement(LocalDate start, LocalDate end, PlacementType type, PlacementProvider provider, boolean sameCarers,
              ReasonForPlacementChange reasonForChange) {
        this(start, end, type, provider, sameCarers, reasonForChange, null, null);
    }

    /** Pounds a week, whole pounds, and the purchase route: IN_HOUSE, FRAMEWORK or SPOT. */
    public record Cost(BigDecimal weekly, String purchaseRoute) {
    }

    public boolean isDisruption() {
        return reasonForChange != null && reasonForChange.isDisruption();
    }

    Placement endedOn(LocalDate day, ReasonForPlacementChange reason) {
        return new Placement(start, day, type, provider, sameCarers, type.isTemporary() ? null : reason, cost,
                distanceBand);
    }

    Placement costing(Cost weeklyCost) {
        return new Placement(start, end, type, provider, sameCarers, reasonForChange, weeklyCost, distanceBand);
    }

    Placement placedAt(String band) {
        return new Placement(start, end, type, provider, sameCarers, reasonForChange, cost, band);
    }
}
