package org.permanenceplatform.outcomes.indicator.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Exact summaries of whole numbers (days, pounds). The median is the middle value, or the mean of the two middle
 * values for an even count. Percentiles are nearest-rank: the p-th percentile of n sorted values is the value at rank
 * ceil(p/100 x n), so the 90th percentile of 10 values is the 9th and of 11 values the 10th, always an observed value.
 * Each summary can also be taken of a histogram (each value with how many times it occurs), with the same answer as
 * of the values written out: that is how pre-aggregated figures keep medians and percentiles exact.
 */
public final class Statistics {

    private Statistics() {
    }

    public static Figure.Summary mean(List<? extends Number> values, int decimals) {
        if (values.isEmpty()) {
            return Figure.Summary.ofNone();
        }
        BigDecimal sum = values.stream().map(value -> new BigDecimal(value.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Figure.Summary(sum.divide(BigDecimal.valueOf(values.size()), 10, RoundingMode.HALF_UP),
                values.size(), decimals);
    }

    public static Figure.Summary median(List<? extends Number> values, int decimals) {
        if (values.isEmpty()) {
            return Figure.Summary.ofNone();
        }
        List<BigDecimal> sorted = sorted(values);
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP);
        return new Figure.Summary(median, n, decimals);
    }

    public static Figure.Summary percentile(List<? extends Number> values, int percentile, int decimals) {
        if (values.isEmpty()) {
            return Figure.Summary.ofNone();
        }
        List<BigDecimal> sorted = sorted(values);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return new Figure.Summary(sorted.get(Math.max(rank, 1) - 1), sorted.size(), decimals);
    }

    public static Figure.Summary mean(SortedMap<BigDecimal, Long> histogram, int decimals) {
        int n = size(histogram);
        if (n == 0) {
            return Figure.Summary.ofNone();
        }
        BigDecimal sum = histogram.entrySet().stream()
                .map(entry -> entry.getKey().multiply(BigDecimal.valueOf(entry.getValue())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Figure.Summary(sum.divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP), n, decimals);
    }

    public static Figure.Summary median(SortedMap<BigDecimal, Long> histogram, int decimals) {
        int n = size(histogram);
        if (n == 0) {
            return Figure.Summary.ofNone();
        }
        BigDecimal median = n % 2 == 1 ? atRank(histogram, n / 2 + 1)
                : atRank(histogram, n / 2).add(atRank(histogram, n / 2 + 1))
                .divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP);
        return new Figure.Summary(median, n, decimals);
    }

    public static Figure.Summary percentile(SortedMap<BigDecimal, Long> histogram, int percentile, int decimals) {
        int n = size(histogram);
        if (n == 0) {
            return Figure.Summary.ofNone();
        }
        int rank = (int) Math.ceil(percentile / 100.0 * n);
        return new Figure.Summary(atRank(histogram, Math.max(rank, 1)), n, decimals);
    }

    private static int size(Map<BigDecimal, Long> histogram) {
        return Math.toIntExact(histogram.values().stream().mapToLong(Long::longValue).sum());
    }

    /** The value at a rank (1 for the smallest) of the values written out in order. */
    private static BigDecimal atRank(SortedMap<BigDecimal, Long> histogram, int rank) {
        long seen = 0;
        for (Map.Entry<BigDecimal, Long> entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("no value at rank " + rank);
    }

    private static List<BigDecimal> sorted(List<? extends Number> values) {
        return values.stream().map(value -> new BigDecimal(value.toString())).sorted().toList();
    }
}
