package org.permanenceplatform.outcomes.export.domain;

import org.permanenceplatform.kit.reference.LocalAuthorities;
import org.permanenceplatform.outcomes.disclosure.domain.PublishedCell;
import org.permanenceplatform.outcomes.figures.domain.FigureTable;
import org.permanenceplatform.outcomes.figures.domain.Scope;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Published figures as an EES tidy data file (EES-FORMAT.md): time, then geography, then the filter (the cut, when it
 * is not a place), then one column per measure. One row per place and value of the cut, as disclosure control
 * published them: each indicator cell is the published text, a figure or {@code c}, {@code z}, {@code x},
 * {@code low}, never blank. Nothing is computed or formatted here.
 *
 * @param name    the file's name without {@code .csv}: lower case, no year and no geographic level, so that it can
 *                be used again next year
 * @param filter  the filter column, when the figures are cut by something other than a place
 */
public record TidyData(String name, Optional<String> filter, List<String> indicators, List<String> columns,
                       List<List<String>> rows) {

    public static final String TIME_IDENTIFIER = "Financial year";

    public TidyData {
        indicators = List.copyOf(indicators);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static TidyData of(FigureTable table, LocalAuthorities las) {
        Optional<String> filter = Scope.geographic(table.by()) ? Optional.empty()
                : Optional.of(table.by().name().toLowerCase(Locale.ROOT));
        List<String> columns = new ArrayList<>(List.of("time_period", "time_identifier"));
        columns.addAll(EesLocation.COLUMNS);
        filter.ifPresent(columns::add);
        columns.addAll(table.measures());
        List<List<String>> rows = new ArrayList<>();
        for (FigureTable.Row row : table.rows()) {
            EesLocation.of(row.area(), las).ifPresent(location -> rows.add(row(table, row, location, filter)));
        }
        String name = table.indicator() + filter.map(column -> "_by_" + column).orElse("");
        return new TidyData(name, filter, table.measures(), columns, rows);
    }

    private static List<String> row(FigureTable table, FigureTable.Row row, EesLocation location,
                                    Optional<String> filter) {
        List<String> cells = new ArrayList<>(List.of(timePeriod(table.year()), TIME_IDENTIFIER));
        cells.addAll(location.cells());
        filter.ifPresent(column -> cells.add(row.category()));
        for (String measure : table.measures()) {
            PublishedCell cell = row.cells().get(measure);
            if (cell == null || cell.text().isBlank()) {
                throw new IllegalStateException("no published " + measure + " for " + row.area().name());
            }
            cells.add(cell.text());
        }
        return cells;
    }

    /** {@code 2024-25} is written {@code 202425}: six digits, two consecutive years. */
    public static String timePeriod(FinancialYear year) {
        return "%d%02d".formatted(year.startYear(), (year.startYear() + 1) % 100);
    }

    /** The values a column takes, in row order, once each. */
    public List<String> values(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return rows.stream().map(row -> row.get(index)).distinct().toList();
    }

    /** The header and the rows, ready for {@link CsvText}. */
    public List<List<String>> lines() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(columns);
        lines.addAll(rows);
        return lines;
    }
}
