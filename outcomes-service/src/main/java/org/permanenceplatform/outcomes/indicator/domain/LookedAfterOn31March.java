package org.permanenceplatform.outcomes.indicator.domain;

import java.util.ArrayList;
import java.util.List;

/** The children looked after on the year's 31 March, not on short breaks (V3/V4) that day. */
final class LookedAfterOn31March {

    private LookedAfterOn31March() {
    }

    static List<Subject> in(Cohort cohort, FinancialYear year) {
        List<Subject> children = new ArrayList<>();
        for (Journey journey : cohort.journeys()) {
            journey.periodOn(year.lastDay()).filter(period -> !period.shortBreaksOn(year.lastDay()))
                    .ifPresent(period -> children.add(Subject.of(journey, period)));
        }
        return children;
    }
}
