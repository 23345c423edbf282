package org.permanenceplatform.outcomes.indicator.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact medians and nearest-rank percentiles, of values or of a histogram, and ages from a birth month. */
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
    void aHistogramGivesTheSameSummariesAsItsValuesWrittenOut() {
        // 10, 10, 10, 20, 40, 40 and 90 days: 7 values, mean 220 / 7, median the 4th (20), P90 rank ceil(6.3) = 7th.
        TreeMap<BigDecimal, Long> histogram = new TreeMap<>(Map.of(
                BigDecimal.valueOf(10), 3L, BigDecimal.valueOf(20), 1L,
                BigDecimal.valueOf(40), 2L, BigDecimal.valueOf(90), 1L));
        List<Long> values = List.of(40L, 10L, 90L, 10L, 20L, 40L, 10L);
        assertThat(Statistics.mean(histogram, 0)).isEqualTo(Statistics.mean(values, 0));
        assertThat(Statistics.median(histogram, 0)).isEqualTo(Statistics.median(values, 0));
        assertThat(Statistics.median(histogram, 0).value()).isEqualByComparingTo("20");
        assertThat(Statistics.percentile(histogram, 90, 0).value()).isEqualByComparingTo("90");
        // With one 10 taken away: 6 values, median the mean of the 3rd and 4th, (20 + 40) / 2.
        histogram.put(BigDecimal.valueOf(10), 2L);
        assertThat(Statistics.median(histogram, 0).value()).isEqualByComparingTo("30");
        assertThat(Statistics.mean(new TreeMap<>(), 0).children()).isZero();
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
