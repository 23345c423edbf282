package org.permanenceplatform.outcomes.indicator.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The adoption scorecard measures (A10, A2): a mean of days over the children adopted (E11/E12) in the year, shown
 * beside the 3-year rolling mean that the threshold is judged on. The rolling mean pools the children of the year
 * and the two before it (a mean over all of them, not a mean of three yearly means), as DfE's scorecards do.
 */
abstract class AdoptionScorecard implements Indicator {

    static final String ROLLING_MEAN = "Mean over the year's children, and the 3-year rolling mean pooling the"
            + " children of the year and the two before; the threshold is judged on the 3-year figure.";
    static final List<String> MEASURES = List.of(Tables.CHILDREN, "mean_days", "children_3_year", "mean_days_3_year");

    /** The child's days for this measure, or empty when the child is outside it. */
    abstract Optional<Long> days(PeriodOfCare adopted);

    @Override
    public IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut) {
        Map<String, List<Long>> thisYear = byCut(cohort, year, cut);
        Map<String, List<Long>> threeYears = byCut(cohort, year.minus(2), cut);
        mergeInto(threeYears, byCut(cohort, year.minus(1), cut));
        mergeInto(threeYears, thisYear);
        Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();
        for (String row : new TreeSet<>(threeYears.keySet())) {
            List<Long> days = thisYear.getOrDefault(row, List.of());
            List<Long> pooled = threeYears.get(row);
            rows.put(row, Map.of(Tables.CHILDREN, new Figure.Count(days.size()),
                    "mean_days", Statistics.mean(days, 0),
                    "children_3_year", new Figure.Count(pooled.size()),
                    "mean_days_3_year", Statistics.mean(pooled, 0)));
        }
        return new IndicatorTable(definition().id(), year, cut, MEASURES, rows);
    }

    private Map<String, List<Long>> byCut(Cohort cohort, FinancialYear year, Cut cut) {
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        for (Journey journey : cohort.journeys()) {
            for (PeriodOfCare period : journey.periods()) {
                if (period.adopted() && year.contains(period.ended())) {
                    days(period).ifPresent(days -> rows.computeIfAbsent(
                            cut.valueOf(Subject.of(journey, period)), row -> new ArrayList<>()).add(days));
                }
            }
        }
        return rows;
    }

    private static void mergeInto(Map<String, List<Long>> into, Map<String, List<Long>> from) {
        from.forEach((row, days) -> into.computeIfAbsent(row, key -> new ArrayList<>()).addAll(days));
    }
}
