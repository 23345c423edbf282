package org.permanenceplatform.outcomes.figures.api;

import org.permanenceplatform.outcomes.disclosure.domain.PublishedCell;
import org.permanenceplatform.outcomes.disclosure.domain.Symbol;
import org.permanenceplatform.outcomes.figures.domain.Area;
import org.permanenceplatform.outcomes.figures.domain.FigureTable;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorDefinition;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures as JSON: which indicator (its definition at {@code /api/outcomes/indicators/{indicator}}), period and
 * cut, whose view it is, and one row per area (and value of the cut) with a cell per measure. A cell holds either a
 * {@code value} or a {@code symbol} ({@code c} confidential, {@code z} not applicable, {@code x} not available,
 * {@code low} rounds to zero), and its {@code treatment}: shown, own_la_unsuppressed, primary_suppression (small)
 * or secondary_suppression (hidden so that another hidden cell cannot be worked out).
 *
 * @param threshold  days, judged on the 3-year figure; null where the indicator has none
 * @param by         the dimensions as asked for, {@code la} or {@code la,sex}
 * @param dimensions the same as a list
 * @param filters    dimension to the value the children counted have
 */
record FiguresView(String indicator, String title, String unit, Integer threshold, String period, String by,
                   List<String> dimensions, Map<String, String> filters, ViewOf view, List<String> measures,
                   List<Row> rows) {

    /** Whose view: an LA's own, a board's grouping, or the national board's, and the place it is for. */
    record ViewOf(String kind, Place place) {
    }

    record Place(String level, String code, String name) {
        static Place of(Area area) {
            return new Place(area.geography().level().name(), area.geography().code(), area.name());
        }
    }

    /**
     * @param category   the value of a non-geographic cut (a route, an age band...), two joined by {@code " | "};
     *                   null for a cut by place
     * @param categories each dimension that is not a place to its value in this row, {@code Total} in a margin
     */
    record Row(Place place, String category, Map<String, String> categories, Map<String, Cell> cells) {
    }

    record Cell(String value, String symbol, String treatment) {
        private static final Set<String> SYMBOLS = Arrays.stream(Symbol.values()).map(Symbol::text)
                .collect(Collectors.toUnmodifiableSet());

        static Cell of(PublishedCell cell) {
            boolean symbol = SYMBOLS.contains(cell.text());
            return new Cell(symbol ? null : cell.text(), symbol ? cell.text() : null,
                    cell.treatment().name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A national table has 20,000 rows over 163 places and a few hundred values of its cut: each place, each row's
     * values and each distinct cell are made once and shared by the rows that show them.
     */
    static FiguresView of(FigureTable table, IndicatorDefinition definition) {
        Map<Area, Place> places = new IdentityHashMap<>();
        Map<Map<Dimension, String>, Map<String, String>> values = new IdentityHashMap<>();
        Map<PublishedCell, Cell> cellsShown = new HashMap<>();
        List<Row> rows = table.rows().stream().map(row -> {
            Map<String, Cell> cells = new LinkedHashMap<>();
            row.cells().forEach((measure, cell) -> cells.put(measure, cellsShown.computeIfAbsent(cell, Cell::of)));
            return new Row(places.computeIfAbsent(row.area(), Place::of), row.category(),
                    values.computeIfAbsent(row.categories(), FiguresView::written), cells);
        }).toList();
        List<String> dimensions = table.dimensions().stream().map(FiguresView::written).toList();
        return new FiguresView(definition.id(), definition.title(), definition.unit(),
                definition.threshold().orElse(null), table.year().toString(), String.join(",", dimensions),
                dimensions, written(table.filters()),
                new ViewOf(table.scope().kind().name(), Place.of(table.scope().home())), table.measures(), rows);
    }

    private static String written(Dimension dimension) {
        return dimension.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> written(Map<Dimension, String> values) {
        Map<String, String> written = new LinkedHashMap<>();
        values.forEach((dimension, value) -> written.put(written(dimension), value));
        return written;
    }
}
