package org.permanenceplatform.permanence.clock.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days as statutory guidance counts them: Monday to Friday, except England and Wales bank holidays. The
 * first looked-after review, for one, is due within 20 working days of the child becoming looked after.
 */
public final class WorkingDays {

    private final BankHolidays bankHolidays;

    public WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    /** Working days in England and Wales, from the table shipped with the service. */
    public static WorkingDays englandAndWales() {
        return new WorkingDays(BankHolidays.englandAndWales());
    }

    /** @throws IllegalArgumentException when the date's year is outside the bank holiday table */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(date);
    }

    /**
     * The n-th working day after {@code start}: the start day itself is not counted, whatever day it is, so a child
     * who became looked after on a Friday has the following Monday as working day 1. With n = 0, the start itself.
     *
     * @throws IllegalArgumentException when n is negative, or the count runs outside the bank holiday table
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot count " + n + " working days; count forwards from 0");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
