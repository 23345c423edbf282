package org.permanenceplatform.outcomes.figures.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.outcomes.disclosure.domain.Figure;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.CrossCut;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorTable;
import org.permanenceplatform.outcomes.indicator.domain.Journey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-aggregated figures equal a brute-force computation: over a generated cohort of 10,000 journeys, every
 * indicator for two years, by every dimension, for England, a region and one LA, the merged tallies give exactly
 * the raw (pre-disclosure) figures the indicator computes from the journeys, medians and 90th percentiles included;
 * and so they still do after children are taken out and put in one by one, as their journeys change.
 */
class PreAggregatedFiguresTest {

    static final Cohort COHORT = GeneratedCohort.of(20261203L, 10_000);
    static final List<FinancialYear> YEARS = List.of(FinancialYear.parse("2022-23"), FinancialYear.parse("2023-24"));
    static final List<Area> AREAS = List.of(Adoptions.ENGLAND, Adoptions.NORTH, Adoptions.CAMDEN);
    static final List<Indicator> INDICATORS = new IndicatorCatalogue(10).indicators();
    static final CrossCut ROUTE_BY_SEX = CrossCut.of(Dimension.ROUTE, Dimension.SEX);
    static final Map<Dimension, String> GIRLS = Map.of(Dimension.SEX, "FEMALE");

    @Test
    void everyIndicatorByEveryDimensionEqualsTheBruteForceComputation() {
        int summariesOfMany = 0;
        for (Indicator indicator : INDICATORS) {
            for (FinancialYear year : YEARS) {
                PartialFigures partial = PartialFigures.of(indicator, COHORT, year);
                for (Dimension by : Dimension.values()) {
                    for (Area area : AREAS) {
                        summariesOfMany += same(indicator.compute(cohortOf(area, COHORT.journeys()), year, by),
                                partial.rows(area.las(), CrossCut.of(by), Set.of(), Map.of()).table(),
                                indicator.definition().id() + " " + year + " by " + by + " for " + area.name());
                    }
                }
            }
        }
        assertThat(summariesOfMany).as("means, medians and 90th percentiles of more than 2 values compared")
                .isGreaterThan(1_000);
    }

    @Test
    void childrenTakenOutAndPutBackLeaveTheFiguresEqualToAFreshComputation() {
        List<Journey> all = COHORT.journeys().subList(0, 3_000);
        List<Journey> first = all.subList(0, 2_000);
        List<Journey> later = all.subList(2_000, 3_000);
        List<Journey> leaving = all.subList(500, 1_000);
        FinancialYear year = YEARS.get(1);
        for (Indicator indicator : INDICATORS) {
            PartialFigures partial = PartialFigures.of(indicator, new Cohort(first, COHORT.asOf()), year);
            later.forEach(journey -> partial.add(new Cohort(List.of(journey), COHORT.asOf()), 1));
            leaving.forEach(journey -> partial.add(new Cohort(List.of(journey), COHORT.asOf()), -1));
            List<Journey> now = new ArrayList<>(all);
            now.removeAll(leaving);
            for (Dimension by : List.of(Dimension.ENGLAND, Dimension.ROUTE, Dimension.AGE_BAND)) {
                same(indicator.compute(new Cohort(now, COHORT.asOf()), year, by),
                        partial.rows(Adoptions.ENGLAND.las(), CrossCut.of(by), Set.of(), Map.of()).table(),
                        indicator.definition().id() + " by " + by + " after changes");
            }
        }
    }

