package org.permanenceplatform.generator.journey;

import java.time.LocalDate;

/**
 * A school year's facts for a child looked after in it, as the national dataset takes them: KS2 expected standard
 * in Year 6, Attainment 8 in Year 11, and every year the share of sessions missed, suspensions and whether the child
 * was permanently excluded. Values that do not apply to the year are null.
 *
 * @param startYear the calendar year the academic year starts in (2024 is 2024/25)
 */
public record EducationYear(int startYear, Boolean ks2ExpectedStandardMet, String attainment8,
                            String sessionsMissedPercent, int suspensions, boolean permanentlyExcluded) {

    /** Written as the platform writes it, {@code 2024/25}. */
    public String academicYear() {
        return "%d/%02d".formatted(startYear, (startYear + 1) % 100);
    }

    /** The day the year's facts are known: its last day, 31 August. */
    public LocalDate known() {
        return LocalDate.of(startYear + 1, 8, 31);
    }
}
