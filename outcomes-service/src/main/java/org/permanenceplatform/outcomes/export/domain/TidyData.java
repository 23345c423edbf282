package org.permanenceplatform.outcomes.export.domain;

import org.permanenceplatform.kit.reference.LocalAuthorities;
import org.permanenceplatform.outcomes.disclosure.domain.PublishedCell;
import org.permanenceplatform.outcomes.figures.domain.FigureTable;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static java.util.stream.Collectors.joining;

/**
 * Published figures as an EES tidy data file (EES-FORMAT.md): time, then geography, then the filters (each dimension
 * of the cut that is not a place; a margin reads {@code Total}), then one column per measure. One row per place and value of the cut, as disclosure control
 * published them: each indicator cell is the published text, a figure or {@code c}, {@code z}, {@code x},
 * {@code low}, never blank. Nothing is computed or formatted here.
 *
 * @param name    the file's name without {@code .csv}: lower case, no year and no geographic level, so that it can
 *                be used again next year
 * @param filters the filter columns, one per dimension of the cut that is not a place
 */
public record TidyData(String name, List<String> filters, List<String> indicators, List<String> columns,
                       List<List<String>> rows) {

    public static final String TIME_IDENTIFIER = "Financial year";

    public TidyData {
        filters = List.copyOf(filters);
        indicators = List.copyOf(indicators);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static TidyData of(FigureTable table, LocalAuthorities las) {
        List<String> filters = table.splits().stream().map(split -> split.name().toLowerCase(Locale.ROOT)).toList();
        List<String> columns = new ArrayList<>(List.of("time_period", "time_identifier"));
        columns.addAll(EesLocation.COLUMNS);
        columns.addAll(filters);
        columns.addAll(table.measures());
        List<List<String>> rows = new ArrayList<>();
        for (FigureTable.Row row : table.rows()) {
            EesLocation.of(row.area(), las).ifPresent(location -> rows.add(row(table, row, location)));
        }
        String name = table.indicator() + filters.stream().map(column -> "_by_" + column).collect(joining())
                + table.filters().entrySet().stream().map(filter -> "_" + filter.getKey().name()
                .toLowerCase(Locale.ROOT) + "_" + filter.getValue().toLowerCase(Locale.ROOT).replace(' ', '_'))
                .collect(joining());
        return new TidyData(name, filters, table.measures(), columns, rows);
    }

    private static List<String> row(FigureTable table, FigureTable.Row row, EesLocation location) {
        List<String> cells = new ArrayList<>(List.of(timePeriod(table.year()), TIME_IDENTIFIER));
        cells.addAll(location.cells());
        table.splits().forEach(split -> cells.add(row.categories().get(split)));
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
