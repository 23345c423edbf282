package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.disclosure.domain.PublishedCell;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An indicator's figures for a year as one caller may see them: every cell has been through disclosure control. */
public record FigureTable(String indicator, FinancialYear year, Dimension by, Scope scope, List<String> measures,
                          List<Row> rows) {

    /**
     * One area's figures, or one area's figures for one value of the cut (a route, an age band...).
     *
     * @param category the value of a non-geographic cut; null when the table is cut by place alone
     * @param cells    by measure, in the indicator's order
     */
    public record Row(Area area, String category, Map<String, PublishedCell> cells) {
        public Row {
            Objects.requireNonNull(area, "area");
            cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
        }
    }

    public FigureTable {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(scope, "scope");
        measures = List.copyOf(measures);
        rows = List.copyOf(rows);
    }

    public Row row(String areaCode, String category) {
        return rows.stream().filter(row -> row.area().geography().code().equals(areaCode)
                        && Objects.equals(row.category(), category)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + areaCode + " " + category));
    }
}
