package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one place every figure passes through before it leaves an LA's own scope (DOMAIN.md, statistical disclosure
 * control; ADR 013): primary suppression of small figures, secondary suppression along every published margin
 * (board groupings included) until nothing hidden can be derived, then rounding and symbols. An LA's own figures in
 * its own view are shown as they are, and are treated as known to it when the others are protected.
 */
public final class DisclosureControl {

    private static final PublishedCell PRIMARY = new PublishedCell(Symbol.CONFIDENTIAL.text(),
            PublishedCell.Treatment.PRIMARY_SUPPRESSION);
    private static final PublishedCell SECONDARY = new PublishedCell(Symbol.CONFIDENTIAL.text(),
            PublishedCell.Treatment.SECONDARY_SUPPRESSION);

    private DisclosureControl() {
    }

    /**
     * Every cell is judged by the primary rules. Only a cell on a margin can be worked out from others, so only those
     * go to {@link SecondarySuppression}, which picks further cells from the margins alone.
     */
    public static PublishedTable publish(StatisticsTable table, Viewer viewer) {
        List<StatisticsTable.Row> rows = table.rows();
        boolean[] knownRow = new boolean[rows.size()];
        for (int r = 0; r < knownRow.length; r++) {
            knownRow[r] = viewer.owns(rows.get(r).geography());
        }
        boolean[] primary = primary(table, knownRow);
        Predicate<Position> known = position -> knownRow[table.rowNumber(position.row())];
        Set<Position> hidden = SecondarySuppression.protect(table, onMargins(table, primary), known);
        boolean[] secondary = new boolean[primary.length];
        hidden.forEach(cell -> secondary[at(table, cell)] = true);
        int columns = table.columns().size();
        PublishedCell[] cells = new PublishedCell[primary.length];
        for (int r = 0; r < knownRow.length; r++) {
            GeographyLevel level = rows.get(r).geography().level();
            for (int c = 0; c < columns; c++) {
                int at = r * columns + c;
                cells[at] = primary[at] ? PRIMARY : secondary[at] ? SECONDARY
                        : new PublishedCell(Presentation.text(table.figure(r, c), level), knownRow[r]
                        ? PublishedCell.Treatment.OWN_LA_UNSUPPRESSED : PublishedCell.Treatment.SHOWN);
            }
        }
        return new PublishedTable(table, cells);
    }

    /** Which cells the primary rules hide, row by row; never one of the viewer's own. */
    private static boolean[] primary(StatisticsTable table, boolean[] knownRow) {
        int columns = table.columns().size();
        boolean[] primary = new boolean[knownRow.length * columns];
        for (int r = 0; r < knownRow.length; r++) {
            for (int c = 0; !knownRow[r] && c < columns; c++) {
                primary[r * columns + c] = PrimarySuppression.confidential(table.figure(r, c));
            }
        }
        return primary;
    }

    /** Of the cells hidden, those on a margin, row by row as the table has them. */
    private static Set<Position> onMargins(StatisticsTable table, boolean[] hidden) {
        boolean[] onMargin = new boolean[hidden.length];
        table.margins().forEach(margin -> margin.cells().forEach(cell -> onMargin[at(table, cell)] = true));
        List<String> columns = table.columns();
        Set<Position> cells = new LinkedHashSet<>();
        for (int at = 0; at < hidden.length; at++) {
            if (hidden[at] && onMargin[at]) {
                cells.add(new Position(table.rows().get(at / columns.size()).key(), columns.get(at % columns.size())));
            }
        }
        return cells;
    }

    /** Where a cell is in the table's cells, row by row. */
    private static int at(StatisticsTable table, Position cell) {
        return table.rowNumber(cell.row()) * table.columns().size() + table.columnNumber(cell.column());
    }
}
