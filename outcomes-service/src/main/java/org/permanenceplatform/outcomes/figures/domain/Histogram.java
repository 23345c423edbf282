package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.indicator.domain.Statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Values with how many times each occurs, as two arrays in ascending order of value: a subject is added by a binary
 * search and a shift, and many histograms merge pairwise in tight loops over arrays, where a tree map took a
 * lookup and a rebalance for every entry of every part. Of equal values the first one seen is kept, as
 * a tree map keeps its first key.
 */
final class Histogram implements Statistics.Ranked {

    private BigDecimal[] values;
    private long[] counts;
    private int size;

    Histogram() {
        this(new BigDecimal[4], new long[4], 0);
    }

    private Histogram(BigDecimal[] values, long[] counts, int size) {
        this.values = values;
        this.counts = counts;
        this.size = size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    @Override
    public int distinct() {
        return size;
    }

    @Override
    public BigDecimal value(int i) {
        return values[i];
    }

    @Override
    public long count(int i) {
        return counts[i];
    }

    /** Adds {@code count} (negative to take away) occurrences of {@code value}; a value counted to 0 goes. */
    void add(BigDecimal value, long count) {
        int at = search(value);
        if (at >= 0) {
            counts[at] += count;
            if (counts[at] == 0) {
                System.arraycopy(values, at + 1, values, at, size - at - 1);
                System.arraycopy(counts, at + 1, counts, at, size - at - 1);
                values[--size] = null;
            }
            return;
        }
        int insert = -at - 1;
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        System.arraycopy(values, insert, values, insert + 1, size - insert);
        System.arraycopy(counts, insert, counts, insert + 1, size - insert);
        values[insert] = value;
        counts[insert] = count;
        size++;
    }

    /**
     * The parts added up, merged pairwise in rounds (each round halves the parts, each entry is copied once a round):
     * equal values of several parts are kept as the earliest part has it.
     */
    static Histogram merge(List<Histogram> parts) {
        List<Histogram> round = parts;
        while (round.size() > 1) {
            List<Histogram> next = new ArrayList<>((round.size() + 1) / 2);
            for (int i = 0; i < round.size(); i += 2) {
                next.add(i + 1 < round.size() ? two(round.get(i), round.get(i + 1)) : round.get(i));
            }
            round = next;
        }
        return round.isEmpty() ? new Histogram() : round.get(0);
    }

    private static Histogram two(Histogram first, Histogram second) {
        BigDecimal[] values = new BigDecimal[Math.max(first.size + second.size, 1)];
        long[] counts = new long[values.length];
        int i = 0;
        int j = 0;
        int size = 0;
        while (i < first.size && j < second.size) {
            int order = first.values[i].compareTo(second.values[j]);
            if (order <= 0) {
                values[size] = first.values[i];
                counts[size++] = first.counts[i++] + (order == 0 ? second.counts[j++] : 0);
            } else {
                values[size] = second.values[j];
                counts[size++] = second.counts[j++];
            }
        }
        for (; i < first.size; i++, size++) {
            values[size] = first.values[i];
            counts[size] = first.counts[i];
        }
        for (; j < second.size; j++, size++) {
            values[size] = second.values[j];
            counts[size] = second.counts[j];
        }
        return new Histogram(values, counts, size);
    }

    private int search(BigDecimal value) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = values[mid].compareTo(value);
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }
}
