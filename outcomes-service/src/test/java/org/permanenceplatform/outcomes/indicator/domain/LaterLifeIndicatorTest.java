package org.permanenceplatform.outcomes.indicator.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.YEAR;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.child;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.cohort;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.count;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.day;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.journey;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.period;
import static org.permanenceplatform.outcomes.indicator.domain.Journeys.summary;

/** Indicators 11 to 14: support, education, waiting with a placement order, staying put. */
class LaterLifeIndicatorTest {

    @Test
    void supportTimelinessTakesMediansOverThoseWhoGotThereAndTheShareOverAllRequests() {
        // Received in 2024-25: R1 answered in 10 days, service in 40; R2 answered in 24; R3 not yet answered.
        // R4 was received on 31 Mar 2024, the year before. Standard: 20 days.
        Journey family = new Journey(child("840", "2015-01"), List.of(period("2020-01-01").ended("2021-01-01", "E11")
                .permanence(Route.ADOPTION, "2021-01-01", "ADOPTION_ORDER").build()), List.of(), List.of(
                request("2024-05-01", "2024-05-11", "2024-06-10"), request("2024-06-01", "2024-06-25", null),
                request("2024-07-01", null, null), request("2024-03-31", "2024-04-02", null)), List.of());

        IndicatorTable table = new SupportTimeliness(20).compute(cohort("2025-06-01", family), YEAR, Dimension.ROUTE);

        // Median of 10 and 24 is 17; of 40 is 40; within 20 days: R1 only, of 3.
        assertThat(count(table.figure("ADOPTION", "requests"))).isEqualTo(3);
        assertThat(summary(table.figure("ADOPTION", "median_days_to_first_response"))).isEqualByComparingTo("17");
        assertThat(summary(table.figure("ADOPTION", "median_days_to_service_start"))).isEqualByComparingTo("40");
        assertThat(table.figure("ADOPTION", "share_answered_within_standard")).isEqualTo(new Figure.Share(1, 3));
    }

    @Test
    void educationComparesRoutesWithChildrenInCareTwelveMonths() {
        // E1: in care since 1 Jan 2023 (12 months on 31 Mar 2025): KS2 met, missed 12.5%.
        Journey e1 = withEducation(journey(child("840", "2013-01"), period("2023-01-01").build()),
                true, null, "12.5");
        // E2: in care since 1 Jun 2024: under 12 months, left out.
        Journey e2 = withEducation(journey(child("840", "2013-01"), period("2024-06-01").build()), true, null, "0");
        // E3: adopted 1 May 2023, before the school year: KS2 not met, missed 5%.
        Journey e3 = withEducation(adopted("2023-05-01"), false, null, "5.0");
        // E4: special guardianship on 1 Oct 2024, after the school year began: left out.
        Journey e4 = withEducation(journey(child("840", "2013-01"), period("2020-01-01").ended("2024-10-01", "E45")
                .permanence(Route.SPECIAL_GUARDIANSHIP, "2024-10-01", "SPECIAL_GUARDIANSHIP_ORDER").build()),
                true, null, "0");
        // E5: adopted 1 Jan 2022: Attainment 8 of 40.5, no KS2 result, missed exactly 10%: persistently absent.
        Journey e5 = withEducation(adopted("2022-01-01"), null, "40.5", "10.0");

        IndicatorTable table = new EducationOutcomes().compute(cohort("2025-06-01", e1, e2, e3, e4, e5), YEAR,
                Dimension.ROUTE);

        assertThat(table.rows().keySet()).containsExactly("ADOPTION", "LOOKED_AFTER_12_MONTHS");
        assertThat(table.figure("LOOKED_AFTER_12_MONTHS", "ks2_expected_standard_share"))
                .isEqualTo(new Figure.Share(1, 1));
        assertThat(table.figure("LOOKED_AFTER_12_MONTHS", "mean_attainment8")).isEqualTo(Figure.Summary.ofNone());
        assertThat(count(table.figure("ADOPTION", "pupils"))).isEqualTo(2);
        assertThat(table.figure("ADOPTION", "ks2_expected_standard_share")).isEqualTo(new Figure.Share(0, 1));
        assertThat(summary(table.figure("ADOPTION", "mean_attainment8"))).isEqualByComparingTo("40.5");
        assertThat(table.figure("ADOPTION", "persistent_absence_share")).isEqualTo(new Figure.Share(1, 2));
    }

