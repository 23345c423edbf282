package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A financial year, 1 April to 31 March, written {@code 2024-25}: the period of every indicator. */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})");

    public static FinancialYear parse(String written) {
        Matcher matcher = WRITTEN.matcher(Objects.requireNonNull(written, "written").strip());
        if (!matcher.matches()
                || (Integer.parseInt(matcher.group(1)) + 1) % 100 != Integer.parseInt(matcher.group(2))) {
            throw new IllegalArgumentException("a financial year is written like 2024-25");
        }
        return new FinancialYear(Integer.parseInt(matcher.group(1)));
    }

    public static FinancialYear containing(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    /** 31 March: the day "looked after on 31 March" is judged. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public FinancialYear minus(int years) {
        return new FinancialYear(startYear - years);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return "%d-%02d".formatted(startYear, (startYear + 1) % 100);
    }
}