    /**
     * Figures are kept between requests (ADR 015): a change must drop what it touched and nothing else. Read every
     * area first, then after each child changes (one by one, in one LA or another), every area's figures still equal
     * a fresh computation: the changed LA's, the areas that take it in, and the untouched ones read from what was kept.
     * Two-way readings (route by sex, with either or both totalled) and a filtered one are compared with figures built
     * afresh from the same journeys, since a change marks stale only the rows its child falls in.
     */
    @Test
    void figuresReadBetweenChangesFollowEachChange() {
        List<Journey> first = COHORT.journeys().subList(0, 2_000);
        List<Journey> changing = COHORT.journeys().subList(2_000, 2_040);
        FinancialYear year = YEARS.get(1);
        for (Indicator indicator : INDICATORS) {
            PartialFigures partial = PartialFigures.of(indicator, new Cohort(first, COHORT.asOf()), year);
            List<Journey> now = new ArrayList<>(first);
            readEveryAreaAsComputed(indicator, partial, now, year, "before any change");
            for (Journey journey : changing) {
                partial.add(new Cohort(List.of(journey), COHORT.asOf()), 1);
                now.add(journey);
                readEveryAreaAsComputed(indicator, partial, now, year, "after a child of " + journey.child().la()
                        + " came in");
            }
            for (Journey journey : changing.subList(0, 20)) {
                partial.add(new Cohort(List.of(journey), COHORT.asOf()), -1);
                now.remove(journey);
                readEveryAreaAsComputed(indicator, partial, now, year, "after a child of " + journey.child().la()
                        + " went");
            }
        }
    }

    private static void readEveryAreaAsComputed(Indicator indicator, PartialFigures partial, List<Journey> journeys,
                                                FinancialYear year, String when) {
        Cohort cohort = new Cohort(journeys, COHORT.asOf());
        for (Area area : List.of(Adoptions.ENGLAND, Adoptions.NORTH, Adoptions.LONDON, Adoptions.CAMDEN,
                Adoptions.DURHAM)) {
            same(indicator.compute(new Cohort(cohort.journeys().stream()
                            .filter(journey -> area.las().contains(journey.child().la())).toList(), cohort.asOf()),
                            year, Dimension.ROUTE),
                    partial.rows(area.las(), CrossCut.of(Dimension.ROUTE), Set.of(), Map.of()).table(),
                    indicator.definition().id() + " for " + area.name() + " " + when);
        }
        PartialFigures fresh = PartialFigures.of(indicator, cohort, year);
        for (Area area : List.of(Adoptions.ENGLAND, Adoptions.NORTH, Adoptions.DURHAM)) {
            for (Set<Dimension> totalled : List.of(Set.<Dimension>of(), Set.of(Dimension.SEX),
                    Set.of(Dimension.ROUTE, Dimension.SEX))) {
                same(fresh.rows(area.las(), ROUTE_BY_SEX, totalled, Map.of()).table(),
                        partial.rows(area.las(), ROUTE_BY_SEX, totalled, Map.of()).table(),
                        indicator.definition().id() + " by route and sex, " + totalled + " totalled, for "
                                + area.name() + " " + when);
            }
            same(fresh.rows(area.las(), CrossCut.of(Dimension.ROUTE), Set.of(), GIRLS).table(),
                    partial.rows(area.las(), CrossCut.of(Dimension.ROUTE), Set.of(), GIRLS).table(),
                    indicator.definition().id() + " by route, girls only, for " + area.name() + " " + when);
        }
    }

    private static Cohort cohortOf(Area area, List<Journey> journeys) {
        return new Cohort(journeys.stream().filter(journey -> area.las().contains(journey.child().la())).toList(),
                COHORT.asOf());
    }

    /** Asserts the two tables give the same figures row by row; returns how many summaries of 3 or more it saw. */
    private static int same(IndicatorTable direct, IndicatorTable merged, String what) {
        assertThat(merged.measures()).as(what).isEqualTo(direct.measures());
        assertThat(merged.rows().keySet()).as(what).isEqualTo(direct.rows().keySet());
        int summaries = 0;
        for (var row : direct.rows().entrySet()) {
            Map<String, Object> expected = new LinkedHashMap<>();
            Map<String, Object> actual = new LinkedHashMap<>();
            row.getValue().forEach((measure, figure) -> expected.put(measure, comparable(figure)));
            merged.rows().get(row.getKey()).forEach((measure, figure) -> actual.put(measure, comparable(figure)));
            assertThat(actual).as(what + " row " + row.getKey()).isEqualTo(expected);
            summaries += (int) row.getValue().values().stream()
                    .filter(figure -> figure instanceof Figure.Summary summary && summary.children() > 2).count();
        }
        return summaries;
    }

    /** A summary's value compared as a number (12 and 12.0 are the same days). */
    private static Object comparable(Figure figure) {
        if (figure instanceof Figure.Summary summary && summary.value() != null) {
            return new Figure.Summary(summary.value().stripTrailingZeros(), summary.children(), summary.decimals());
        }
        return figure;
    }
}
