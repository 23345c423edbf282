package org.permanenceplatform.permanence.clock.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A length of time as the law, guidance or a practice target states it: "20 working days", "16 weeks", "3 months".
 * Kept in the unit it was given in, because the units do not convert: 3 months from 30 November is 28 or 29 February,
 * and 20 working days depend on the bank holidays in between.
 *
 * @param amount how many units, at least 1
 */
public record Timescale(int amount, Unit unit) {

    /** The units a timescale may be given in, with the words used to write them. */
    public enum Unit {
        DAYS("day"), WEEKS("week"), WORKING_DAYS("working day"), MONTHS("month");

        private final String word;

        Unit(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Timescale {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("a timescale is at least 1 " + unit.word() + ", not " + amount);
        }
    }

    public static Timescale weeks(int amount) {
        return new Timescale(amount, Unit.WEEKS);
    }

    /**
     * Reads a timescale as written in configuration: a whole number and a unit, singular or plural, e.g.
     * {@code 10 days}, {@code 1 week}, {@code 20 working days}, {@code 3 months}.
     */
    public static Timescale parse(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+", 2);
        if (words.length < 2) {
            throw new IllegalArgumentException("'" + text + "' is not a timescale such as '16 weeks'");
        }
        int amount;
        try {
            amount = Integer.parseInt(words[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' does not start with a whole number");
        }
        String unitWords = words[1].replaceAll("\\s+", " ");
        for (Unit unit : Unit.values()) {
            if (unitWords.equals(unit.word()) || unitWords.equals(unit.word() + "s")) {
                return new Timescale(amount, unit);
            }
        }
        throw new IllegalArgumentException("'" + text + "' has no known unit (days, weeks, working days, months)");
    }

    /** The day this timescale ends, counted from {@code from} (which is day 0). */
    public LocalDate after(LocalDate from, WorkingDays workingDays) {
        return switch (unit) {
            case DAYS -> from.plusDays(amount);
            case WEEKS -> from.plusWeeks(amount);
            case WORKING_DAYS -> workingDays.plusWorkingDays(from, amount);
            case MONTHS -> from.plusMonths(amount);
        };
    }

    @Override
    public String toString() {
        return amount + " " + unit.word() + (amount == 1 ? "" : "s");
    }
}
