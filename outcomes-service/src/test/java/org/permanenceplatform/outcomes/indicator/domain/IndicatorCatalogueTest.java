package org.permanenceplatform.outcomes.indicator.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue the definitions endpoint will serve: the 15 of DOMAIN.md, each fully described. */
class IndicatorCatalogueTest {

    @Test
    void theCatalogueHoldsTheFifteenIndicatorsInDomainOrder() {
        List<IndicatorDefinition> definitions = new IndicatorCatalogue(20).definitions();

        assertThat(definitions).extracting(IndicatorDefinition::id).containsExactly("permanence_achieved",
                "days_to_permanence", "adoption_a10", "adoption_a2", "permanence_within_12_months",
                "placement_moves_3plus", "long_term_stability", "moves_per_1000_days", "breakdown_rate",
                "re_entry_12_months", "support_timeliness", "education", "waiting_with_placement_order",
                "staying_put_18", "placement_cost_like_for_like", "placed_20_miles_or_more",
                "residential_care");
        assertThat(definitions).allSatisfy(definition -> {
            assertThat(definition.title()).isNotBlank();
            assertThat(definition.unit()).isNotBlank();
            assertThat(definition.numerator()).isNotBlank();
            assertThat(definition.denominator()).isNotBlank();
            assertThat(definition.method()).isNotBlank();
            assertThat(definition.measures()).isNotEmpty();
        });
        assertThat(definitions).filteredOn(definition -> definition.threshold().isPresent())
                .extracting(IndicatorDefinition::threshold).containsExactly(Optional.of(426), Optional.of(121));
    }

    @Test
    void everyIndicatorComputesOverAnEmptyCohortWithoutRows() {
        Cohort nobody = new Cohort(List.of(), Journeys.day("2030-01-01"));
        for (Indicator indicator : new IndicatorCatalogue(20).indicators()) {
            assertThat(indicator.compute(nobody, Journeys.YEAR, Dimension.LA).rows())
                    .as(indicator.definition().id()).isEmpty();
        }
    }
}
