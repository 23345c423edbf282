package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A table of unrounded, unsuppressed figures, rows by columns, with the margins (totals) that it publishes. Each row
 * has a geography, which decides rounding and whose data an LA may see unsuppressed. Built by {@link #builder}, which
 * checks that every cell is filled and that every margin's total is the sum of its parts.
 */
public final class StatisticsTable {

    /** A row: its key and the geography its figures describe. */
    public record Row(String key, Geography geography) {
        public Row {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(geography, "geography");
        }
    }

    private final List<Row> rows;
    private final List<String> columns;
    private final Map<Position, Figure> figures;
    private final List<Margin> margins;
    private final Map<String, Geography> geographies = new HashMap<>();
    private final List<Position> positions;

    /** Takes the builder's figures as they are: a built builder takes no more (a national table has 500,000 cells). */
    private StatisticsTable(List<Row> rows, List<String> columns, Map<Position, Figure> figures,
                            List<Margin> margins) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.figures = Collections.unmodifiableMap(figures);
        this.margins = List.copyOf(margins);
        rows.forEach(row -> geographies.put(row.key(), row.geography()));
        List<Position> all = new ArrayList<>(rows.size() * columns.size());
        rows.forEach(row -> columns.forEach(column -> all.add(new Position(row.key(), column))));
        this.positions = Collections.unmodifiableList(all);
    }

    public static Builder builder(List<String> columns) {
        return new Builder(columns);
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Margin> margins() {
        return margins;
    }

    public Figure figure(Position position) {
        Figure figure = figures.get(position);
        if (figure == null) {
            throw new IllegalArgumentException("no cell " + position);
        }
        return figure;
    }

    public Geography geography(String rowKey) {
        Geography geography = geographies.get(rowKey);
        if (geography == null) {
            throw new IllegalArgumentException("no row " + rowKey);
        }
        return geography;
    }

    /** Every position, row by row. */
    public List<Position> positions() {
        return positions;
    }

    /** The count in a cell that a margin includes (margins add up counts only). */
    public long count(Position position) {
        if (figure(position) instanceof Figure.Count count) {
            return count.value();
        }
        throw new IllegalStateException(position + " is in a margin but is not a count");
    }

    public static final class Builder {
        private final List<String> columns;
        private final List<Row> rows = new ArrayList<>();
        private final Set<String> rowKeys = new HashSet<>();
        private final Map<Position, Figure> figures = new LinkedHashMap<>();
        private final List<Margin> margins = new ArrayList<>();
        private final List<String> totalColumns = new ArrayList<>();
        private final Map<String, List<String>> totalRows = new LinkedHashMap<>();
        private boolean built;

        private Builder(List<String> columns) {
            if (columns.isEmpty() || columns.stream().distinct().count() != columns.size()) {
                throw new IllegalArgumentException("a table needs distinct columns");
            }
            this.columns = List.copyOf(columns);
        }

        public Builder row(String key, Geography geography, Figure... cells) {
            stillBuilding();
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("row " + key + " needs " + columns.size() + " cells");
            }
            if (!rowKeys.add(key)) {
                throw new IllegalArgumentException("row " + key + " twice");
            }
            rows.add(new Row(key, geography));
            for (int i = 0; i < cells.length; i++) {
                figures.put(new Position(key, columns.get(i)), Objects.requireNonNull(cells[i], "cell"));
            }
            return this;
        }

        public Builder counts(String key, Geography geography, long... counts) {
            return row(key, geography, java.util.Arrays.stream(counts).mapToObj(Figure.Count::new)
                    .toArray(Figure[]::new));
        }

        /** In every row, this column is the total of all the other columns. */
        public Builder totalColumn(String column) {
            stillBuilding();
            totalColumns.add(column);
            return this;
        }

        /** In every column, this row is the total of the part rows (a region over its LAs, a board grouping...). */
        public Builder totalRow(String totalRow, List<String> partRows) {
            stillBuilding();
            totalRows.put(totalRow, List.copyOf(partRows));
            return this;
        }

        public Builder margin(Margin margin) {
            stillBuilding();
            margins.add(margin);
            return this;
        }

        public StatisticsTable build() {
            stillBuilding();
            built = true;
            List<Margin> all = new ArrayList<>(margins);
            for (String total : totalColumns) {
                List<String> parts = columns.stream().filter(column -> !column.equals(total)).toList();
                rows.forEach(row -> all.add(new Margin(new Position(row.key(), total),
                        parts.stream().map(column -> new Position(row.key(), column)).toList())));
            }
            totalRows.forEach((total, parts) -> columns.forEach(column -> all.add(new Margin(
                    new Position(total, column), parts.stream().map(row -> new Position(row, column)).toList()))));
            StatisticsTable table = new StatisticsTable(rows, columns, figures, all);
            all.forEach(table::checkAddsUp);
            return table;
        }

        private void stillBuilding() {
            if (built) {
                throw new IllegalStateException("the table is built: a builder builds one table");
            }
        }
    }

    private void checkAddsUp(Margin margin) {
        long sum = 0;
        for (Position part : margin.parts()) {
            sum += count(part);
        }
        if (sum != count(margin.total())) {
            throw new IllegalArgumentException("the total " + margin.total() + " is not the sum of its parts");
        }
    }
}
