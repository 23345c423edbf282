package org.permanenceplatform.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What to generate: the seed, the collection years (by the year of their 31 March: 2025 is 2024-25), the day the
 * data is "as of" (nothing after it is generated; never the wall clock) and the LAs by old 3-digit code (all 153
 * when empty).
 */
public record Settings(long seed, int lastYear, int years, LocalDate asOf, List<String> laCodes) {

    public Settings {
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1");
        }
        if (asOf.isBefore(LocalDate.of(lastYear - years, 4, 1))) {
            throw new IllegalArgumentException("asOf " + asOf + " is before the first collection year starts");
        }
        laCodes = List.copyOf(laCodes);
    }

    /** All of England for the years ending on 31 March of {@code lastYear}, as of that day. */
    public static Settings england(long seed, int lastYear, int years) {
        return new Settings(seed, lastYear, years, LocalDate.of(lastYear, 3, 31), List.of());
    }

    public int firstYear() {
        return lastYear - years + 1;
    }

    public List<Integer> collectionYears() {
        return IntStream.rangeClosed(firstYear(), lastYear).boxed().toList();
    }

    /** The first day any output covers: 1 April of the first collection year. */
    public LocalDate windowStart() {
        return LocalDate.of(firstYear() - 1, 4, 1);
    }
}