    @Test
    void waitingWithAPlacementOrderCountsChildrenNotYetPlacedAndThoseWaiting18Months() {
        // W1: in care 30 Sep 2023 (exactly 18 months before 31 Mar 2025), order 1 May 2024, not placed.
        Journey w1 = journey(child("840", "2022-01"), period("2023-09-30").status("2024-05-01", "E1").build());
        // W2: in care 1 Oct 2023 (a day under 18 months), order 1 Jun 2024, not placed.
        Journey w2 = journey(child("840", "2022-01"), period("2023-10-01").status("2024-06-01", "E1").build());
        // W3: placed for adoption (A6) on 31 March itself: no longer waiting.
        Journey w3 = journey(child("840", "2022-01"), period("2023-01-01").status("2024-01-01", "E1")
                .placed("2025-03-31", null, "A6").build());
        // W4: order made on 1 Apr 2025, after the day.
        Journey w4 = journey(child("840", "2022-01"), period("2023-01-01").status("2025-04-01", "E1").build());

        IndicatorTable table = new WaitingWithPlacementOrder().compute(cohort("2025-06-01", w1, w2, w3, w4), YEAR,
                Dimension.ENGLAND);

        assertThat(count(table.figure("England", "children"))).isEqualTo(2);
        assertThat(count(table.figure("England", "waiting_18_months_since_entry"))).isEqualTo(1);
    }

    @Test
    void stayingPutReadsTheEighteenthBirthdayAsItsMonthAndLooksPastTemporaryStays() {
        // Y1: 18 in January 2025, left 20 Jan 2025 from U4 with E17: yes.
        Journey y1 = leaving("2007-01", "2025-01-20", "E17", "U4");
        // Y2: 18 in February 2025, left 1 Feb from U6 to independent living (E5): no.
        Journey y2 = leaving("2007-02", "2025-02-01", "E5", "U6");
        // Y3: left from a children's home (R1): not from foster care, left out.
        Journey y3 = leaving("2007-02", "2025-02-10", "E17", "R1");
        // Y4: 18 in December 2024 but left in January 2025: not on the birthday, left out.
        Journey y4 = leaving("2006-12", "2025-01-15", "E17", "U4");
        // Y5: 18 in March 2025, with foster carers (U6) then a T3 stay at the end: the foster placement counts. Yes.
        Journey y5 = journey(child("840", "2007-03"), period("2020-01-01").placed("2020-01-01", "2025-03-01", "U6")
                .placed("2025-03-01", "2025-03-05", "T3").ended("2025-03-05", "E17").build());

        IndicatorTable table = new StayingPut18().compute(cohort("2025-06-01", y1, y2, y3, y4, y5), YEAR,
                Dimension.ENGLAND);

        assertThat(table.figure("England", "share")).isEqualTo(new Figure.Share(2, 3));
    }

    private static Journey.SupportRequest request(String received, String answered, String started) {
        return new Journey.SupportRequest(Route.ADOPTION, day(received), answered == null ? null : day(answered),
                started == null ? null : day(started));
    }

    private static Journey adopted(String on) {
        return journey(child("840", "2013-01"), period("2019-01-01").ended(on, "E11")
                .permanence(Route.ADOPTION, on, "ADOPTION_ORDER").build());
    }

    private static Journey withEducation(Journey journey, Boolean ks2, String attainment8, String missed) {
        return new Journey(journey.child(), journey.periods(), List.of(new Journey.EducationYear("2024/25", ks2,
                attainment8 == null ? null : new BigDecimal(attainment8), new BigDecimal(missed), 0, false)),
                List.of(), List.of());
    }

    private static Journey leaving(String born, String left, String reason, String type) {
        return journey(child("840", born), period("2020-01-01").placed("2020-01-01", left, type)
                .ended(left, reason).build());
    }
}
