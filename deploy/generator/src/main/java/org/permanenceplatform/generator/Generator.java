package org.permanenceplatform.generator;

import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.ChildMaker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates the children of each LA, LA by LA in the list's order, and hands every child looked after at some time
 * in the chosen years to the sink, as known on the "as of" day. Entries start 19 years before the first year, so the
 * children already in care then (some since infancy) are there too. Each LA's entrants of each year come from their
 * own random stream, seeded by (seed, LA, year): the same seed gives the same children, and a run for fewer LAs or
 * years gives the same children for those LAs and years as a bigger run.
 */
public final class Generator {

    static final int YEARS_OF_HISTORY = 19;

    private Generator() {
    }

    public static void generate(Settings settings, Consumer<Child> sink) {
        List<LocalAuthority> england = LocalAuthorities.england();
        double totalSize = england.stream().mapToDouble(LocalAuthority::size).sum();
        for (LocalAuthority la : england) {
            if (settings.laCodes().isEmpty() || settings.laCodes().contains(la.code())) {
                double entrantsAYear = Calibration.CHILDREN_ENTERING_A_YEAR * la.size() / totalSize;
                int lastEntryYear = settings.asOf().getMonthValue() >= 4 ? settings.asOf().getYear() + 1
                        : settings.asOf().getYear();
                for (int year = settings.firstYear() - YEARS_OF_HISTORY; year <= lastEntryYear; year++) {
                    entrants(settings, la, year, entrantsAYear, sink);
                }
            }
        }
    }

    private static void entrants(Settings settings, LocalAuthority la, int year, double mean, Consumer<Child> sink) {
        SplittableRandom random = new SplittableRandom(streamSeed(settings.seed(), la.code(), year));
        int count = (int) mean + (random.nextDouble() < mean - (int) mean ? 1 : 0);
        LocalDate yearStart = LocalDate.of(year - 1, 4, 1);
        int days = (int) (LocalDate.of(year, 3, 31).toEpochDay() - yearStart.toEpochDay()) + 1;
        List<LocalDate> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(yearStart.plusDays(random.nextInt(days)));
        }
        entries.sort(null);
        for (int i = 0; i < count; i++) {
            ChildMaker.make(random.split(), la.code(), year, i + 1, entries.get(i), settings.windowStart())
                    .flatMap(child -> child.asOf(settings.asOf()))
                    .filter(known -> inWindow(known, settings.windowStart()))
                    .ifPresent(sink);
        }
    }

    private static boolean inWindow(Child child, LocalDate windowStart) {
        return child.periods().stream().anyMatch(p -> p.end() == null || !p.end().isBefore(windowStart));
    }

    private static long streamSeed(long seed, String laCode, int year) {
        return seed ^ (laCode.hashCode() * 0x9E3779B97F4A7C15L) ^ (year * 0xC2B2AE3D27D4EB4FL);
    }
}
