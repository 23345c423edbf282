package org.permanenceplatform.generator;

import org.permanenceplatform.generator.carers.Carer;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.Codes.Route;
import org.permanenceplatform.generator.journey.EducationYear;
import org.permanenceplatform.generator.journey.PeriodOfCare;
import org.permanenceplatform.generator.journey.Placement;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The counts a run produced, per collection year, in the published counts' terms: looked after on 31 March, started,
 * ceased, adoptions, SGOs, permanence by route (long-term fostering on the day a match with the same carers was
 * ratified), UASC on 31 March, by region, assessments started by route, support requests received, breakdowns and
 * school years of children in care. Sorted maps, so the printout is the same for the same data.
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
        final Map<Route, Long> assessmentsStartedByRoute = new EnumMap<>(Route.class);
        long supportRequests;
        long breakdowns;
        long educationYears;
        long ks2Taken;
        long ks2Met;
        long attainment8Taken;
        double attainment8Total;
        long persistentlyAbsent;

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

        public long assessmentsStarted(Route route) {
            return assessmentsStartedByRoute.getOrDefault(route, 0L);
        }

        public long supportRequests() {
            return supportRequests;
        }

        public long breakdowns() {
            return breakdowns;
        }

        /** School years (Year 1 to 11) in care that ended (31 August) in the collection year. */
        public long educationYears() {
            return educationYears;
        }

        /** Share of those in Year 6 who met the KS2 expected standard. */
        public double ks2ExpectedStandardShare() {
            return ks2Taken == 0 ? 0 : (double) ks2Met / ks2Taken;
        }

        public double meanAttainment8() {
            return attainment8Taken == 0 ? 0 : attainment8Total / attainment8Taken;
        }

        /** Share of school years with 10% of sessions or more missed. */
        public double persistentAbsenceShare() {
            return educationYears == 0 ? 0 : (double) persistentlyAbsent / educationYears;
        }

        private void add(EducationYear school) {
            educationYears++;
            if (school.ks2ExpectedStandardMet() != null) {
                ks2Taken++;
                ks2Met += school.ks2ExpectedStandardMet() ? 1 : 0;
            }
            if (school.attainment8() != null) {
                attainment8Taken++;
                attainment8Total += Double.parseDouble(school.attainment8());
            }
            persistentlyAbsent += Double.parseDouble(school.sessionsMissedPercent()) >= 10 ? 1 : 0;
        }

        public Map<String, Long> lookedAfterByRegion() {
            return Map.copyOf(lookedAfterByRegion);
        }
    }

    private final Map<String, String> regionByLa = new LinkedHashMap<>();
    private final Map<String, long[]> carersByKind = new TreeMap<>();
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
            child.assessments().stream().filter(a -> within(a.started(), start, end))
                    .forEach(a -> counts.assessmentsStartedByRoute.merge(a.route(), 1L, Long::sum));
            counts.supportRequests += child.supportRequests().stream().filter(r -> within(r.received(), start, end))
                    .count();
            counts.breakdowns += child.breakdowns().stream().filter(b -> within(b.date(), start, end)).count();
            child.education().stream().filter(e -> within(e.known(), start, end)).forEach(counts::add);
        });
    }

    /** Counts a household of the carer register: households, approved places, vacancies, households with one. */
    public void count(Carer carer) {
        long[] counts = carersByKind.computeIfAbsent(carer.kind(), kind -> new long[4]);
        counts[0]++;
        counts[1] += carer.approvedPlaces();
        counts[2] += carer.vacancies();
        counts[3] += carer.vacancies() > 0 ? 1 : 0;
    }

    /** Households, approved places, vacancies and households with a vacancy, of one kind of carers. */
    public long[] carers(String kind) {
        return carersByKind.getOrDefault(kind, new long[4]).clone();
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
            out.append(String.format("%n  assessments started by route:"));
            for (Route route : Route.values()) {
                out.append(String.format(" %s %,d;", route, counts.assessmentsStarted(route)));
            }
            out.append(String.format(Locale.ROOT, "%n  support requests %,d; breakdowns %,d; school years in care %,d"
                            + " (KS2 expected standard %.1f%%, Attainment 8 %.1f, persistently absent %.1f%%)",
                    counts.supportRequests, counts.breakdowns, counts.educationYears,
                    100 * counts.ks2ExpectedStandardShare(), counts.meanAttainment8(),
                    100 * counts.persistentAbsenceShare()));
            out.append(String.format("%n  by region (looked after on 31 March / ceased):%n"));
            counts.lookedAfterByRegion.forEach((region, n) -> out.append(String.format("    %-26s %,7d / %,7d%n",
                    region, n, counts.ceasedByRegion.getOrDefault(region, 0L))));
        });
        if (!carersByKind.isEmpty()) {
            out.append(String.format("carers on the register (households / approved places / vacancies / households"
                    + " with a vacancy):%n"));
            carersByKind.forEach((kind, n) -> out.append(String.format("    %-26s %,7d / %,7d / %,7d / %,7d%n",
                    kind, n[0], n[1], n[2], n[3])));
        }
        return out.toString();
    }
}
