package org.permanenceplatform.outcomes.indicator.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.outcomes.disclosure.domain.Figure;
import org.permanenceplatform.outcomes.disclosure.domain.Symbol;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.YEAR;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.child;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.cohort;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.count;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.journey;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.period;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.summary;

/** Indicators 1, 2, 5, 9 and 10 on hand-made journeys. */
class PermanenceIndicatorTest {

    // Q1: in care 1 Apr 2023, adopted 30 Sep 2024: 366 days to 1 Apr 2024 (29 Feb 2024), + 182 = 548 days.
    //     Support reports a breakdown on 1 Jun 2026: within 2 years of the order, not within 1.
    private static final Journey Q1 = new Journey(child("840", "2020-01"), List.of(period("2023-04-01")
            .placed("2023-04-01", "2024-09-30", "A6").ended("2024-09-30", "E11")
            .permanence(Route.ADOPTION, "2024-09-30", "ADOPTION_ORDER").build()), List.of(), List.of(),
            List.of(new Journey.Breakdown(Journeys.day("2026-06-01"), false)));
    // Q2: in care 1 Jan 2024, home on 1 Apr 2024 (the first day of 2024-25): 31 + 29 + 31 = 91 days. Back in care
    //     on 1 Apr 2025, exactly 12 months later: a re-entry within 12 months, and a breakdown within 1 year.
    private static final Journey Q2 = journey(child("841", "2015-01"), period("2024-01-01")
                    .ended("2024-04-01", "E4A").permanence(Route.RETURN_HOME, "2024-04-01", "CARE_ORDER_DISCHARGED")
                    .build(),
            period("2025-04-01").build());
    // Q3: in care 1 Jun 2024, long-term foster placement confirmed 15 Jan 2025: 214 + 14 = 228 days; still in care.
    private static final Journey Q3 = journey(child("840", "2014-01"), period("2024-06-01")
            .permanence(Route.LONG_TERM_FOSTERING, "2025-01-15", "LONG_TERM_FOSTER_PLACEMENT_CONFIRMED").build());
    // P1: in care 10 Apr 2024, SGO on 10 Apr 2025: exactly 12 months, so within; permanence in 2025-26.
    private static final Journey P1 = journey(child("840", "2019-01"), period("2024-04-10")
            .ended("2025-04-10", "E45").permanence(Route.SPECIAL_GUARDIANSHIP, "2025-04-10", "SPECIAL_GUARDIANSHIP_ORDER")
            .build());
    // P2: in care 1 May 2024, home 2 May 2025: 12 months and a day, so not within.
    private static final Journey P2 = journey(child("840", "2019-01"), period("2024-05-01")
            .ended("2025-05-02", "E4A").permanence(Route.RETURN_HOME, "2025-05-02", "CARE_ORDER_DISCHARGED").build());
    // P4: short breaks (V3) from 1 Jul 2024: never counted.
    private static final Journey P4 = journey(child("840", "2012-01"), period("2024-07-01")
            .status("2024-07-01", "V3").build());
    // P5: in care 1 Aug 2024, still there.
    private static final Journey P5 = journey(child("840", "2012-01"), period("2024-08-01").build());

    @Test
    void permanenceAchievedCountsEachPermanenceDatedInTheYearByRoute() {
        IndicatorTable table = new PermanenceAchieved().compute(cohort("2025-06-01", Q1, Q2, Q3, P1, P2, P4, P5),
                YEAR, Dimension.ROUTE);

        // Q1, Q2, Q3 fall in 2024-25; P1 (10 Apr 2025) and P2 (2 May 2025) in 2025-26.
        assertThat(table.rows().keySet()).containsExactly("ADOPTION", "LONG_TERM_FOSTERING", "RETURN_HOME");
        assertThat(table.rows().values()).allSatisfy(row -> assertThat(count(row.get("children"))).isEqualTo(1));
    }

    @Test
    void daysToPermanenceGivesMeanMedianAndNearestRankNinetiethPercentile() {
        IndicatorTable table = new DaysToPermanence().compute(cohort("2025-06-01", Q1, Q2, Q3), YEAR,
                Dimension.ENGLAND);

        // 91, 228, 548: mean 867 / 3 = 289; median 228; 90th percentile rank ceil(2.7) = 3: 548.
        assertThat(summary(table.figure("England", "mean_days"))).isEqualByComparingTo("289");
        assertThat(summary(table.figure("England", "median_days"))).isEqualByComparingTo("228");
        assertThat(summary(table.figure("England", "p90_days"))).isEqualByComparingTo("548");
    }

    @Test
    void permanenceWithin12MonthsIncludesExactlyTwelveMonthsAndWaitsForTheWholeCohort() {
        Cohort early = cohort("2026-03-30", P1, P2, Q3, P4, P5);
        Cohort complete = cohort("2026-03-31", P1, P2, Q3, P4, P5);

        // Entrants in 2024-25 not on short breaks: P1, P2, Q3, P5 = 4. Within 12 months: P1 (exactly), Q3 (long-term
        // fostering confirmed) = 2. Not P2 (a day late), not P5.
        IndicatorTable table = new PermanenceWithin12Months().compute(complete, YEAR, Dimension.ENGLAND);
        assertThat(table.figure("England", "share")).isEqualTo(new Figure.Share(2, 4));
        // The last entrant of 31 Mar 2025 reaches 12 months on 31 Mar 2026.
        assertThat(new PermanenceWithin12Months().compute(early, YEAR, Dimension.ENGLAND).figure("England", "share"))
                .isEqualTo(new Figure.Absent(Symbol.NOT_AVAILABLE));
    }

    @Test
    void breakdownRateFollowsEachOrderForOneTwoAndFiveYears() {
        IndicatorTable table = new BreakdownRate().compute(cohort("2027-06-01", Q1, Q2, Q3), YEAR, Dimension.ENGLAND);

        // Orders that ended care in 2024-25: Q1 and Q2 (Q3's confirmation is not an order). Q2 re-entered within a
        // year; Q1 broke down in year 2. Five years have not passed.
        assertThat(count(table.figure("England", "children"))).isEqualTo(2);
        assertThat(table.figure("England", "share_1_year")).isEqualTo(new Figure.Share(1, 2));
        assertThat(table.figure("England", "share_2_years")).isEqualTo(new Figure.Share(2, 2));
        assertThat(table.figure("England", "share_5_years")).isEqualTo(new Figure.Absent(Symbol.NOT_AVAILABLE));
    }

    @Test
    void reEntryWithin12MonthsCountsAReturnOnTheAnniversary() {
        IndicatorTable table = new ReEntry12Months().compute(cohort("2026-04-01", Q1, Q2, Q3), YEAR,
                Dimension.ROUTE);

        // Q1 (adoption) has not come back; Q2 (return home) came back on 1 Apr 2025, exactly 12 months.
        assertThat(table.figure("ADOPTION", "share")).isEqualTo(new Figure.Share(0, 1));
        assertThat(table.figure("RETURN_HOME", "share")).isEqualTo(new Figure.Share(1, 1));
    }
}
