package org.permanenceplatform.outcomes.indicator.domain;

import java.time.temporal.ChronoUnit;

/** 2. {@code days_to_permanence}: days from entering care to permanence, mean, median and 90th percentile. */
public final class DaysToPermanence implements Indicator {

    static final IndicatorDefinition DEFINITION = Tables.definition("days_to_permanence",
            "Days from entering care to permanence", "days",
            "Days from the start of the period of care to the permanence date (order date; for return home the date"
                    + " of return; for long-term fostering the ratification date)",
            "Periods of care whose permanence is dated in the financial year",
            "Mean, median (middle value, or the mean of the two middle values) and 90th percentile (nearest rank:"
                    + " the value at rank ceil(0.9 n)), by route.", Tables.DAYS);

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        return Tables.days(DEFINITION, year, cut, PermanenceAchieved.achievedIn(cohort, year),
                subject -> ChronoUnit.DAYS.between(subject.period().entered(), subject.period().permanence().date()));
    }
}
