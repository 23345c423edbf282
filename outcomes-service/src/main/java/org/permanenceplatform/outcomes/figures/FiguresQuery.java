package org.permanenceplatform.outcomes.figures;

import org.permanenceplatform.kit.problem.FieldProblem;
import org.permanenceplatform.kit.problem.InvalidRequestException;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a figures request asks for, checked whole: every parameter at fault is named in one 400.
 *
 * @param dimensions one or two, at most one of them a place ({@code by=la,sex})
 * @param filters    only children with these values count ({@code filter=sex:FEMALE}); never a place
 */
public record FiguresQuery(Indicator indicator, FinancialYear period, List<Dimension> dimensions,
                           Map<Dimension, String> filters) {

    static final String BY_VALUES = Arrays.stream(Dimension.values())
            .map(FiguresQuery::written).collect(Collectors.joining(", "));

    public FiguresQuery {
        dimensions = List.copyOf(dimensions);
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    /** @throws InvalidRequestException naming each parameter at fault */
    public static FiguresQuery parse(IndicatorCatalogue catalogue, String indicator, String period, String by,
                                     List<String> filter) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Indicator> found = blank(indicator) ? Optional.empty() : catalogue.find(indicator.strip());
        if (found.isEmpty()) {
            problems.add(new FieldProblem("indicator", blank(indicator) ? "is required"
                    : "is not an indicator: see /api/outcomes/indicators for their ids"));
        }
        FinancialYear year = null;
        try {
            year = FinancialYear.parse(blank(period) ? "" : period);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("period", "must be a financial year written like 2024-25"));
        }
        List<Dimension> dimensions = dimensions(blank(by) ? "la" : by, problems);
        Map<Dimension, String> filters = filters(filter == null ? List.of() : filter, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new FiguresQuery(found.get(), year, dimensions, filters);
    }

    private static List<Dimension> dimensions(String by, List<FieldProblem> problems) {
        List<Dimension> dimensions = new ArrayList<>();
        for (String written : by.split(",", -1)) {
            Dimension dimension = dimension(written);
            if (dimension == null) {
                problems.add(new FieldProblem("by", "must be one or two of " + BY_VALUES + ", separated by a comma"));
                return List.of();
            }
            dimensions.add(dimension);
        }
        if (dimensions.size() > 2 || dimensions.stream().distinct().count() != dimensions.size()) {
            problems.add(new FieldProblem("by", "takes one or two different dimensions"));
        } else if (dimensions.stream().filter(Dimension::geographic).count() > 1) {
            problems.add(new FieldProblem("by", "takes at most one of england, region and la"));
        }
        return dimensions;
    }

    private static Map<Dimension, String> filters(List<String> filter, List<FieldProblem> problems) {
        Map<Dimension, String> filters = new LinkedHashMap<>();
        for (String written : filter) {
            String[] parts = written.split(":", 2);
            Dimension dimension = parts.length == 2 ? dimension(parts[0]) : null;
            if (dimension == null || dimension.geographic()) {
                problems.add(new FieldProblem("filter", "must be written dimension:value, the dimension one of "
                        + Arrays.stream(Dimension.values()).filter(known -> !known.geographic())
                        .map(FiguresQuery::written).collect(Collectors.joining(", "))
                        + " (a place is chosen by the view)"));
                continue;
            }
            Optional<String> value = dimension.knownValues().stream()
                    .filter(known -> known.equalsIgnoreCase(parts[1].strip())).findFirst();
            if (value.isEmpty()) {
                problems.add(new FieldProblem("filter", written(dimension) + " must be one of "
                        + String.join(", ", dimension.knownValues())));
            } else if (filters.put(dimension, value.get()) != null) {
                problems.add(new FieldProblem("filter", written(dimension) + " is filtered twice"));
            }
        }
        return filters;
    }

    private static Dimension dimension(String written) {
        try {
            return Dimension.valueOf(written.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String written(Dimension dimension) {
        return dimension.name().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
