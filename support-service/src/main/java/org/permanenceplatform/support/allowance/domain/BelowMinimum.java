package org.permanenceplatform.support.allowance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An allowance in force that pays less a week than the configured national minimum for its kind.
 *
 * @param shortfall how much a week it falls short
 */
public record BelowMinimum(String caseId, Allowance allowance, BigDecimal weeklyAmount, BigDecimal minimum,
                           BigDecimal shortfall) {

    /** The allowances of one case in force on {@code day} that are below their minimum. */
    public static List<BelowMinimum> of(String caseId, List<Allowance> allowances, AllowanceMinimums minimums,
                                        LocalDate day) {
        List<BelowMinimum> below = new ArrayList<>();
        for (Allowance allowance : allowances) {
            if (!allowance.inForceOn(day)) {
                continue;
            }
            BigDecimal weekly = allowance.weeklyAmount();
            minimums.of(allowance.kind()).filter(minimum -> weekly.compareTo(minimum) < 0).ifPresent(minimum ->
                    below.add(new BelowMinimum(caseId, allowance, weekly, minimum, minimum.subtract(weekly))));
        }
        return below;
    }

    /** Largest shortfall first. */
    public static final Comparator<BelowMinimum> WORST_FIRST =
            Comparator.comparing(BelowMinimum::shortfall).reversed().thenComparing(BelowMinimum::caseId);
}
