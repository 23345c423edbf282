package org.permanenceplatform.permanence.clock.domain;

import org.permanenceplatform.permanence.reference.domain.ReferenceFile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * England and Wales bank holidays, read from a table rather than computed, because the government moves and adds
 * them (VE day 2020, the Platinum Jubilee and the State Funeral in 2022, the Coronation in 2023) and a statutory
 * working-day clock must count the days that were really holidays.
 *
 * <p>The table covers whole years, from its first year to its last. A question about a year outside it fails
 * loudly: treating an unknown year as having no holidays would make a review look due earlier than the law says,
 * and nobody would notice until the table was years out of date.
 */
public final class BankHolidays {

    /** The classpath table: GOV.UK bank holidays for England and Wales. */
    public static final String ENGLAND_AND_WALES_TABLE = "/reference/england-bank-holidays.csv";

    /** Every year has at least New Year, Good Friday, Easter Monday, three May/August Mondays and two at Christmas. */
    private static final int FEWEST_IN_A_YEAR = 8;

    private static final class EnglandAndWales {
        static final BankHolidays TABLE = load(ENGLAND_AND_WALES_TABLE);
    }

    private final TreeMap<LocalDate, String> holidays;
    private final int firstYear;
    private final int lastYear;

    private BankHolidays(TreeMap<LocalDate, String> holidays) {
        if (holidays.isEmpty()) {
            throw new IllegalStateException("the bank holiday table is empty");
        }
        this.holidays = holidays;
        this.firstYear = holidays.firstKey().getYear();
        this.lastYear = holidays.lastKey().getYear();
        for (int year = firstYear; year <= lastYear; year++) {
            int count = in(year).size();
            if (count < FEWEST_IN_A_YEAR) {
                throw new IllegalStateException("the bank holiday table has " + count + " holidays in " + year
                        + "; a whole year has at least " + FEWEST_IN_A_YEAR);
            }
        }
    }

    /** The England and Wales table shipped with the service, read once. */
    public static BankHolidays englandAndWales() {
        return EnglandAndWales.TABLE;
    }

    /** Reads a table from the classpath; a missing or malformed table stops the service rather than miscount. */
    public static BankHolidays load(String resource) {
        return parse(ReferenceFile.lines(resource, "bank holiday table"), resource);
    }

    /**
     * Reads {@code date,name} rows. Lines starting with {@code #}, blank lines and the {@code date,name} header are
     * skipped; anything else that is not an ISO date and a name is an error naming its line.
     */
    public static BankHolidays parse(List<String> lines, String source) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.equals("date,name")) {
                continue;
            }
            String at = source + " line " + (i + 1) + ": ";
            int comma = line.indexOf(',');
            if (comma < 0 || line.substring(comma + 1).isBlank()) {
                throw new IllegalStateException(at + "expected date,name but found '" + line + "'");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(line.substring(0, comma).strip());
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(at + "'" + line.substring(0, comma) + "' is not a date (yyyy-mm-dd)");
            }
            if (holidays.put(date, line.substring(comma + 1).strip()) != null) {
                throw new IllegalStateException(at + date + " is listed twice");
            }
        }
        return new BankHolidays(holidays);
    }

    /** Whether the table knows the holidays of the date's year. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** @throws IllegalArgumentException when the date's year is outside the table */
    public boolean isBankHoliday(LocalDate date) {
        return nameOf(date).isPresent();
    }

    /** The holiday's name as GOV.UK gives it, or empty on an ordinary day. */
    public Optional<String> nameOf(LocalDate date) {
        requireCovered(date.getYear());
        return Optional.ofNullable(holidays.get(date));
    }

    /** The year's holidays in date order. */
    public Map<LocalDate, String> in(int year) {
        requireCovered(year);
        return Collections.unmodifiableMap(holidays.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
    }

    private void requireCovered(int year) {
        if (year < firstYear || year > lastYear) {
            throw new IllegalArgumentException("the bank holiday table covers " + firstYear + " to " + lastYear
                    + ", not " + year + ": add " + year + "'s England and Wales bank holidays from GOV.UK");
        }
    }
}
