package org.permanenceplatform.outcomes.indicator.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An indicator's unrounded, unsuppressed figures for a year, one row per value of the cut and one column per measure.
 * They go through {@code DisclosureControl} before anyone beyond the LA sees them.
 */
public record IndicatorTable(String indicator, FinancialYear year, Cut cut, List<String> measures,
                             Map<String, Map<String, Figure>> rows) {

    public IndicatorTable {
        measures = List.copyOf(measures);
        rows = new TreeMap<>(rows);
    }

    public Figure figure(String row, String measure) {
        Map<String, Figure> figures = rows.get(row);
        if (figures == null || !figures.containsKey(measure)) {
            throw new IllegalArgumentException("no figure " + measure + " for " + row);
        }
        return figures.get(measure);
    }
}
