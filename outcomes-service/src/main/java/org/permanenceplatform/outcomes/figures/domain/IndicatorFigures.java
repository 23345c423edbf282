package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.disclosure.domain.DisclosureControl;
import org.permanenceplatform.outcomes.disclosure.domain.Figure;
import org.permanenceplatform.outcomes.disclosure.domain.Margin;
import org.permanenceplatform.outcomes.disclosure.domain.Position;
import org.permanenceplatform.outcomes.disclosure.domain.PublishedCell;
import org.permanenceplatform.outcomes.disclosure.domain.PublishedTable;
import org.permanenceplatform.outcomes.disclosure.domain.StatisticsTable;
import org.permanenceplatform.outcomes.disclosure.domain.Symbol;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorTable;
import org.permanenceplatform.outcomes.indicator.domain.Journey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * From a cohort to the figures one caller may see: the indicator is computed for each area in the caller's scope
 * from that area's LAs' children alone (so wholes add up to their parts), the figures are laid out as one table with
 * every whole-over-parts nesting as a margin on each count column, and the whole table goes through
 * {@link DisclosureControl#publish} for the caller. Nothing is formatted here. A value of the cut that an area has no
 * children for shows that area's zero (or {@code z}) rather than no row, so a board sees each of its LAs.
 * Requests come through {@link CrossFigures}, whose figures are merged from the pre-aggregated tallies.
 */
public final class IndicatorFigures {

    private IndicatorFigures() {
    }

    /** Straight from the journeys, by one dimension: what the pre-aggregated figures are proved against. */
    public static FigureTable publish(Indicator indicator, Cohort cohort, FinancialYear year, Dimension by,
                                      Scope scope) {
        Dimension split = Scope.geographic(by) ? Dimension.ENGLAND : by;
        Map<String, List<Journey>> byLa = cohort.journeys().stream()
                .collect(Collectors.groupingBy(journey -> journey.child().la()));
        Map<Area, IndicatorTable> computed = new LinkedHashMap<>();
        for (Area area : scope.areasFor(by)) {
            List<Journey> journeys = area.las().stream()
                    .flatMap(la -> byLa.getOrDefault(la, List.of()).stream()).toList();
            computed.put(area, indicator.compute(new Cohort(journeys, cohort.asOf()), year, split));
        }
        Map<String, Map<Dimension, String>> categories = new LinkedHashMap<>();
        if (split != Dimension.ENGLAND) {
            computed.values().forEach(table -> table.rows().keySet().forEach(row ->
                    categories.put(row, Map.of(split, row))));
        }
        return publish(new Layout(indicator.definition().id(), year, List.of(by), Map.of(), computed, categories,
                List.of()), scope);
    }

    /** A row that is the total of other rows in every area, as a margin of a two-way table is. */
    record Total(String whole, List<String> parts) {
    }

    /**
     * What is to be published: each area's figures a row per value of the cut, what each row's values are, and the
     * rows that are totals of others (a two-way table's margins), each with its parts.
     */
    record Layout(String indicator, FinancialYear year, List<Dimension> dimensions, Map<Dimension, String> filters,
                  Map<Area, IndicatorTable> computed, Map<String, Map<Dimension, String>> categories,
                  List<Total> totals) {

        /** The dimension that decides how far down the areas go: the place, if one is asked for. */
        Dimension depth() {
            return dimensions.stream().filter(Dimension::geographic).findFirst().orElse(dimensions.get(0));
        }

        boolean byPlaceOnly() {
            return dimensions.stream().allMatch(Dimension::geographic);
        }
    }

    /** Each area's figures, computed from that area's children alone, through disclosure control for the scope. */
    static FigureTable publish(Layout layout, Scope scope) {
        Map<Area, IndicatorTable> computed = layout.computed();
        List<String> measures = computed.values().iterator().next().measures();
        TreeSet<String> categories = new TreeSet<>();
        computed.values().forEach(table -> categories.addAll(table.rows().keySet()));
        if (categories.isEmpty()) {
            return new FigureTable(layout.indicator(), layout.year(), layout.dimensions(), layout.filters(), scope,
                    measures, List.of());
        }
        RowKeys keys = new RowKeys(computed.keySet(), categories);
        StatisticsTable table = table(computed, categories, measures, scope.nestingsFor(layout.depth()),
                layout.totals(), keys);
        PublishedTable published = DisclosureControl.publish(table, scope.viewer());
        List<FigureTable.Row> rows = new ArrayList<>(published.rows().size());
        List<String> columns = List.copyOf(measures);
        boolean byPlaceOnly = layout.byPlaceOnly();
        Map<String, Map<Dimension, String>> values = new HashMap<>();
        categories.forEach(category -> values.put(category,
                FixedOrderMap.copyOf(layout.categories().getOrDefault(category, Map.of()))));
        for (Area area : computed.keySet()) {
            for (String category : categories) {
                int row = rows.size(); // the statistics table has its rows in this order
                PublishedCell[] cells = new PublishedCell[columns.size()];
                for (int column = 0; column < cells.length; column++) {
                    cells[column] = published.cell(row, column);
                }
                rows.add(new FigureTable.Row(area, byPlaceOnly ? null : category, values.get(category),
                        FixedOrderMap.of(columns, cells)));
            }
        }
        return new FigureTable(layout.indicator(), layout.year(), layout.dimensions(), layout.filters(), scope,
                measures, rows);
    }

    /** The table disclosure control is given for a layout: every area's rows, with every margin. */
    static StatisticsTable statistics(Layout layout, Scope scope) {
        TreeSet<String> categories = new TreeSet<>();
        layout.computed().values().forEach(table -> categories.addAll(table.rows().keySet()));
        return table(layout.computed(), categories, layout.computed().values().iterator().next().measures(),
                scope.nestingsFor(layout.depth()), layout.totals(),
                new RowKeys(layout.computed().keySet(), categories));
    }

    /**
     * The row key of each area and value of the cut, made once a table: a national table has tens of thousands of
     * rows, each looked up by its key several times, and one string a row keeps its hash for every lookup.
     */
    private static final class RowKeys {
        private final Map<Area, Map<String, String>> keys = new HashMap<>();

        RowKeys(Collection<Area> areas, Collection<String> categories) {
            for (Area area : areas) {
                Map<String, String> ofArea = new HashMap<>();
                categories.forEach(category -> ofArea.put(category, key(area, category)));
                keys.put(area, ofArea);
            }
        }

        String of(Area area, String category) {
            Map<String, String> ofArea = keys.get(area);
            String key = ofArea == null ? null : ofArea.get(category);
            return key != null ? key : key(area, category);
        }
    }

    private static StatisticsTable table(Map<Area, IndicatorTable> computed, TreeSet<String> categories,
                                         List<String> measures, List<Nesting> nestings,
                                         List<Total> totals, RowKeys keys) {
        Map<String, Map<String, Figure>> samples = samples(computed.values());
        StatisticsTable.Builder builder = StatisticsTable.builder(measures);
        List<String> countColumns = new ArrayList<>(measures);
        computed.forEach((area, figures) -> categories.forEach(category -> {
            Map<String, Figure> row = figures.rows().get(category);
            Figure[] cells = new Figure[measures.size()];
            for (int i = 0; i < cells.length; i++) {
                String measure = measures.get(i);
                Figure figure = row == null ? null : row.get(measure);
                cells[i] = figure != null ? figure : emptyLike(samples.get(category).get(measure));
            }
            builder.row(keys.of(area, category), area.geography(), cells);
            for (int i = 0; i < cells.length; i++) {
                if (!(cells[i] instanceof Figure.Count)) {
                    countColumns.remove(measures.get(i));
                }
            }
        }));
        for (Nesting nesting : nestings) {
            for (String category : categories) {
                for (String column : countColumns) {
                    List<Position> parts = new ArrayList<>(nesting.parts().size());
                    nesting.parts().forEach(part -> parts.add(new Position(keys.of(part, category), column)));
                    builder.margin(new Margin(new Position(keys.of(nesting.whole(), category), column), parts));
                }
            }
        }
        for (Total total : totals) {
            List<String> parts = total.parts().stream().filter(categories::contains).toList();
            if (!categories.contains(total.whole()) || parts.isEmpty()) {
                continue;
            }
            computed.keySet().forEach(area -> countColumns.forEach(column -> builder.margin(new Margin(
                    new Position(keys.of(area, total.whole()), column),
                    parts.stream().map(part -> new Position(keys.of(area, part), column)).toList()))));
        }
        return builder.build();
    }

    /** For each value of the cut, a figure of each measure from whichever area has one: the kind an empty cell takes. */
    private static Map<String, Map<String, Figure>> samples(Iterable<IndicatorTable> tables) {
        Map<String, Map<String, Figure>> samples = new LinkedHashMap<>();
        for (IndicatorTable table : tables) {
            table.rows().forEach((category, figures) -> figures.forEach((measure, figure) ->
                    samples.computeIfAbsent(category, key -> new LinkedHashMap<>()).putIfAbsent(measure, figure)));
        }
        return samples;
    }

    /** What a measure reads for an area with no children in it: a zero count, or nothing to average ({@code z}). */
    static Figure emptyLike(Figure sample) {
        if (sample == null) {
            return new Figure.Absent(Symbol.NOT_AVAILABLE);
        }
        if (sample instanceof Figure.Count) {
            return new Figure.Count(0);
        }
        if (sample instanceof Figure.Share) {
            return new Figure.Share(0, 0);
        }
        if (sample instanceof Figure.Rate rate) {
            return new Figure.Rate(0, 0, rate.per(), 0, rate.decimals());
        }
        if (sample instanceof Figure.Summary summary) {
            return new Figure.Summary(null, 0, summary.decimals());
        }
        return sample;
    }

    private static String key(Area area, String category) {
        return area.key() + " | " + category;
    }
}
