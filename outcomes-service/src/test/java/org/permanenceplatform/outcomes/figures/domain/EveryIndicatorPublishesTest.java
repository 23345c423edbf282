package org.permanenceplatform.outcomes.figures.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.outcomes.disclosure.domain.Figure;
import org.permanenceplatform.outcomes.disclosure.domain.GeographyLevel;
import org.permanenceplatform.outcomes.disclosure.domain.PublishedCell;
import org.permanenceplatform.outcomes.disclosure.domain.PublishedCell.Treatment;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator, cut by every dimension, for an LA, a board and the national board, publishes from a generated
 * cohort: the wholes add up to their parts (the table would refuse otherwise), only the LA's own view has unsuppressed
 * cells and only its own, and every England or regional count that is shown is a multiple of 10.
 */
class EveryIndicatorPublishesTest {

    static final Cohort COHORT = GeneratedCohort.of(20261202L, 600);
    static final FinancialYear YEAR = FinancialYear.parse("2023-24");
    static final List<Scope> SCOPES = List.of(
            Scope.ownLa(Adoptions.DURHAM, Adoptions.ENGLAND),
            Scope.board(Adoptions.NORTH, List.of(Adoptions.DURHAM, Adoptions.DARLINGTON, Adoptions.GATESHEAD),
                    Adoptions.ENGLAND),
            Adoptions.national());

    @Test
    void everyIndicatorByEveryDimensionPublishesForEveryKindOfCaller() {
        int cells = 0;
        for (Indicator indicator : new IndicatorCatalogue(10).indicators()) {
            for (Dimension by : Dimension.values()) {
                for (Scope scope : SCOPES) {
                    FigureTable table = IndicatorFigures.publish(indicator, COHORT, YEAR, by, scope);
                    Set<String> counts = countMeasures(indicator);
                    for (FigureTable.Row row : table.rows()) {
                        for (var cell : row.cells().entrySet()) {
                            cells++;
                            check(indicator, by, scope, row, cell.getValue(), counts.contains(cell.getKey()));
                        }
                    }
                }
            }
        }
        assertThat(cells).as("cells published").isGreaterThan(5_000);
    }

    /** The measures the indicator gives as counts (children, pupils, moves...): those England rounds to tens. */
    private static Set<String> countMeasures(Indicator indicator) {
        Set<String> counts = new HashSet<>();
        indicator.compute(COHORT, YEAR, Dimension.ENGLAND).rows().values().forEach(figures -> figures.forEach(
                (measure, figure) -> {
                    if (figure instanceof Figure.Count) {
                        counts.add(measure);
                    }
                }));
        return counts;
    }

    private static void check(Indicator indicator, Dimension by, Scope scope, FigureTable.Row row,
                              PublishedCell cell, boolean countColumn) {
        String where = indicator.definition().id() + " by " + by + " for " + scope.kind() + " at "
                + row.area().name() + " " + row.category();
        if (cell.treatment() == Treatment.OWN_LA_UNSUPPRESSED) {
            assertThat(scope.kind()).as(where).isEqualTo(Scope.Kind.OWN_LA);
            assertThat(row.area()).as(where).isEqualTo(scope.home());
        }
        Set<GeographyLevel> rounded = Set.of(GeographyLevel.ENGLAND, GeographyLevel.REGION);
        if (rounded.contains(row.area().geography().level()) && countColumn && cell.text().matches("\\d+")) {
            assertThat(Long.parseLong(cell.text()) % 10).as(where).isZero();
        }
    }
}
