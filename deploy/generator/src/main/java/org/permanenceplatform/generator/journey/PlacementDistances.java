package org.permanenceplatform.generator.journey;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each placement is from the child's home, in the bands permanence-service records (inside or outside the LA,
 * under or at least 20 miles), drawn from a stream of its own so that adding bands changed no other generated value.
 * Shares from the reference's location of new placements in 2025: inside the LA under 20 miles 46%, inside 20 miles
 * or more 5%, outside under 20 miles 20%, outside 20 miles or more 16%, not known 13%. A placement with the previous
 * placement's carers (foster carers becoming adopters, say) is where that one was.
 */
final class PlacementDistances {

    static final String[] BANDS = {"INSIDE_LA_UNDER_20_MILES", "INSIDE_LA_20_MILES_OR_MORE",
            "OUTSIDE_LA_UNDER_20_MILES", "OUTSIDE_LA_20_MILES_OR_MORE", "UNKNOWN"};
    private static final double[] SHARES = {46, 5, 20, 16, 13};

    private final Draw draw;

    PlacementDistances(Draw draw) {
        this.draw = draw;
    }

    List<PeriodOfCare> of(List<PeriodOfCare> periods) {
        List<PeriodOfCare> placed = new ArrayList<>(periods.size());
        for (PeriodOfCare period : periods) {
            List<Placement> banded = new ArrayList<>(period.placements().size());
            String previous = null;
            for (Placement placement : period.placements()) {
                String band = placement.sameCarers() && previous != null ? previous : draw.pick(BANDS, SHARES);
                banded.add(placement.placedAt(band));
                previous = band;
            }
            placed.add(period.withPlacements(banded));
        }
        return placed;
    }
}
