package org.permanenceplatform.gateway.web.outcomes;

import org.springframework.util.MultiValueMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The national board's query form: an indicator, a financial year, one or two dimensions to cut by and any filters
 * ({@code dimension:value}, one a line). Checked whole before anything is asked of outcomes-service, so every field at
 * fault is named in one GOV.UK error summary; the service's own refusal is named the same way.
 */
final class QueryForm {

    /** What a query can be cut or filtered by, as outcomes-service names it, and how the form labels it. */
    static final Map<String, String> DIMENSIONS = dimensions();
    private static final Set<String> PLACES = Set.of("england", "region", "la");

    /** A checked query, or the fields at fault. */
    record Checked(FigureRequest request, List<Map<String, String>> errors) {
    }

    private QueryForm() {
    }

    static Checked check(MultiValueMap<String, String> values, Set<String> indicators, List<String> periods) {
        List<Map<String, String>> errors = new ArrayList<>();
        String indicator = given(values, "indicator");
        if (!indicators.contains(indicator)) {
            errors.add(error("indicator", indicator.isEmpty() ? "Choose an indicator"
                    : "Choose an indicator from the list"));
        }
        String period = given(values, "period");
        if (!periods.contains(period)) {
            errors.add(error("period", "Choose a financial year from the list"));
        }
        String first = given(values, "by1");
        String second = given(values, "by2");
        if (!DIMENSIONS.containsKey(first)) {
            errors.add(error("by1", "Choose what to break the figures down by"));
        }
        if (!second.isEmpty() && !DIMENSIONS.containsKey(second)) {
            errors.add(error("by2", "Choose a second breakdown from the list, or none"));
        } else if (!second.isEmpty() && (second.equals(first) || PLACES.contains(first) && PLACES.contains(second))) {
            errors.add(error("by2", "Choose a second breakdown that is not a place and not the same as the first"));
        }
        List<String> filters = new ArrayList<>();
        for (String line : given(values, "filters").split("\\R")) {
            String filter = line.strip();
            if (filter.isEmpty()) {
                continue;
            }
            int colon = filter.indexOf(':');
            if (colon < 1 || colon == filter.length() - 1 || !DIMENSIONS.containsKey(filter.substring(0, colon).strip())) {
                errors.add(error("filters", "Write each filter as a breakdown and a value, like sex:Female"));
                break;
            }
            filters.add(filter.substring(0, colon).strip() + ":" + filter.substring(colon + 1).strip());
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        List<String> by = second.isEmpty() ? List.of(first) : List.of(first, second);
        return new Checked(new FigureRequest(indicator, period, by, filters), List.of());
    }

    /** outcomes-service's refusal, each field named as the form names it. */
    @SuppressWarnings("unchecked")
    static List<Map<String, String>> refused(OutcomesClient.Answer answer) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (answer.object().get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> error) {
                    String field = String.valueOf(((Map<String, Object>) error).get("field"));
                    String form = switch (field) {
                        case "by" -> "by1";
                        case "filter" -> "filters";
                        default -> field;
                    };
                    errors.add(error(form, field + " " + ((Map<String, Object>) error).get("message")));
                }
            }
        }
        if (errors.isEmpty()) {
            Object detail = answer.object().get("detail");
            errors.add(error("indicator", detail == null ? "The figures cannot be shown for this query"
                    : detail.toString()));
        }
        return errors;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static String given(MultiValueMap<String, String> values, String field) {
        String value = values.getFirst(field);
        return value == null ? "" : value.strip();
    }

    private static Map<String, String> dimensions() {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("england", "England");
        dimensions.put("region", "Region");
        dimensions.put("la", "Local authority");
        dimensions.put("route", "Route to permanence");
        dimensions.put("age_band", "Age band");
        dimensions.put("sex", "Sex");
        dimensions.put("ethnic_group", "Ethnic group");
        dimensions.put("disability", "Disability");
        dimensions.put("uasc", "Unaccompanied asylum-seeking");
        dimensions.put("kinship", "Kinship carers");
        return java.util.Collections.unmodifiableMap(dimensions);
    }
}
