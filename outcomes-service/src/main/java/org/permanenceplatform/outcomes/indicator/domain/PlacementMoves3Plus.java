package org.permanenceplatform.outcomes.indicator.domain;

import java.util.List;

/**
 * 6. {@code placement_moves_3plus}: of children looked after on 31 March (not on short breaks), the share with 3 or
 * more placements during 1 April to 31 March. A placement is a {@link CarerSpell}: the one open on 1 April counts as
 * one; same-carer changes, legal-status-only changes and temporary stays (T0-T4) start none. Spells in any of the
 * child's periods of care that year count.
 */
public final class PlacementMoves3Plus implements Indicator {

    static final IndicatorDefinition DEFINITION = Tables.definition("placement_moves_3plus",
            "Children with 3 or more placements in the year", "percent",
            "Children with 3 or more carer spells (changes of carer; not same-carer, legal-status-only or T0-T4"
                    + " changes) overlapping 1 April to 31 March, the one open on 1 April included",
            "Children looked after on 31 March, excluding short breaks (V3/V4)",
            "Share of the children looked after on 31 March.", List.of(Tables.CHILDREN, Tables.SHARE));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        return Tables.shares(DEFINITION, year, cut, LookedAfterOn31March.in(cohort, year),
                subject -> placementsDuring(subject.journey(), year) >= 3, true);
    }

    static long placementsDuring(Journey journey, FinancialYear year) {
        return journey.periods().stream().flatMap(period -> period.carerSpells().stream())
                .filter(spell -> spell.overlaps(year.firstDay(), year.lastDay())).count();
    }
}
