package org.permanenceplatform.outcomes.figures.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.outcomes.disclosure.domain.DisclosureControl;
import org.permanenceplatform.outcomes.disclosure.domain.Margin;
import org.permanenceplatform.outcomes.disclosure.domain.Position;
import org.permanenceplatform.outcomes.disclosure.domain.PublishedCell;
import org.permanenceplatform.outcomes.disclosure.domain.PublishedTable;
import org.permanenceplatform.outcomes.disclosure.domain.StatisticsTable;
import org.permanenceplatform.outcomes.disclosure.domain.SubtractionAttacker;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator by two dimensions (route among them, which education's groups already name), with their margins,
 * from many small generated cohorts and for every kind of caller:
 * each margin is published with its parts and adds up (the table would refuse otherwise), no margin has exactly
 * one hidden cell, and an attacker subtracting along every margin, place and category alike, works out no hidden
 * cell.
 */
class TwoWayDisclosureTest {

    static final FinancialYear YEAR = FinancialYear.parse("2023-24");
    static final List<List<Dimension>> PAIRS = List.of(List.of(Dimension.SEX, Dimension.ROUTE),
            List.of(Dimension.LA, Dimension.AGE_BAND), List.of(Dimension.DISABILITY, Dimension.KINSHIP),
            List.of(Dimension.REGION, Dimension.SEX), List.of(Dimension.ROUTE, Dimension.UASC));
    static final List<Indicator> INDICATORS = new IndicatorCatalogue(10).indicators();

    @Test
    void noHiddenCellOfATwoWayTableCanBeWorkedOutFromItsMargins() {
        int categoryMargins = 0;
        int secondary = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Cohort cohort = GeneratedCohort.of(seed, 120);
            for (Indicator indicator : INDICATORS) {
                PartialFigures partial = PartialFigures.of(indicator, cohort, YEAR);
                for (List<Dimension> pair : PAIRS) {
                    for (Scope scope : EveryIndicatorPublishesTest.SCOPES) {
                        IndicatorFigures.Layout layout = CrossFigures.layout(partial, YEAR, pair, Map.of(), scope);
                        if (layout.computed().values().stream().allMatch(table -> table.rows().isEmpty())) {
                            continue;
                        }
                        StatisticsTable table = IndicatorFigures.statistics(layout, scope);
                        PublishedTable published = DisclosureControl.publish(table, scope.viewer());
                        String context = indicator.definition().id() + " by " + pair + " for " + scope.kind()
                                + " seed " + seed;
                        check(table, published, scope, context);
                        categoryMargins += (int) table.margins().stream()
                                .filter(margin -> margin.total().row().contains(PartialFigures.TOTAL)).count();
                        secondary += (int) published.cells().stream().filter(cell ->
                                cell.treatment() == PublishedCell.Treatment.SECONDARY_SUPPRESSION).count();
                    }
                }
            }
        }
        assertThat(categoryMargins).as("margins along a category").isGreaterThan(1_000);
        assertThat(secondary).as("secondary suppressions made").isGreaterThan(100);
    }

    private static void check(StatisticsTable table, PublishedTable published, Scope scope, String context) {
        Map<Position, Long> recovered = SubtractionAttacker.recover(table, published);
        recovered.keySet().removeIf(cell -> scope.viewer().owns(table.geography(cell.row())));
        assertThat(recovered).as(context).isEmpty();
        for (Margin margin : table.margins()) {
            long hidden = margin.cells().stream().filter(cell -> published.cell(cell).suppressed()).count();
            assertThat(hidden).as(context + ": hidden cells along " + margin).isNotEqualTo(1L);
        }
    }
}
