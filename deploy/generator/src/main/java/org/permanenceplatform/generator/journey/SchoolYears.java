package org.permanenceplatform.generator.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Education facts for every school year (Year 1 to Year 11) that a child was looked after on its 31 March.
 * Proportions from the reference (section 2.5, children looked after 12 months or more): KS2 reading, writing and
 * maths expected standard 37%; Attainment 8 averaging 19.1; persistent absence (10% of sessions or more) 10.9%.
 * Suspensions (11% of children in a year) and permanent exclusion (0.1%) are our choice: the reference has no CLA
 * figure for them (ADR 014).
 */
final class SchoolYears {

    static final double KS2_EXPECTED_STANDARD = 0.37;
    static final double MEAN_SESSIONS_MISSED_PERCENT = 4.5;
    static final double SUSPENDED_IN_A_YEAR = 0.11;
    static final double PERMANENTLY_EXCLUDED_IN_A_YEAR = 0.001;

    private final Draw draw;

    SchoolYears(Draw draw) {
        this.draw = draw;
    }

    List<EducationYear> of(LocalDate birthDate, List<PeriodOfCare> periods) {
        List<EducationYear> years = new ArrayList<>();
        int first = periods.get(0).start().getYear() - 1;
        int last = periods.get(periods.size() - 1).end().getYear();
        for (int start = first; start <= last; start++) {
            LocalDate census = LocalDate.of(start + 1, 3, 31);
            int ageOnAugust31 = ageOn(birthDate, LocalDate.of(start, 8, 31));
            boolean lookedAfter = periods.stream().anyMatch(period -> period.lookedAfterOn(census));
            if (lookedAfter && ageOnAugust31 >= 5 && ageOnAugust31 <= 15) {
                years.add(year(start, ageOnAugust31));
            }
        }
        return years;
    }

    private EducationYear year(int start, int ageOnAugust31) {
        Boolean ks2 = ageOnAugust31 == 10 ? draw.chance(KS2_EXPECTED_STANDARD) : null;
        String attainment8 = ageOnAugust31 == 15 ? decimal(draw.triangular(0, 50, 520) / 10.0) : null;
        double missed = Math.min(100, -MEAN_SESSIONS_MISSED_PERCENT * Math.log(1 - draw.nextDouble()));
        int suspensions = draw.chance(SUSPENDED_IN_A_YEAR) ? draw.between(1, 3) : 0;
        return new EducationYear(start, ks2, attainment8, decimal(missed), suspensions,
                draw.chance(PERMANENTLY_EXCLUDED_IN_A_YEAR));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static int ageOn(LocalDate birthDate, LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }
}
