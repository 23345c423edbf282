package org.permanenceplatform.permanence.education.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An English academic year, 1 September to 31 August, written {@code 2024/25}. */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})/(\\d{2})");

    public AcademicYear {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("an academic year between 2000/01 and 2100/01");
        }
    }

    public static AcademicYear parse(String written) {
        Matcher matcher = WRITTEN.matcher(Objects.requireNonNull(written, "written").strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("an academic year is written like 2024/25");
        }
        int start = Integer.parseInt(matcher.group(1));
        if ((start + 1) % 100 != Integer.parseInt(matcher.group(2))) {
            throw new IllegalArgumentException("the two halves of " + written + " are not consecutive years");
        }
        return new AcademicYear(start);
    }

    public static AcademicYear containing(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return "%d/%02d".formatted(startYear, (startYear + 1) % 100);
    }
}
