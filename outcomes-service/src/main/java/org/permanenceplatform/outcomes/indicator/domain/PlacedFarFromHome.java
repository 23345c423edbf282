package org.permanenceplatform.outcomes.indicator.domain;

import java.util.List;
import java.util.Set;

/**
 * 16. {@code placed_20_miles_or_more}: of children looked after on 31 March (not on short breaks) whose placement
 * that day has a known distance band, the share placed 20 miles or more from home, inside or outside the LA. The
 * band is the one the LA computed when placing ({@link Placement#distanceBand()}); no postcode leaves the LA.
 */
public final class PlacedFarFromHome implements Indicator {

    static final Set<String> FAR = Set.of("INSIDE_LA_20_MILES_OR_MORE", "OUTSIDE_LA_20_MILES_OR_MORE");
    static final Set<String> KNOWN = Set.of("INSIDE_LA_UNDER_20_MILES", "INSIDE_LA_20_MILES_OR_MORE",
            "OUTSIDE_LA_UNDER_20_MILES", "OUTSIDE_LA_20_MILES_OR_MORE");

    static final IndicatorDefinition DEFINITION = Tables.definition("placed_20_miles_or_more",
            "Children placed 20 miles or more from home", "percent",
            "Children whose placement on 31 March is 20 miles or more from home, inside or outside the LA"
                    + " (distance bands INSIDE_LA_20_MILES_OR_MORE, OUTSIDE_LA_20_MILES_OR_MORE)",
            "Children looked after on 31 March, excluding short breaks (V3/V4), whose placement that day (the"
                    + " latest begun by then; temporary stays T0-T4 do not count) has a known distance band",
            "Share of the children with a known distance band; those not known are left out of both sides.",
            List.of(Tables.CHILDREN, Tables.SHARE));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        List<Subject> known = LookedAfterOn31March.in(cohort, year).stream()
                .filter(subject -> PlacementOn31March.of(subject, year)
                        .filter(placement -> placement.distanceBand() != null
                                && KNOWN.contains(placement.distanceBand())).isPresent())
                .toList();
        return Tables.shares(DEFINITION, year, cut, known, subject -> PlacementOn31March.of(subject, year)
                .filter(placement -> placement.distanceBand() != null
                        && FAR.contains(placement.distanceBand())).isPresent(), true);
    }
}
