package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.disclosure.domain.PublishedCell;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An indicator's figures for a year as one caller may see them: every cell has been through disclosure control.
 *
 * @param dimensions what the figures are cut by: one or two, at most one of them a place
 * @param filters    the children counted: only those with these values
 */
public record FigureTable(String indicator, FinancialYear year, List<Dimension> dimensions,
                          Map<Dimension, String> filters, Scope scope, List<String> measures, List<Row> rows) {

    /**
     * One area's figures, or one area's figures for one value of the cut (a route, an age band...).
     *
     * @param category   the value of the cut that is not a place, written whole ({@code FEMALE | ADOPTION} for
     *                   two); null when the table is cut by place alone
     * @param categories the same, each dimension's value ({@code Total} in a margin)
     * @param cells      by measure, in the indicator's order
     */
    public record Row(Area area, String category, Map<Dimension, String> categories,
                      Map<String, PublishedCell> cells) {
        public Row {
            Objects.requireNonNull(area, "area");
            categories = FixedOrderMap.copyOf(categories);
            cells = FixedOrderMap.copyOf(cells);
        }
    }

    public FigureTable {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(year, "year");
        dimensions = List.copyOf(dimensions);
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        Objects.requireNonNull(scope, "scope");
        measures = List.copyOf(measures);
        rows = List.copyOf(rows);
    }

    /** The dimensions that are not places: the filter columns of a tidy data file. */
    public List<Dimension> splits() {
        return dimensions.stream().filter(dimension -> !dimension.geographic()).toList();
    }

    public Row row(String areaCode, String category) {
        return rows.stream().filter(row -> row.area().geography().code().equals(areaCode)
                        && Objects.equals(row.category(), category)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + areaCode + " " + category));
    }
}
