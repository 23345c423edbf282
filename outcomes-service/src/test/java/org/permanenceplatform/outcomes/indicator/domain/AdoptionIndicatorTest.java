package org.permanenceplatform.outcomes.indicator.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.YEAR;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.child;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.cohort;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.count;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.journey;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.period;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.summary;

/** A10 and A2 on four adopted children, two of them in 2024-25. */
class AdoptionIndicatorTest {

    // A: in care 1 Jan 2023, fostered, moved in with new adopters (A6) 1 Mar 2024, adopted 15 Jun 2024 (2024-25).
    //    A10: 1 Jan 2023 -> 1 Mar 2024 = 365 + 31 + 29 (2024 is a leap year) = 425 days.
    //    A2: placement order 1 Jun 2023 -> match decision 1 Oct 2023 = 30 + 31 + 31 + 30 = 122 days.
    private static final Journey A = journey(child("840", "2021-05"), period("2023-01-01")
            .placed("2023-01-01", "2024-03-01", "U6").status("2023-06-01", "E1").matchDecision("2023-10-01")
            .placed("2024-03-01", "2024-06-15", "A6").ended("2024-06-15", "E11").build());

    // B: the foster carers adopt. In care 1 May 2022 (U6), with carers Y from 1 Sep 2022 (U4), a week's respite (T3)
    //    in July 2023 that changes nothing, placed for adoption with Y (A5) 10 Jan 2024, adopted 1 Oct 2024.
    //    A10 stops when the child began living with Y: 1 May -> 1 Sep 2022 = 31 + 30 + 31 + 31 = 123 days.
    //    A2: match decision 5 Jan 2024 came before the placement order of 1 Feb 2024: 0 days.
    private static final Journey B = journey(child("840", "2020-02"), period("2022-05-01")
            .placed("2022-05-01", "2022-09-01", "U6").placed("2022-09-01", "2023-07-01", "U4")
            .placed("2023-07-01", "2023-07-08", "T3").sameCarers("2023-07-08", "2024-01-10", "U4")
            .matchDecision("2024-01-05").status("2024-02-01", "E1")
            .sameCarers("2024-01-10", "2024-10-01", "A5").ended("2024-10-01", "E12").build());

    // C: adopted in 2022-23, inside the 3-year window: 1 Jan 2021 -> 1 Jan 2022 (A4) = 365 days. Consent (no E1):
    //    not in A2.
    private static final Journey C = journey(child("840", "2019-01"), period("2021-01-01")
            .placed("2021-01-01", "2022-01-01", "U6").placed("2022-01-01", "2022-06-01", "A4")
            .ended("2022-06-01", "E11").build());

    // D: adopted in 2021-22, outside the window.
    private static final Journey D = journey(child("840", "2018-01"), period("2020-01-01")
            .placed("2020-01-01", "2020-06-01", "A4").ended("2021-06-01", "E11").build());

    private static final Cohort COHORT = cohort("2025-06-01", A, B, C, D);

    @Test
    void a10IsTheMeanOfTheYearAndOfThreeYearsPooledStoppingAtTheFosterCarersStart() {
        IndicatorTable table = new AdoptionA10().compute(COHORT, YEAR, Dimension.ENGLAND);

        // Year: (425 + 123) / 2 = 274. Three years: (425 + 123 + 365) / 3 = 304.33.
        assertThat(count(table.figure("England", "children"))).isEqualTo(2);
        assertThat(summary(table.figure("England", "mean_days"))).isEqualByComparingTo("274");
        assertThat(count(table.figure("England", "children_3_year"))).isEqualTo(3);
        assertThat(summary(table.figure("England", "mean_days_3_year")).setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("304.33");
        assertThat(new AdoptionA10().definition().threshold()).isEqualTo(Optional.of(426));
    }

    @Test
    void a2CountsAMatchBeforeTheOrderAsZeroAndLeavesOutChildrenWithoutAnOrder() {
        IndicatorTable table = new AdoptionA2().compute(COHORT, YEAR, Dimension.ENGLAND);

        // Year: (122 + 0) / 2 = 61. Three years: C had consent, not an order, so the same two children.
        assertThat(summary(table.figure("England", "mean_days"))).isEqualByComparingTo("61");
        assertThat(count(table.figure("England", "children_3_year"))).isEqualTo(2);
        assertThat(summary(table.figure("England", "mean_days_3_year"))).isEqualByComparingTo(BigDecimal.valueOf(61));
        assertThat(new AdoptionA2().definition().threshold()).isEqualTo(Optional.of(121));
    }

    @Test
    void a2LeavesOutAChildNotPlacedBeforeTheOrder() {
        // E: order 1 May 2023, match 1 Jun 2023, but no adoption placement before the order of 1 Sep 2024.
        Journey notPlaced = journey(child("840", "2021-01"), period("2023-01-01").placed("2023-01-01", null, "U4")
                .status("2023-05-01", "E1").matchDecision("2023-06-01").ended("2024-09-01", "E11").build());

        IndicatorTable table = new AdoptionA2().compute(cohort("2025-06-01", A, notPlaced), YEAR, Dimension.ENGLAND);

        assertThat(count(table.figure("England", "children"))).isEqualTo(1);
        assertThat(summary(table.figure("England", "mean_days"))).isEqualByComparingTo("122");
    }
}
