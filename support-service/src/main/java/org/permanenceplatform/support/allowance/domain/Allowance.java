package org.permanenceplatform.support.allowance.domain;

import org.permanenceplatform.support.rules.domain.RuleBroken;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An allowance paid to the family.
 *
 * @param amount     pounds per payment
 * @param end        the last day it is paid, or null while open-ended
 * @param reviewDate when it is next reviewed (means-tested allowances are reviewed every year)
 */
public record Allowance(String id, AllowanceKind kind, BigDecimal amount, Frequency frequency, LocalDate start,
                        LocalDate end, LocalDate reviewDate) {

    /** Staying Put is for young people aged 18 to 21. */
    public static final int STAYING_PUT_FROM_AGE = 18;
    public static final int STAYING_PUT_TO_AGE = 21;

    public Allowance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(start, "start");
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new RuleBroken("amount", "must be pounds and pence, more than zero");
        }
        if (end != null && end.isBefore(start)) {
            throw new RuleBroken("end", "must not be before the start (" + start + ")");
        }
        if (reviewDate != null && reviewDate.isBefore(start)) {
            throw new RuleBroken("reviewDate", "must not be before the start (" + start + ")");
        }
    }

    public boolean inForceOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    public BigDecimal weeklyAmount() {
        return frequency.weekly(amount);
    }

    /**
     * Refuses a Staying Put allowance outside the young person's 18th to 21st birthdays, when their date of birth is
     * known.
     */
    public void requireAgeFits(LocalDate dateOfBirth) {
        if (kind != AllowanceKind.STAYING_PUT || dateOfBirth == null) {
            return;
        }
        LocalDate from = dateOfBirth.plusYears(STAYING_PUT_FROM_AGE);
        LocalDate until = dateOfBirth.plusYears(STAYING_PUT_TO_AGE);
        if (start.isBefore(from)) {
            throw new RuleBroken("start", "Staying Put starts at 18 (" + from + ")");
        }
        if (!start.isBefore(until) || end != null && end.isAfter(until)) {
            throw new RuleBroken(start.isBefore(until) ? "end" : "start", "Staying Put ends at 21 (" + until + ")");
        }
    }
}
