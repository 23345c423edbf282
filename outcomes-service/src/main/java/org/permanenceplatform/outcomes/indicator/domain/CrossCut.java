package org.permanenceplatform.outcomes.indicator.domain;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One or two dimensions cut at once: a row per combination of their values, written in the dimensions' order
 * joined by {@code " | "} ({@code "FEMALE | ADOPTION"}). A single dimension writes its value alone, as it always has.
 */
public record CrossCut(List<Dimension> dimensions) implements Cut {

    public static final String SEPARATOR = " | ";

    public CrossCut {
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty() || dimensions.stream().distinct().count() != dimensions.size()) {
            throw new IllegalArgumentException("a cut needs distinct dimensions");
        }
    }

    public static CrossCut of(Dimension... dimensions) {
        return new CrossCut(List.of(dimensions));
    }

    @Override
    public String valueOf(Subject subject) {
        return row(dimension -> dimension.valueOf(subject));
    }

    @Override
    public String within(String group, Subject subject) {
        return within(group, dimension -> dimension.valueOf(subject));
    }

    /** The row for a subject whose value in each dimension is {@code label}. */
    public String row(Function<Dimension, String> label) {
        if (dimensions.size() == 1) {
            return label.apply(dimensions.get(0)); // every cell of every figures request comes here: kept plain
        }
        StringBuilder row = new StringBuilder(label.apply(dimensions.get(0)));
        for (int i = 1; i < dimensions.size(); i++) {
            row.append(SEPARATOR).append(label.apply(dimensions.get(i)));
        }
        return row.toString();
    }

    /** The row within a group named by the route; the route, which the group says, is left out. */
    public String within(String group, Function<Dimension, String> label) {
        List<Dimension> rest = dimensions.stream().filter(dimension -> dimension != Dimension.ROUTE).toList();
        return rest.isEmpty() ? group
                : group + SEPARATOR + rest.stream().map(label).collect(Collectors.joining(SEPARATOR));
    }
}
