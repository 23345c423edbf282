package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of unrounded, unsuppressed figures, rows by columns, with the margins (totals) that it publishes. Each row
 * has a geography, which decides rounding and whose data an LA may see unsuppressed. Built by {@link #builder}, which
 * checks that every cell is filled and that every margin's total is the sum of its parts.
 * <p>
 * Cells are held by row and column number, row by row: a national table has tens of thousands of rows, and disclosure
 * control and publishing walk every cell, which numbers do without a lookup or a new object a cell.
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
    private final Map<String, Integer> rowNumbers;
    private final Map<String, Integer> columnNumbers;
    /** Row by row: the cell of row r and column c is at {@code r * columns + c}. */
    private final Figure[] figures;
    private final List<Margin> margins;
    private List<Position> positions;

    /** Takes the builder's rows as they are: a built builder takes no more (a national table has 60,000 cells). */
    private StatisticsTable(List<Row> rows, List<String> columns, Map<String, Integer> rowNumbers, Figure[] figures,
                            List<Margin> margins) {
        this.rows = Collections.unmodifiableList(rows);
        this.columns = List.copyOf(columns);
        this.rowNumbers = rowNumbers;
        this.columnNumbers = numbers(this.columns);
        this.figures = figures;
        this.margins = List.copyOf(margins);
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
        return figure(rowNumber(position.row()), columnNumber(position.column()));
    }

    /** The figure in row {@code row} and column {@code column}, both counted from 0. */
    public Figure figure(int row, int column) {
        return figures[row * columns.size() + column];
    }

    public Geography geography(String rowKey) {
        return rows.get(rowNumber(rowKey)).geography();
    }

    /** The number of the row with this key, counted from 0. */
    public int rowNumber(String rowKey) {
        Integer number = rowNumbers.get(rowKey);
        if (number == null) {
            throw new IllegalArgumentException("no row " + rowKey);
        }
        return number;
    }

    /** The number of this column, counted from 0. */
    public int columnNumber(String column) {
        Integer number = columnNumbers.get(column);
        if (number == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return number;
    }

    Map<String, Integer> rowNumbers() {
        return rowNumbers;
    }

    Map<String, Integer> columnNumbers() {
        return columnNumbers;
    }

    /** Every position, row by row. */
    public List<Position> positions() {
        if (positions == null) {
            List<Position> all = new ArrayList<>(figures.length);
            rows.forEach(row -> columns.forEach(column -> all.add(new Position(row.key(), column))));
            positions = Collections.unmodifiableList(all);
        }
        return positions;
    }

    /** The count in a cell that a margin includes (margins add up counts only). */
    public long count(Position position) {
        if (figure(position) instanceof Figure.Count count) {
            return count.value();
        }
        throw new IllegalStateException(position + " is in a margin but is not a count");
    }

    static Map<String, Integer> numbers(List<String> keys) {
        Map<String, Integer> numbers = new HashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            numbers.put(keys.get(i), i);
        }
        return Collections.unmodifiableMap(numbers);
    }

    public static final class Builder {
        private final List<String> columns;
        private final List<Row> rows = new ArrayList<>();
        private final Map<String, Integer> rowNumbers = new HashMap<>();
        private Figure[] figures = new Figure[64];
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
            if (rowNumbers.putIfAbsent(key, rows.size()) != null) {
                throw new IllegalArgumentException("row " + key + " twice");
            }
            int first = rows.size() * columns.size();
            rows.add(new Row(key, geography));
            if (first + cells.length > figures.length) {
                figures = Arrays.copyOf(figures, Math.max(figures.length * 2, first + cells.length));
            }
            for (int i = 0; i < cells.length; i++) {
                figures[first + i] = Objects.requireNonNull(cells[i], "cell");
            }
            return this;
        }

        public Builder counts(String key, Geography geography, long... counts) {
            return row(key, geography, Arrays.stream(counts).mapToObj(Figure.Count::new).toArray(Figure[]::new));
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
            Figure[] cells = figures.length == rows.size() * columns.size() ? figures
                    : Arrays.copyOf(figures, rows.size() * columns.size());
            StatisticsTable table = new StatisticsTable(rows, columns, Collections.unmodifiableMap(rowNumbers),
                    cells, all);
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
