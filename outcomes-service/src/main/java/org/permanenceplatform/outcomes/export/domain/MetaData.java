package org.permanenceplatform.outcomes.export.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tidy data file's {@code .meta.csv} (EES-FORMAT.md section 5): one row per filter with two or more values and per
 * indicator, never for time or geography; the eight required columns in order. Filters leave the indicator columns
 * blank and indicators the filter columns. Shares are {@code %}; decimal places are those the published figures use.
 */
public record MetaData(List<List<String>> rows) {

    public static final List<String> COLUMNS = List.of("col_name", "col_type", "label", "indicator_grouping",
            "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column");

    public MetaData {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static MetaData of(TidyData data) {
        List<List<String>> rows = new ArrayList<>();
        data.filters().stream().filter(column -> data.values(column).size() > 1)
                .forEach(column -> rows.add(List.of(column, "Filter", label(column), "", "", "", "", "")));
        for (String indicator : data.indicators()) {
            rows.add(List.of(indicator, "Indicator", label(indicator), "", indicator.endsWith("_share") ? "%" : "",
                    Integer.toString(decimals(data.values(indicator))), "", ""));
        }
        return new MetaData(rows);
    }

    /** {@code mean_days_3_year} reads "Mean days 3 year"; distinct column names give distinct labels. */
    static String label(String column) {
        String words = column.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static int decimals(List<String> values) {
        return values.stream().filter(value -> value.matches("-?\\d+(\\.\\d+)?"))
                .mapToInt(value -> value.contains(".") ? value.length() - value.indexOf('.') - 1 : 0)
                .max().orElse(0);
    }

    public List<List<String>> lines() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(COLUMNS);
        lines.addAll(rows);
        return lines;
    }
}
