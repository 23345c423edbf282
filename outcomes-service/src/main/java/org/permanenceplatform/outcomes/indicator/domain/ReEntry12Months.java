package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 10. {@code re_entry_12_months}: of children who left care to permanence (any route that ends care) in the period,
 * the share who came back into care within 12 months: a new period of care beginning on or before the same date 12
 * months after they left. {@code x} until 12 months after the end of the year.
 */
public final class ReEntry12Months implements Indicator {

    static final IndicatorDefinition DEFINITION = Tables.definition("re_entry_12_months",
            "Re-entry to care within 12 months of permanence", "percent",
            "Children with a new period of care beginning within 12 months of the day they left",
            "Children who left care to permanence (adoption, SGO, child arrangements order, return home) in the"
                    + " financial year",
            "Share, by route; not available (x) until 12 months after the end of the year.",
            List.of(Tables.CHILDREN, Tables.SHARE));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        List<Subject> leavers = PermanenceAchieved.achievedIn(cohort, year).stream()
                .filter(subject -> subject.period().permanence().endsCare()).toList();
        return Tables.shares(DEFINITION, year, cut, leavers, ReEntry12Months::cameBackWithin12Months,
                cohort.followedUpTo(year.lastDay().plusMonths(12)));
    }

    private static boolean cameBackWithin12Months(Subject subject) {
        PeriodOfCare period = subject.period();
        LocalDate left = period.ended() != null ? period.ended() : period.permanence().date();
        return subject.journey().nextPeriodAfter(left.minusDays(1))
                .filter(next -> !next.entered().isAfter(left.plusMonths(12))).isPresent();
    }
}
