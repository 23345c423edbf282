package org.permanenceplatform.outcomes.indicator.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an indicator means, machine-readable, as the catalogue serves it: its id, title, unit, numerator,
 * denominator (or population), method (including the percentile and rolling-mean rules), the measures it
 * publishes, and the threshold where one exists (days; judged on the 3-year rolling mean).
 */
public record IndicatorDefinition(String id, String title, String unit, String numerator, String denominator,
                                  String method, List<String> measures, Optional<Integer> threshold) {

    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        measures = List.copyOf(measures);
        Objects.requireNonNull(threshold, "threshold");
    }
}
