package org.permanenceplatform.outcomes.indicator.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.YEAR;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.child;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.cohort;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.journey;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.period;

/** Indicators 16 and 17: where the children looked after on 31 March 2025 are placed. */
class PlacementShareIndicatorTest {

    @Test
    void placedTwentyMilesOrMoreReadsThePlacementOn31MarchAndLeavesUnknownBandsOut() {
        // D1 (840): outside the LA, 20 miles or more, since June: far.
        Journey d1 = journey(child("840", "2012-01"), period("2024-06-01")
                .placedAt("2024-06-01", null, "U6", "OUTSIDE_LA_20_MILES_OR_MORE").build());
        // D2 (840): a children's home inside the LA, under 20 miles: near.
        Journey d2 = journey(child("840", "2010-01"), period("2024-05-01")
                .placedAt("2024-05-01", null, "K2", "INSIDE_LA_UNDER_20_MILES").build());
        // D3 (841): far until 10 January, then near: the placement on 31 March is near.
        Journey d3 = journey(child("841", "2012-01"), period("2024-05-01")
                .placedAt("2024-05-01", "2025-01-10", "U6", "INSIDE_LA_20_MILES_OR_MORE")
                .placedAt("2025-01-10", null, "U4", "OUTSIDE_LA_UNDER_20_MILES").build());
        // D4 (841): far since September, in hospital (T1) over 31 March: a temporary stay is no placement, so far.
        Journey d4 = journey(child("841", "2012-01"), period("2024-09-01")
                .placedAt("2024-09-01", "2025-03-25", "U6", "INSIDE_LA_20_MILES_OR_MORE")
                .placedAt("2025-03-25", "2025-04-02", "T1", "UNKNOWN").build());
        // D5 (841): distance not known: out of both sides.
        Journey d5 = journey(child("841", "2012-01"), period("2024-09-01")
                .placedAt("2024-09-01", null, "U6", "UNKNOWN").build());
        // D6 (840): far, but left care on 1 February: not looked after on 31 March.
        Journey d6 = journey(child("840", "2012-01"), period("2024-09-01")
                .placedAt("2024-09-01", "2025-02-01", "U6", "OUTSIDE_LA_20_MILES_OR_MORE")
                .ended("2025-02-01", "E4A").build());
        Cohort cohort = cohort("2025-06-01", d1, d2, d3, d4, d5, d6);

        // England: denominator D1, D2, D3, D4 = 4; numerator D1, D4 = 2.
        assertThat(new PlacedFarFromHome().compute(cohort, YEAR, Dimension.ENGLAND).figure("England", "share"))
                .isEqualTo(new Figure.Share(2, 4));
        // By LA: 840 has D1 (far) and D2 (near); 841 has D3 (near) and D4 (far), D5 being left out.
        IndicatorTable byLa = new PlacedFarFromHome().compute(cohort, YEAR, Dimension.LA);
        assertThat(byLa.figure("840", "share")).isEqualTo(new Figure.Share(1, 2));
        assertThat(byLa.figure("841", "share")).isEqualTo(new Figure.Share(1, 2));
        assertThat(byLa.figure("841", "children")).isEqualTo(new Figure.Count(2));
    }

    @Test
    void aPlacementWithNoDistanceBandRecordedIsLeftOutLikeAnUnknownOne() {
        Journey far = journey(child("840", "2012-01"), period("2024-06-01")
                .placedAt("2024-06-01", null, "U6", "OUTSIDE_LA_20_MILES_OR_MORE").build());
        Journey unrecorded = journey(child("840", "2012-01"), period("2024-06-01")
                .placedAt("2024-06-01", null, "U6", null).build());

        assertThat(new PlacedFarFromHome().compute(cohort("2025-06-01", far, unrecorded), YEAR, Dimension.ENGLAND)
                .figure("England", "share")).isEqualTo(new Figure.Share(1, 1));
    }

    @Test
    void residentialCareCountsChildrensHomesResidentialSettingsAndSchoolsNotSupportedAccommodation() {
        // A: children's home (K2): residential.
        Journey a = journey(child("840", "2010-01"), period("2024-06-01").placed("2024-06-01", null, "K2").build());
        // B: long-term foster care (U4): not.
        Journey b = journey(child("840", "2012-01"), period("2024-06-01").placed("2024-06-01", null, "U4").build());
        // C: residential school (S1): residential.
        Journey c = journey(child("840", "2010-01"), period("2024-06-01").placed("2024-06-01", null, "S1").build());
        // D: registered supported accommodation (K3): not residential care.
        Journey d = journey(child("840", "2008-01"), period("2024-06-01").placed("2024-06-01", null, "K3").build());
        // E: a residential care home (R1) until 1 March, then foster care (U6): not, on 31 March.
        Journey e = journey(child("840", "2010-01"), period("2024-06-01").placed("2024-06-01", "2025-03-01", "R1")
                .placed("2025-03-01", null, "U6").build());
        // F: a young offender institution (R5) from 1 February, in hospital (T1) over 31 March: residential.
        Journey f = journey(child("840", "2008-01"), period("2025-02-01").placed("2025-02-01", "2025-03-30", "R5")
                .placed("2025-03-30", "2025-04-03", "T1").build());
        // G: on short breaks (V4) on 31 March: not looked after for this share.
        Journey g = journey(child("840", "2012-01"), period("2024-05-01").status("2024-05-01", "V4")
                .placed("2024-05-01", null, "K2").build());
        // H: in care since 30 March with no placement recorded yet: in the denominator only.
        Journey h = journey(child("840", "2012-01"), period("2025-03-30").build());

        IndicatorTable table = new ResidentialCare().compute(cohort("2025-06-01", a, b, c, d, e, f, g, h), YEAR,
                Dimension.ENGLAND);

        // Denominator: A, B, C, D, E, F, H = 7. Numerator: A, C, F = 3.
        assertThat(table.figure("England", "share")).isEqualTo(new Figure.Share(3, 7));
        assertThat(table.figure("England", "children")).isEqualTo(new Figure.Count(7));
    }
}
