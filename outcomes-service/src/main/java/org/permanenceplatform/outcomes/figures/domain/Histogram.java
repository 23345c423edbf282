package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.indicator.domain.Statistics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Values with how many times each occurs, as two arrays in ascending order of value: a subject is added by a binary
 * search and a shift, and many histograms merge in one pass over all their entries (a k-way merge), where a tree
 * map took a lookup and a rebalance for every entry of every part. Of equal values the first one seen is kept, as
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

    /** The parts added up, in one k-way merge; equal values of several parts are kept as the earliest part has it. */
    static Histogram merge(List<Histogram> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int total = 0;
        for (Histogram part : parts) {
            total += part.size;
        }
        BigDecimal[] values = new BigDecimal[Math.max(total, 1)];
        long[] counts = new long[values.length];
        int size = 0;
        int[] next = new int[parts.size()];
        PriorityQueue<Integer> heads = new PriorityQueue<>(Math.max(parts.size(), 1), (a, b) -> {
            int byValue = parts.get(a).values[next[a]].compareTo(parts.get(b).values[next[b]]);
            return byValue != 0 ? byValue : Integer.compare(a, b);
        });
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).size > 0) {
                heads.add(i);
            }
        }
        while (!heads.isEmpty()) {
            int i = heads.poll();
            Histogram part = parts.get(i);
            BigDecimal value = part.values[next[i]];
            if (size > 0 && values[size - 1].compareTo(value) == 0) {
                counts[size - 1] += part.counts[next[i]];
            } else {
                values[size] = value;
                counts[size++] = part.counts[next[i]];
            }
            if (++next[i] < part.size) {
                heads.add(i);
            }
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
