package org.permanenceplatform.outcomes.figures;

import org.permanenceplatform.kit.problem.FieldProblem;
import org.permanenceplatform.kit.problem.InvalidRequestException;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a figures request asks for, checked whole: every parameter at fault is named in one 400. */
public record FiguresQuery(Indicator indicator, FinancialYear period, Dimension by) {

    static final String BY_VALUES = Arrays.stream(Dimension.values())
            .map(dimension -> dimension.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    /** @throws InvalidRequestException naming each parameter at fault */
    public static FiguresQuery parse(IndicatorCatalogue catalogue, String indicator, String period, String by) {
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
        Dimension dimension = dimension(blank(by) ? "la" : by);
        if (dimension == null) {
            problems.add(new FieldProblem("by", "must be one of " + BY_VALUES));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new FiguresQuery(found.get(), year, dimension);
    }

    private static Dimension dimension(String written) {
        try {
            return Dimension.valueOf(written.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
