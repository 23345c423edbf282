package org.permanenceplatform.gateway.web.outcomes;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the pages ask outcomes-service for: one indicator for one financial year, cut by one or two dimensions, with
 * filters ({@code dimension:value}). The same parameters go to the figures and to the exports, so a download holds
 * exactly what the page showed. A second dimension and filters are sent only when asked for.
 */
record FigureRequest(String indicator, String period, List<String> by, List<String> filters) {

    FigureRequest {
        by = List.copyOf(by);
        filters = List.copyOf(filters);
    }

    static FigureRequest of(String indicator, String period, String by) {
        return new FigureRequest(indicator, period, List.of(by), List.of());
    }

    FigureRequest forPeriod(String otherPeriod) {
        return new FigureRequest(indicator, otherPeriod, by, filters);
    }

    MultiValueMap<String, String> parameters() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        parameters.add("indicator", indicator);
        parameters.add("period", period);
        parameters.add("by", String.join(",", by));
        filters.forEach(filter -> parameters.add("filter", filter));
        return parameters;
    }

    /** The query string of an export of these figures ({@code period=...&by=...}), encoded. */
    String exportQuery() {
        MultiValueMap<String, String> parameters = parameters();
        parameters.remove("indicator");
        return parameters.entrySet().stream().flatMap(entry -> entry.getValue().stream()
                        .map(value -> entry.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
