package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.PlacementProvider;
import org.permanenceplatform.generator.journey.Placement.Cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly cost (whole pounds) and purchase route of each placement, drawn from a stream of its own so that adding
 * costs changed no other generated value. The levels are assumptions (ADR 014): the reference has no national cost
 * figures. In-house care is bought IN_HOUSE; agency fostering mostly on a FRAMEWORK and private children's homes
 * mostly SPOT, a spot purchase costing about 15% more. Temporary stays and placements with parents carry no cost.
 */
final class PlacementCosts {

    private static final double SPOT_PREMIUM = 1.15;

    private final Draw draw;

    PlacementCosts(Draw draw) {
        this.draw = draw;
    }

    List<PeriodOfCare> of(List<PeriodOfCare> periods) {
        List<PeriodOfCare> costed = new ArrayList<>(periods.size());
        for (PeriodOfCare period : periods) {
            costed.add(period.withPlacements(period.placements().stream()
                    .map(placement -> placement.costing(cost(placement))).toList()));
        }
        return costed;
    }

    private Cost cost(Placement placement) {
        if (placement.type().isTemporary() || placement.provider() == null
                || placement.provider() == PlacementProvider.PR0) {
            return null;
        }
        boolean inHouse = placement.provider() == PlacementProvider.PR1;
        String route = inHouse ? "IN_HOUSE" : draw.chance(spotShare(placement)) ? "SPOT" : "FRAMEWORK";
        double usual = usualWeekly(placement, inHouse) * (route.equals("SPOT") ? SPOT_PREMIUM : 1);
        double spread = placement.type() == Codes.PlacementType.K2 || placement.type() == Codes.PlacementType.R1
                ? 0.25 : 0.15;
        long pounds = Math.round(usual * Math.exp(spread * Math.max(-3, Math.min(3, draw.gaussian()))));
        return new Cost(BigDecimal.valueOf(pounds).setScale(2), route);
    }

    /** The usual weekly cost in pounds, by placement type and whether the council provides it itself. */
    private static double usualWeekly(Placement placement, boolean inHouse) {
        return switch (placement.type()) {
            case U1, U3 -> inHouse ? 350 : 800;          // kinship (connected persons) fostering
            case U4, U5, U6 -> inHouse ? 520 : 1_000;    // fostering: the council's carers, or an agency's
            case K2 -> inHouse ? 5_000 : 6_000;          // children's homes
            case R1 -> inHouse ? 4_500 : 5_500;          // other residential care settings
            case A3, A4, A5, A6 -> inHouse ? 250 : 600;  // placed for adoption; an agency's fee spread by the week
            case P1, T0, T4 -> 0;
        };
    }

    private static double spotShare(Placement placement) {
        return switch (placement.type()) {
            case K2, R1 -> 0.55;
            case A3, A4, A5, A6 -> 0.1;
            default -> 0.35;
        };
    }
}
