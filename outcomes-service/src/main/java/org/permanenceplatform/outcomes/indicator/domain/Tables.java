package org.permanenceplatform.outcomes.indicator.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;
import org.permanenceplatform.outcomes.disclosure.domain.Symbol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** The shapes most indicators share: a count, a share, or days summarised, per value of the cut. */
final class Tables {

    static final String CHILDREN = "children";
    static final String SHARE = "share";
    static final List<String> DAYS = List.of(CHILDREN, "mean_days", "median_days", "p90_days");

    private Tables() {
    }

    static <T> Map<String, List<T>> byCut(List<T> items, Function<T, Subject> subject, Cut cut) {
        return items.stream().collect(Collectors.groupingBy(item -> cut.valueOf(subject.apply(item)), TreeMap::new,
                Collectors.toList()));
    }

    static IndicatorTable counts(IndicatorDefinition definition, FinancialYear year, Cut cut,
                                 List<Subject> subjects) {
        Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();
        byCut(subjects, Function.identity(), cut).forEach((row, members) ->
                rows.put(row, Map.of(CHILDREN, new Figure.Count(members.size()))));
        return new IndicatorTable(definition.id(), year, cut, List.of(CHILDREN), rows);
    }

    /** The share of the population in the numerator; {@code x} for the share while the follow-up is incomplete. */
    static IndicatorTable shares(IndicatorDefinition definition, FinancialYear year, Cut cut,
                                 List<Subject> population, Predicate<Subject> numerator, boolean available) {
        Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();
        byCut(population, Function.identity(), cut).forEach((row, members) -> rows.put(row, Map.of(
                CHILDREN, new Figure.Count(members.size()),
                SHARE, share(members, numerator, available))));
        return new IndicatorTable(definition.id(), year, cut, List.of(CHILDREN, SHARE), rows);
    }

    static <T> Figure share(List<T> members, Predicate<T> numerator, boolean available) {
        return available ? new Figure.Share(members.stream().filter(numerator).count(), members.size())
                : new Figure.Absent(Symbol.NOT_AVAILABLE);
    }

    /** Mean, median and 90th percentile of days, with the number of children they come from. */
    static IndicatorTable days(IndicatorDefinition definition, FinancialYear year, Cut cut,
                               List<Subject> subjects, ToLongFunction<Subject> days) {
        Map<String, Map<String, Figure>> rows = new LinkedHashMap<>();
        byCut(subjects, Function.identity(), cut).forEach((row, members) -> rows.put(row, daysOf(
                members.stream().map(days::applyAsLong).toList())));
        return new IndicatorTable(definition.id(), year, cut, DAYS, rows);
    }

    static Map<String, Figure> daysOf(List<Long> days) {
        return Map.of(CHILDREN, new Figure.Count(days.size()),
                "mean_days", Statistics.mean(days, 0),
                "median_days", Statistics.median(days, 0),
                "p90_days", Statistics.percentile(days, 90, 0));
    }

    static IndicatorDefinition definition(String id, String title, String unit, String numerator,
                                          String denominator, String method, List<String> measures) {
        return new IndicatorDefinition(id, title, unit, numerator, denominator, method, measures,
                java.util.Optional.empty());
    }
}
