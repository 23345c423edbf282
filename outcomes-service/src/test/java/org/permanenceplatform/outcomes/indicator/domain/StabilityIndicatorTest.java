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

/** Indicators 6, 7 and 8: placements, stability and moves, with their boundary days. */
class StabilityIndicatorTest {

    @Test
    void threeOrMorePlacementsCountsCarerChangesNotTemporaryStaysOrSameCarers() {
        // S1: open on 1 Apr (1), new carers 1 Jun (2), new carers 1 Sep (3): three placements.
        Journey s1 = journey(child("840", "2012-01"), period("2023-01-01").placed("2023-01-01", "2024-06-01", "U6")
                .placed("2024-06-01", "2024-09-01", "U6").placed("2024-09-01", null, "R1").build());
        // S2: open on 1 May (1), hospital (T1, no), back with the same carers (no), new carers 1 Oct (2): two.
        Journey s2 = journey(child("840", "2012-01"), period("2024-05-01").placed("2024-05-01", "2024-07-01", "U6")
                .placed("2024-07-01", "2024-07-05", "T1").sameCarers("2024-07-05", "2024-10-01", "U6")
                .placed("2024-10-01", null, "U4").build());
        // S3: left care on 31 March 2025, so not looked after on 31 March.
        Journey s3 = journey(child("840", "2012-01"), period("2024-05-01").placed("2024-05-01", "2024-06-01", "U6")
                .placed("2024-06-01", "2024-07-01", "U6").placed("2024-07-01", "2025-03-31", "U6")
                .ended("2025-03-31", "E4A").build());
        // S4: on short breaks (V4) on 31 March.
        Journey s4 = journey(child("840", "2012-01"), period("2024-05-01").status("2024-05-01", "V4").build());
        // S5: a placement that ended on 1 April was not open on 1 April: two placements, not three.
        Journey s5 = journey(child("840", "2012-01"), period("2023-05-01").placed("2023-05-01", "2024-04-01", "U6")
                .placed("2024-04-01", "2024-10-01", "U6").placed("2024-10-01", null, "U6").build());

        IndicatorTable table = new PlacementMoves3Plus().compute(cohort("2025-06-01", s1, s2, s3, s4, s5), YEAR,
                Dimension.ENGLAND);

        // Denominator: S1, S2, S5. Numerator: S1.
        assertThat(table.figure("England", "share")).isEqualTo(new Figure.Share(1, 3));
    }

    @Test
    void longTermStabilityJudgesTwoAndAHalfYearsInCareTwoYearsWithCarersAndAgeOn31March() {
        // L1: 15 on 31 Mar 2025; in care exactly 2.5 years (30 Sep 2022); with these carers exactly 2 years.
        Journey l1 = journey(child("840", "2010-01"), period("2022-09-30").placed("2022-09-30", "2023-03-31", "U4")
                .placed("2023-03-31", null, "U4").build());
        // L2: born March 2009, taken as 1 Mar 2009: 16 on 1 Mar 2025, so 16 on 31 March: left out.
        Journey l2 = journey(child("840", "2009-03"), period("2015-01-01").placed("2015-01-01", null, "U4").build());
        // L3: born April 2009: 15 on 31 March. A new episode with the same carers in 2023 does not restart the clock.
        Journey l3 = journey(child("840", "2009-04"), period("2020-01-01").placed("2020-01-01", "2023-06-01", "U4")
                .sameCarers("2023-06-01", null, "U4").build());
        // L4: new carers on 1 Apr 2023: two years less a day.
        Journey l4 = journey(child("840", "2012-01"), period("2021-01-01").placed("2021-01-01", "2023-04-01", "U6")
                .placed("2023-04-01", null, "U6").build());
        // L5: in care from 1 Oct 2022: a day short of 2.5 years, left out.
        Journey l5 = journey(child("840", "2012-01"), period("2022-10-01").placed("2022-10-01", null, "U6").build());

        IndicatorTable table = new LongTermStability().compute(cohort("2025-06-01", l1, l2, l3, l4, l5), YEAR,
                Dimension.ENGLAND);

        // Denominator L1, L3, L4; numerator L1, L3.
        assertThat(table.figure("England", "share")).isEqualTo(new Figure.Share(2, 3));
    }

    @Test
    void movesPer1000DaysStopsAtTheEighteenthBirthdayAndSkipsShortStays() {
        // M1: in care all year (1 Apr 2024 to 1 Apr 2025: 365 days). New carers 1 Jun (move 1); a T4 stay and a
        //     return to the same carers (no moves); new carers 1 Oct (move 2).
        Journey m1 = journey(child("840", "2010-01"), period("2024-04-01").placed("2024-04-01", "2024-06-01", "U6")
                .placed("2024-06-01", "2024-07-01", "U6").placed("2024-07-01", "2024-07-03", "T4")
                .sameCarers("2024-07-03", "2024-10-01", "U6").placed("2024-10-01", null, "U4").build());
        // M2: 6 days in care: under 8, left out.
        Journey m2 = journey(child("840", "2010-01"), period("2024-05-01").placed("2024-05-01", "2024-05-07", "U6")
                .ended("2024-05-07", "E4A").build());
        // M3: born January 2007, 18 on 1 Jan 2025: 1 Dec 2024 -> 1 Jan 2025 = 31 days; the move in Feb is after 18.
        Journey m3 = journey(child("840", "2007-01"), period("2024-12-01").placed("2024-12-01", "2025-02-01", "U6")
                .placed("2025-02-01", null, "R1").build());
        // M4: exactly 8 days (1 Jun to 9 Jun): counted, no moves.
        Journey m4 = journey(child("840", "2010-01"), period("2024-06-01").placed("2024-06-01", "2024-06-09", "U6")
                .ended("2024-06-09", "E4A").build());

        IndicatorTable table = new MovesPer1000Days().compute(cohort("2025-06-01", m1, m2, m3, m4), YEAR,
                Dimension.ENGLAND);

        // 2 moves over 365 + 31 + 8 = 404 days, 3 children: 4.95 per 1,000 days.
        assertThat(table.figure("England", "moves_per_1000_days")).isEqualTo(new Figure.Rate(2, 404, 1000, 3, 2));
        assertThat(count(table.figure("England", "children"))).isEqualTo(3);
    }
}
