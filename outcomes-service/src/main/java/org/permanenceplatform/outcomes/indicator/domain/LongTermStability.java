package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 7. {@code long_term_stability}: of children looked after on 31 March, under 16 that day, looked after continuously
 * for at least 2.5 years (entered on or before the day 30 months earlier), the share who had lived with the same
 * carer(s) for at least 2 years (the carer spell open on 31 March began on or before the day 2 years earlier). A new
 * episode with the same carers does not restart the clock; nor does a temporary stay (T0-T4).
 */
public final class LongTermStability implements Indicator {

    static final IndicatorDefinition DEFINITION = Tables.definition("long_term_stability",
            "Long-term stability: same carers for 2 years", "percent",
            "Children whose carer spell open on 31 March began on or before 31 March two years earlier",
            "Children looked after on 31 March, aged under 16 that day (birth month convention: born on the 1st),"
                    + " looked after continuously since 30 months before, excluding short breaks (V3/V4)",
            "Share of the children in the denominator.", List.of(Tables.CHILDREN, Tables.SHARE));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        LocalDate march31 = year.lastDay();
        List<Subject> population = LookedAfterOn31March.in(cohort, year).stream()
                .filter(subject -> BirthMonth.ageOn(subject.journey().child().birthMonth(), march31) < 16)
                .filter(subject -> !subject.period().entered().isAfter(march31.minusMonths(30)))
                .toList();
        return Tables.shares(DEFINITION, year, cut, population, subject -> subject.period().carerSpells().stream()
                .filter(spell -> spell.openOn(march31))
                .anyMatch(spell -> !spell.start().isAfter(march31.minusYears(2))), true);
    }
}
