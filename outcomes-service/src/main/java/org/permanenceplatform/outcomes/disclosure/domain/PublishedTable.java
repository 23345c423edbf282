package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.List;
import java.util.Map;

/** A table after disclosure control: the same rows and columns, each cell as it may be shown. */
public record PublishedTable(List<StatisticsTable.Row> rows, List<String> columns,
                             Map<Position, PublishedCell> cells) {

    public PublishedTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = Map.copyOf(cells);
    }

    public PublishedCell cell(String row, String column) {
        PublishedCell cell = cells.get(new Position(row, column));
        if (cell == null) {
            throw new IllegalArgumentException("no cell " + row + "/" + column);
        }
        return cell;
    }

    public String text(String row, String column) {
        return cell(row, column).text();
    }
}
