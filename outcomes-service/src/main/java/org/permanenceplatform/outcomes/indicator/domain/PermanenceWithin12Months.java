package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 5. {@code permanence_within_12_months}: of the children who entered care in the period (not on short breaks), the
 * share who left care to adoption, SGO, a child arrangements order or return home, or whose long-term foster
 * placement was confirmed, within 12 months of entry: on or before the same date 12 months later (entered 10 April
 * 2024, permanent by 10 April 2025). The share is {@code x} until 12 months have passed for the whole cohort.
 */
public final class PermanenceWithin12Months implements Indicator {

    /** Adoption, SGO (and the older E43/E44), child arrangements (residence) order, return home. */
    static final Set<String> PERMANENT_EXITS = Set.of("E11", "E12", "E43", "E44", "E45", "E46", "E47", "E48", "E41",
            "E4A", "E4B");

    static final IndicatorDefinition DEFINITION = Tables.definition("permanence_within_12_months",
            "Permanence within 12 months of entering care", "percent",
            "Children who ceased care with E11, E12, E41, E43-E48, E4A or E4B, or whose long-term foster placement"
                    + " was confirmed, on or before the day 12 months after entry",
            "Periods of care that began in the financial year, excluding short breaks (V3/V4 at entry)",
            "Share of the entrants; not available (x) until 12 months after the end of the year.",
            List.of(Tables.CHILDREN, Tables.SHARE));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        return Tables.shares(DEFINITION, year, cut, entrants(cohort, year),
                subject -> permanentWithin12Months(subject.period()),
                cohort.followedUpTo(year.lastDay().plusMonths(12)));
    }

    /** Children who entered care in the year, not on short breaks. */
    static List<Subject> entrants(Cohort cohort, FinancialYear year) {
        List<Subject> entrants = new ArrayList<>();
        for (Journey journey : cohort.journeys()) {
            journey.periods().stream()
                    .filter(period -> year.contains(period.entered()) && !period.shortBreaksAtEntry())
                    .forEach(period -> entrants.add(Subject.of(journey, period)));
        }
        return entrants;
    }

    private static boolean permanentWithin12Months(PeriodOfCare period) {
        LocalDate deadline = period.entered().plusMonths(12);
        boolean leftToPermanence = period.ended() != null && period.reasonCeased() != null
                && PERMANENT_EXITS.contains(period.reasonCeased())
                && !period.ended().isAfter(deadline);
        boolean longTermConfirmed = period.permanence() != null && !period.permanence().endsCare()
                && !period.permanence().date().isAfter(deadline);
        return leftToPermanence || longTermConfirmed;
    }
}
