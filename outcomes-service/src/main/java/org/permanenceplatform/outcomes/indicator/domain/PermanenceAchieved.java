package org.permanenceplatform.outcomes.indicator.domain;

import java.util.ArrayList;
import java.util.List;

/** 1. {@code permanence_achieved}: children whose permanence was achieved in the period, by route. */
public final class PermanenceAchieved implements Indicator {

    static final IndicatorDefinition DEFINITION = Tables.definition("permanence_achieved",
            "Children who achieved permanence", "children",
            "Periods of care whose permanence is dated in the financial year: the order date; for return home, the"
                    + " date of return; for long-term fostering, the date the placement was confirmed",
            "None: a count",
            "Count by route (or the chosen cut). A child who achieved permanence twice in a year counts twice.",
            List.of(Tables.CHILDREN));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        return Tables.counts(DEFINITION, year, cut, achievedIn(cohort, year));
    }

    /** Every period of care whose permanence is dated in the year. */
    static List<Subject> achievedIn(Cohort cohort, FinancialYear year) {
        List<Subject> subjects = new ArrayList<>();
        for (Journey journey : cohort.journeys()) {
            journey.periods().stream().filter(period -> period.permanenceInYear(year).isPresent())
                    .forEach(period -> subjects.add(Subject.of(journey, period)));
        }
        return subjects;
    }
}
