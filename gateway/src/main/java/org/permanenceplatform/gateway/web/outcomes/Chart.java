package org.permanenceplatform.gateway.web.outcomes;

import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart's data, written into the page as a {@code <script type="application/json">} block that
 * {@code /js/charts.js} draws with Chart.js, and laid out as the table beside it for those who cannot see the chart.
 * A symbol is a gap in the chart (never drawn as a number) and the symbol itself in the table.
 *
 * @param kind      {@code bar} (places side by side) or {@code line} (a trend over years)
 * @param threshold drawn as a line where the charted measure is judged against one; null otherwise
 */
record Chart(String id, String kind, String title, String measure, List<String> labels, List<Series> series,
             Integer threshold) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One line or set of bars: a value per label (null for a symbol) and what the table shows for it. */
    record Series(String label, List<Double> values, List<String> shown) {
    }

    /** The charted measure of each place (and category) of one year, side by side. */
    static Chart bars(String id, FigureTable table) {
        String measure = table.headline();
        List<String> labels = table.rows().stream().map(FigureTable.Row::label).toList();
        List<Double> values = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        table.rows().forEach(row -> {
            values.add(row.number(measure));
            shown.add(row.text(measure));
        });
        return new Chart(id, "bar", table.title() + ", " + table.period(), measure, labels,
                List.of(new Series(measure, values, shown)), table.thresholdApplies() ? table.threshold() : null);
    }

    /** The charted measure of each place over the years given (oldest first), one line per place. */
    static Chart trend(String id, List<FigureTable> years) {
        FigureTable latest = years.get(years.size() - 1);
        String measure = latest.headline();
        Map<String, Series> byPlace = new LinkedHashMap<>();
        for (int year = 0; year < years.size(); year++) {
            for (FigureTable.Row row : years.get(year).rows()) {
                if (!row.category().isEmpty()) {
                    continue;
                }
                Series series = byPlace.computeIfAbsent(row.place(), place -> new Series(place,
                        new ArrayList<>(), new ArrayList<>()));
                while (series.values().size() < year) {
                    series.values().add(null);
                    series.shown().add("");
                }
                series.values().add(row.number(measure));
                series.shown().add(row.text(measure));
            }
        }
        byPlace.values().forEach(series -> {
            while (series.values().size() < years.size()) {
                series.values().add(null);
                series.shown().add("");
            }
        });
        List<String> labels = years.stream().map(FigureTable::period).toList();
        return new Chart(id, "line", latest.title() + ", " + labels.get(0) + " to " + latest.period(), measure,
                labels, List.copyOf(byPlace.values()), latest.thresholdApplies() ? latest.threshold() : null);
    }

    /** The chart as JSON that is safe inside a script element (no {@code <} to close it early). */
    public String json() {
        return JSON.writeValueAsString(this).replace("<", "\\u003c");
    }
}
