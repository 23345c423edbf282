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

    /** A histogram read in ascending order of value: each distinct value with how many times it occurs. */
    public interface Ranked {
        int distinct();

        BigDecimal value(int i);

        long count(int i);
    }

    public static Figure.Summary mean(SortedMap<BigDecimal, Long> histogram, int decimals) {
        return mean(ranked(histogram), decimals);
    }

    public static Figure.Summary median(SortedMap<BigDecimal, Long> histogram, int decimals) {
        return median(ranked(histogram), decimals);
    }

    public static Figure.Summary percentile(SortedMap<BigDecimal, Long> histogram, int percentile, int decimals) {
        return percentile(ranked(histogram), percentile, decimals);
    }

    public static Figure.Summary mean(Ranked histogram, int decimals) {
        int n = size(histogram);
        if (n == 0) {
            return Figure.Summary.ofNone();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < histogram.distinct(); i++) {
            sum = sum.add(histogram.value(i).multiply(BigDecimal.valueOf(histogram.count(i))));
        }
        return new Figure.Summary(sum.divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP), n, decimals);
    }

    public static Figure.Summary median(Ranked histogram, int decimals) {
        int n = size(histogram);
        if (n == 0) {
            return Figure.Summary.ofNone();
        }
        BigDecimal median = n % 2 == 1 ? atRank(histogram, n / 2 + 1)
                : atRank(histogram, n / 2).add(atRank(histogram, n / 2 + 1))
                .divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP);
        return new Figure.Summary(median, n, decimals);
    }

    public static Figure.Summary percentile(Ranked histogram, int percentile, int decimals) {
        int n = size(histogram);
        if (n == 0) {
            return Figure.Summary.ofNone();
        }
        int rank = (int) Math.ceil(percentile / 100.0 * n);
        return new Figure.Summary(atRank(histogram, Math.max(rank, 1)), n, decimals);
    }

    private static int size(Ranked histogram) {
        long n = 0;
        for (int i = 0; i < histogram.distinct(); i++) {
            n += histogram.count(i);
        }
        return Math.toIntExact(n);
    }

    /** The value at a rank (1 for the smallest) of the values written out in order. */
    private static BigDecimal atRank(Ranked histogram, int rank) {
        long seen = 0;
        for (int i = 0; i < histogram.distinct(); i++) {
            seen += histogram.count(i);
            if (seen >= rank) {
                return histogram.value(i);
            }
        }
        throw new IllegalArgumentException("no value at rank " + rank);
    }

    private static Ranked ranked(SortedMap<BigDecimal, Long> histogram) {
        List<Map.Entry<BigDecimal, Long>> entries = List.copyOf(histogram.entrySet());
        return new Ranked() {
            public int distinct() {
                return entries.size();
            }

            public BigDecimal value(int i) {
                return entries.get(i).getKey();
            }

            public long count(int i) {
                return entries.get(i).getValue();
            }
        };
    }

    private static List<BigDecimal> sorted(List<? extends Number> values) {
        return values.stream().map(value -> new BigDecimal(value.toString())).sorted().toList();
    }
}
