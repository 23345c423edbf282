package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * Ages from a birth month, since the dataset never holds a full date of birth. Convention (ADR 013): a child is
 * taken to be born on the 1st of the birth month, as the London (LIIA) pipeline degrades dates of birth. Birthdays
 * therefore fall on the 1st: a child born in 2009-04 is 16 from 1 April 2025, and so under 16 on 31 March 2025.
 */
public final class BirthMonth {

    private BirthMonth() {
    }

    public static LocalDate assumedBirthDate(YearMonth birthMonth) {
        return birthMonth.atDay(1);
    }

    public static int ageOn(YearMonth birthMonth, LocalDate day) {
        return Period.between(assumedBirthDate(birthMonth), day).getYears();
    }

    public static LocalDate birthday(YearMonth birthMonth, int years) {
        return assumedBirthDate(birthMonth).plusYears(years);
    }

    /** The DfE age bands of the children looked after statistics. */
    public static String ageBand(YearMonth birthMonth, LocalDate day) {
        int age = ageOn(birthMonth, day);
        return age < 1 ? "under 1" : age < 5 ? "1 to 4" : age < 10 ? "5 to 9" : age < 16 ? "10 to 15" : "16 and over";
    }
}
