package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;
import org.permanenceplatform.outcomes.indicator.domain.CrossCut;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures a caller asked for, from the pre-aggregated figures: by one dimension as they always were, or by two
 * (at most one a place), of the children with the values the filters name. A table by two dimensions carries its
 * margins: each value of one with the other totalled ({@code Total}), and the total of both where neither is a
 * place; each margin is published in the same table as its parts, so disclosure control protects along it as along
 * a region over its LAs, and a hidden cell cannot be worked out by subtracting the others from their total.
 */
public final class CrossFigures {

    private CrossFigures() {
    }

    public static FigureTable publish(PartialFigures partial, FinancialYear year, List<Dimension> dimensions,
                                      Map<Dimension, String> filters, Scope scope) {
        return IndicatorFigures.publish(layout(partial, year, dimensions, filters, scope), scope);
    }

    static IndicatorFigures.Layout layout(PartialFigures partial, FinancialYear year, List<Dimension> dimensions,
                                          Map<Dimension, String> filters, Scope scope) {
        List<Dimension> splits = dimensions.stream().filter(dimension -> !dimension.geographic()).toList();
        CrossCut cut = splits.isEmpty() ? CrossCut.of(Dimension.ENGLAND) : new CrossCut(splits);
        List<Set<Dimension>> totalled = dimensions.size() == 1 ? List.of(Set.of()) : subsets(splits);
        Dimension depth = dimensions.stream().filter(Dimension::geographic).findFirst().orElse(dimensions.get(0));
        Map<Area, IndicatorTable> computed = new LinkedHashMap<>();
        Map<String, Map<Dimension, String>> categories = new HashMap<>();
        List<PartialFigures.Reading> readings = totalled.stream()
                .map(totals -> partial.reading(cut, totals, filters)).toList();
        for (Area area : scope.areasFor(depth)) {
            if (readings.size() == 1) {
                // One reading: its rows are the area's rows as they are (a national table has 20,000 of them).
                PartialFigures.Rows merged = readings.get(0).rows(area.las());
                if (!splits.isEmpty()) {
                    categories.putAll(merged.categories());
                }
                computed.put(area, merged.table());
                continue;
            }
            Map<String, Map<String, Figure>> rows = new HashMap<>();
            List<String> measures = List.of();
            for (PartialFigures.Reading reading : readings) {
                PartialFigures.Rows merged = reading.rows(area.las());
                rows.putAll(merged.table().rows());
                if (!splits.isEmpty()) {
                    // A cut by place alone has no categories: its rows are places, not values of a dimension.
                    categories.putAll(merged.categories());
                }
                measures = merged.table().measures();
            }
            computed.put(area, new IndicatorTable(partial.indicator(), year, cut, measures, rows));
        }
        List<IndicatorFigures.Total> totals = new ArrayList<>();
        if (dimensions.size() > 1) {
            for (Set<Dimension> already : totalled) {
                splits.stream().filter(dimension -> !already.contains(dimension)).forEach(dimension ->
                        totals.addAll(margins(partial.wholes(cut, already, dimension, filters))));
            }
        }
        return new IndicatorFigures.Layout(partial.indicator(), year, dimensions, filters, computed, categories,
                totals);
    }

    private static List<IndicatorFigures.Total> margins(Map<String, String> wholes) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        wholes.forEach((part, whole) -> parts.computeIfAbsent(whole, key -> new ArrayList<>()).add(part));
        return parts.entrySet().stream().map(entry -> new IndicatorFigures.Total(entry.getKey(),
                entry.getValue().stream().sorted().toList())).toList();
    }

    /** Every subset of the dimensions, the empty one first: which of them a margin totals. */
    private static List<Set<Dimension>> subsets(List<Dimension> splits) {
        List<Set<Dimension>> subsets = new ArrayList<>(List.of(Set.of()));
        for (Dimension dimension : splits) {
            List<Set<Dimension>> more = new ArrayList<>();
            for (Set<Dimension> subset : subsets) {
                Set<Dimension> with = new HashSet<>(subset);
                with.add(dimension);
                more.add(Set.copyOf(with));
            }
            subsets.addAll(more);
        }
        return subsets;
    }
}
