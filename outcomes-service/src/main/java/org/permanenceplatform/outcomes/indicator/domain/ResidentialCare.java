package org.permanenceplatform.outcomes.indicator.domain;

import java.util.List;
import java.util.Set;

/**
 * 17. {@code residential_care}: of children looked after on 31 March (not on short breaks), the share whose
 * placement that day is residential care, by SSDA903 placement type: K1 secure children's home, K2 children's home,
 * R1 residential care home, R2 NHS or other medical or nursing establishment, R3 family centre or mother and baby
 * unit, R5 young offender institution, S1 residential school. Supported and semi-independent accommodation (K3, H5),
 * residential employment (P3) and other placements (Z1) are not residential care here.
 */
public final class ResidentialCare implements Indicator {

    static final Set<String> RESIDENTIAL = Set.of("K1", "K2", "R1", "R2", "R3", "R5", "S1");

    static final IndicatorDefinition DEFINITION = Tables.definition("residential_care",
            "Children in residential care", "percent",
            "Children whose placement on 31 March (the latest begun by then; temporary stays T0-T4 do not count)"
                    + " is of type K1, K2, R1, R2, R3, R5 or S1",
            "Children looked after on 31 March, excluding short breaks (V3/V4)",
            "Share of the children looked after on 31 March; a child with no placement recorded counts in the"
                    + " denominator only. K3, H5, P3 and Z1 are not residential care.",
            List.of(Tables.CHILDREN, Tables.SHARE));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        return Tables.shares(DEFINITION, year, cut, LookedAfterOn31March.in(cohort, year), subject ->
                PlacementOn31March.of(subject, year).filter(placement -> RESIDENTIAL.contains(placement.type()))
                        .isPresent(), true);
    }
}
