package org.permanenceplatform.support.allowance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How often an allowance is paid, and what each payment is a week (to the penny, halves rounded up). */
public enum Frequency {
    WEEKLY(1, 1),
    FORTNIGHTLY(1, 2),
    FOUR_WEEKLY(1, 4),
    MONTHLY(12, 52),
    ANNUALLY(1, 52);

    private final int paymentsPerPeriod;
    private final int weeksPerPeriod;

    Frequency(int paymentsPerPeriod, int weeksPerPeriod) {
        this.paymentsPerPeriod = paymentsPerPeriod;
        this.weeksPerPeriod = weeksPerPeriod;
    }

    public BigDecimal weekly(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(paymentsPerPeriod))
                .divide(BigDecimal.valueOf(weeksPerPeriod), 2, RoundingMode.HALF_UP);
    }
}
