package org.permanenceplatform.gateway.web.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A figures answer as the pages show it: one row per place (and value of each cut), with what each measure's cell
 * shows: the published value or its symbol ({@code c}, {@code z}, {@code x}, {@code low}), never a number behind a
 * symbol. The gateway never computes or rounds a figure; it only lays the published cells out.
 */
record FigureTable(String indicator, String title, String unit, Integer threshold, String period,
                   List<String> measures, List<Row> rows) {

    /** The symbols outcomes-service writes in place of a figure, and what each means. */
    static final Map<String, String> SYMBOLS = symbols();

    /**
     * @param place    the place's name
     * @param level    its level ({@code LA}, {@code REGION}, {@code ENGLAND}...)
     * @param category the values of the cuts that are not places, joined; empty for a cut by place alone
     * @param shown    per measure, the published value or symbol
     */
    record Row(String place, String level, String category, Map<String, String> shown) {

        public String label() {
            return category.isEmpty() ? place : place + ", " + category;
        }

        public String text(String measure) {
            return shown.getOrDefault(measure, "");
        }

        /** The published value as a number; null for a symbol (a chart leaves a gap rather than draw one). */
        public Double number(String measure) {
            String text = text(measure);
            if (SYMBOLS.containsKey(text)) {
                return null;
            }
            try {
                return Double.valueOf(text.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public boolean symbol(String measure) {
            return SYMBOLS.containsKey(text(measure));
        }
    }

    @SuppressWarnings("unchecked")
    static FigureTable read(Map<String, Object> json) {
        List<Row> rows = new ArrayList<>();
        for (Object item : list(json.get("rows"))) {
            Map<String, Object> row = (Map<String, Object>) item;
            Map<String, Object> place = map(row.get("place"));
            Map<String, String> shown = new LinkedHashMap<>();
            map(row.get("cells")).forEach((measure, cell) -> {
                Map<String, Object> values = map(cell);
                Object text = values.get("symbol") != null ? values.get("symbol") : values.get("value");
                shown.put(measure, text == null ? "" : text.toString());
            });
            rows.add(new Row(text(place.get("name")), text(place.get("level")), category(row), shown));
        }
        List<String> measures = list(json.get("measures")).stream().map(Object::toString).toList();
        Integer threshold = json.get("threshold") instanceof Number number ? number.intValue() : null;
        return new FigureTable(text(json.get("indicator")), text(json.get("title")), text(json.get("unit")),
                threshold, text(json.get("period")), measures, List.copyOf(rows));
    }

    /** The same figures labelled with the financial year they were asked for. */
    FigureTable asked(String askedPeriod) {
        return new FigureTable(indicator, title, unit, threshold, askedPeriod, measures, rows);
    }

    /** The measure a chart draws: the 3-year figure a threshold is judged on, else the first figure after counts. */
    String headline() {
        if (threshold != null && measures.contains("mean_days_3_year")) {
            return "mean_days_3_year";
        }
        return measures.stream().filter(measure -> measure.contains("share") || measure.contains("rate")
                        || measure.contains("mean") || measure.contains("median")).findFirst()
                .orElse(measures.size() > 1 ? measures.get(1) : measures.isEmpty() ? "" : measures.get(0));
    }

    /** Whether the threshold (in days) applies to the measure a chart draws. */
    boolean thresholdApplies() {
        return threshold != null && headline().contains("days");
    }

    Row rowAt(String level) {
        return rows.stream().filter(row -> row.level().equals(level) && row.category().isEmpty()).findFirst()
                .orElse(null);
    }

    private static String category(Map<String, Object> row) {
        Map<String, Object> categories = map(row.get("categories"));
        if (!categories.isEmpty()) {
            return categories.values().stream().filter(Objects::nonNull).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return row.get("category") == null ? "" : row.get("category").toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Map<String, String> symbols() {
        Map<String, String> symbols = new LinkedHashMap<>();
        symbols.put("c", "confidential: a small number, or one that would let a small number be worked out");
        symbols.put("z", "not applicable: no children to compute it from");
        symbols.put("x", "not available: not enough time has passed to know it yet");
        symbols.put("low", "rounds to zero, but is not zero");
        return java.util.Collections.unmodifiableMap(symbols);
    }
}
