package org.permanenceplatform.outcomes.indicator.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact medians and nearest-rank percentiles, and ages from a birth month. */
class StatisticsTest {

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Statistics.median(List.of(4L, 1L, 3L, 2L), 0).value()).isEqualByComparingTo("2.5");
        assertThat(Statistics.median(List.of(5L, 1L, 3L), 0).value()).isEqualByComparingTo("3");
    }

    @Test
    void theNinetiethPercentileIsTheValueAtRankCeilingOfNinetyPercentOfN() {
        List<Long> ten = LongStream.rangeClosed(1, 10).boxed().toList();
        List<Long> eleven = LongStream.rangeClosed(1, 11).boxed().toList();
        assertThat(Statistics.percentile(ten, 90, 0).value()).isEqualByComparingTo("9");
        assertThat(Statistics.percentile(eleven, 90, 0).value()).isEqualByComparingTo("10");
        assertThat(Statistics.percentile(List.of(7L), 90, 0).value()).isEqualByComparingTo("7");
    }

    @Test
    void aChildIsTakenToBeBornOnTheFirstOfTheBirthMonth() {
        java.time.YearMonth march2009 = java.time.YearMonth.parse("2009-03");
        assertThat(BirthMonth.ageOn(march2009, Journeys.day("2025-02-28"))).isEqualTo(15);
        assertThat(BirthMonth.ageOn(march2009, Journeys.day("2025-03-01"))).isEqualTo(16);
    }

    @Test
    void financialYearsAreWrittenWithAHyphen() {
        FinancialYear year = FinancialYear.parse("2024-25");
        assertThat(year.firstDay()).isEqualTo(Journeys.day("2024-04-01"));
        assertThat(year.lastDay()).isEqualTo(Journeys.day("2025-03-31"));
        assertThat(FinancialYear.containing(Journeys.day("2025-03-31"))).isEqualTo(year);
        assertThat(year.toString()).isEqualTo("2024-25");
    }
}
