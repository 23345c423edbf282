package org.permanenceplatform.outcomes.indicator.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 9. {@code breakdown_rate}: of the permanences that ended care (orders and returns home) made in the period, the share
 * that broke down within 1, 2 and 5 years: on or before the same date 1, 2 or 5 years later. A breakdown is the first
 * reported by post-permanence support, or the child's next entry to care, whichever is first. Each share is {@code x}
 * until its follow-up has passed for the whole cohort. A confirmed long-term foster placement is not an order and is
 * left out: its breakdowns are placement disruptions, counted elsewhere.
 */
public final class BreakdownRate implements Indicator {

    private static final int[] YEARS = {1, 2, 5};

    static final IndicatorDefinition DEFINITION = Tables.definition("breakdown_rate",
            "Permanence breakdowns within 1, 2 and 5 years", "percent",
            "Permanences followed by a breakdown (reported by support, or a return to care) within 1, 2 and 5 years",
            "Permanences that ended care (all but a confirmed long-term foster placement) dated in the financial year",
            "Share for each follow-up, by route; not available (x) until the follow-up has passed for the whole year.",
            List.of(Tables.CHILDREN, "share_1_year", "share_2_years", "share_5_years"));

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        List<Subject> orders = PermanenceAchieved.achievedIn(cohort, year).stream()
                .filter(subject -> subject.period().permanence().endsCare()).toList();
        Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();
        Tables.byCut(orders, Function.identity(), cut).forEach((row, members) -> {
            Map<String, Figure> figures = new LinkedHashMap<>();
            figures.put(Tables.CHILDREN, new Figure.Count(members.size()));
            for (int years : YEARS) {
                figures.put(DEFINITION.measures().get(figures.size()), Tables.share(members,
                        subject -> brokeDownWithin(subject, years),
                        cohort.followedUpTo(year.lastDay().plusYears(years))));
            }
            rows.put(row, figures);
        });
        return new IndicatorTable(DEFINITION.id(), year, cut, DEFINITION.measures(), rows);
    }

    private static boolean brokeDownWithin(Subject subject, int years) {
        LocalDate made = subject.period().permanence().date();
        return subject.journey().breakdownAfter(made).filter(day -> !day.isAfter(made.plusYears(years))).isPresent();
    }
}
