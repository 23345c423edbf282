package org.permanenceplatform.outcomes.indicator.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.YEAR;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.child;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.cohort;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.count;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.journey;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.period;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.summary;

/** Indicator 15: cost like for like, beside disruption within 12 months. */
class CostIndicatorTest {

    private static final String PRIVATE = "England | U6 | 5 to 9 | PRIVATE | SPOT";

    @Test
    void medianWeeklyCostIsComparedWithinTypeAgeBandProviderAndPurchaseRoute() {
        // Three private U6 placements for 5-9 year olds: £900 (disrupted after 6 months), £1,100 (open), £1,000
        // (disrupted after 13 months: not within 12). One own-LA U6 at £500; one T0 stay with a cost, left out.
        Journey a = journey(child("840", "2015-06"), period("2024-06-01")
                .placement("2024-06-01", "2024-12-01", "U6", false, "PR4", "900", "DISRUPTION")
                .placement("2024-12-01", "2024-12-03", "T0", false, "PR4", "300", null)
                .placement("2024-12-03", null, "U6", false, "PR1", "500", null).build());
        Journey b = journey(child("840", "2016-01"), period("2024-07-01")
                .placement("2024-07-01", null, "U6", false, "PR4", "1100", null).build());
        Journey c = journey(child("840", "2015-01"), period("2024-08-01")
                .placement("2024-08-01", "2025-09-01", "U6", false, "PR4", "1000", "DISRUPTION").build());

        IndicatorTable table = new PlacementCostLikeForLike().compute(cohort("2026-04-01", a, b, c), YEAR,
                Dimension.ENGLAND);

        // Private: median of 900, 1000, 1100 is 1000; disrupted within 12 months: 1 of 3.
        assertThat(count(table.figure(PRIVATE, "placements"))).isEqualTo(3);
        assertThat(summary(table.figure(PRIVATE, "median_weekly_cost"))).isEqualByComparingTo("1000");
        assertThat(table.figure(PRIVATE, "disruption_share")).isEqualTo(new Figure.Share(1, 3));
        assertThat(summary(table.figure("England | U6 | 5 to 9 | OWN_LA | SPOT", "median_weekly_cost")))
                .isEqualByComparingTo("500");
        assertThat(table.rows()).hasSize(2);
    }
}
