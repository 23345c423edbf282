package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table after disclosure control: the same rows and columns, each cell as it may be shown. Cells are held by row and
 * column number as its {@link StatisticsTable} holds them.
 */
public final class PublishedTable {

    private final List<StatisticsTable.Row> rows;
    private final List<String> columns;
    private final Map<String, Integer> rowNumbers;
    private final Map<String, Integer> columnNumbers;
    private final PublishedCell[] cells;

    PublishedTable(StatisticsTable table, PublishedCell[] cells) {
        if (cells.length != table.rows().size() * table.columns().size()) {
            throw new IllegalArgumentException("a published table has a cell for every cell of its table");
        }
        this.rows = table.rows();
        this.columns = table.columns();
        this.rowNumbers = table.rowNumbers();
        this.columnNumbers = table.columnNumbers();
        this.cells = cells;
        Arrays.stream(cells).forEach(cell -> Objects.requireNonNull(cell, "cell"));
    }

    public List<StatisticsTable.Row> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    /** Every cell, row by row. */
    public List<PublishedCell> cells() {
        return Collections.unmodifiableList(Arrays.asList(cells));
    }

    /** The cell in row {@code row} and column {@code column}, both counted from 0 in the table's order. */
    public PublishedCell cell(int row, int column) {
        Objects.checkIndex(row, rows.size());
        Objects.checkIndex(column, columns.size());
        return cells[row * columns.size() + column];
    }

    public PublishedCell cell(Position position) {
        return cell(position.row(), position.column());
    }

    public PublishedCell cell(String row, String column) {
        Integer r = rowNumbers.get(row);
        Integer c = columnNumbers.get(column);
        if (r == null || c == null) {
            throw new IllegalArgumentException("no cell " + row + "/" + column);
        }
        return cells[r * columns.size() + c];
    }

    public String text(String row, String column) {
        return cell(row, column).text();
    }
}
