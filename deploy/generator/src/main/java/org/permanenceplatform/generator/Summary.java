package org.permanenceplatform.generator;

import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.Codes.Route;
import org.permanenceplatform.generator.journey.PeriodOfCare;
import org.permanenceplatform.generator.journey.Placement;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The counts a run produced, per collection year, in the published counts' terms: looked after on 31 March, started,
 * ceased, adoptions, SGOs, permanence by route (long-term fostering on the day a match with the same carers was
 * ratified), UASC on 31 March, and by region. Sorted maps, so the printout is the same for the same data.
 */
public final class Summary implements Consumer<Child> {

    /** One collection year's counts. */
    public static final class Year {
        long lookedAfterOn31March;
        long uascOn31March;
        long started;
        long ceased;
        final Map<Route, Long> permanenceByRoute = new EnumMap<>(Route.class);
        final Map<String, Long> lookedAfterByRegion = new TreeMap<>();
        final Map<String, Long> ceasedByRegion = new TreeMap<>();

        public long lookedAfterOn31March() {
            return lookedAfterOn31March;
        }

        public long ceased() {
            return ceased;
        }

        public long started() {
            return started;
        }

        public long uascOn31March() {
            return uascOn31March;
        }

        public long permanence(Route route) {
            return permanenceByRoute.getOrDefault(route, 0L);
        }

        public Map<String, Long> lookedAfterByRegion() {
            return Map.copyOf(lookedAfterByRegion);
        }
    }

    private final Map<String, String> regionByLa = new LinkedHashMap<>();
    private final Map<Integer, Year> years = new TreeMap<>();

    public Summary(List<Integer> collectionYears) {
        LocalAuthorities.england().forEach(la -> regionByLa.put(la.code(), la.regionName()));
        collectionYears.forEach(year -> years.put(year, new Year()));
    }

    public Year year(int year) {
        return years.get(year);
    }

    @Override
    public void accept(Child child) {
        String region = regionByLa.get(child.laCode());
        years.forEach((year, counts) -> {
            LocalDate start = LocalDate.of(year - 1, 4, 1);
            LocalDate end = LocalDate.of(year, 3, 31);
            for (PeriodOfCare period : child.periods()) {
                if (period.lookedAfterOn(end)) {
                    counts.lookedAfterOn31March++;
                    counts.uascOn31March += child.uasc() ? 1 : 0;
                    counts.lookedAfterByRegion.merge(region, 1L, Long::sum);
                }
                counts.started += within(period.start(), start, end) ? 1 : 0;
                if (period.end() != null && within(period.end(), start, end)) {
                    counts.ceased++;
                    counts.ceasedByRegion.merge(region, 1L, Long::sum);
                    period.permanenceRoute().ifPresent(route -> counts.permanenceByRoute.merge(route, 1L, Long::sum));
                }
                for (Placement placement : period.placements()) {
                    if (placement.sameCarers() && placement.type().isLongTermFoster()
                            && within(placement.start(), start, end)) {
                        counts.permanenceByRoute.merge(Route.LONG_TERM_FOSTERING, 1L, Long::sum);
                    }
                }
            }
        });
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The printout: one block per year, then regions. */
    public String print() {
        StringBuilder out = new StringBuilder();
        years.forEach((year, counts) -> {
            out.append(String.format("%d-%02d: looked after on 31 March %,d (UASC %,d); started %,d; ceased %,d%n",
                    year - 1, year % 100, counts.lookedAfterOn31March, counts.uascOn31March, counts.started,
                    counts.ceased));
            out.append("  permanence by route:");
            for (Route route : Route.values()) {
                out.append(String.format(" %s %,d;", route, counts.permanence(route)));
            }
            out.append(String.format("%n  by region (looked after on 31 March / ceased):%n"));
            counts.lookedAfterByRegion.forEach((region, n) -> out.append(String.format("    %-26s %,7d / %,7d%n",
                    region, n, counts.ceasedByRegion.getOrDefault(region, 0L))));
        });
        return out.toString();
    }
}
