package org.permanenceplatform.outcomes.disclosure.domain;

/**
 * The rules that hide a figure because of what it is, whatever else is published (DOMAIN.md):
 * <ul>
 *     <li>a count from 1 to 5;</li>
 *     <li>a share (or rate) whose numerator, or denominator minus numerator, is from 1 to 5;</li>
 *     <li>a mean, median or percentile from 1 to 5 children (none at all is {@code z}, not {@code c});</li>
 *     <li>a rate per days in care from 1 to 5 children: a rate over children is a kind of mean, so it follows the
 *     rule for means as well as the rule for rates (ADR 013).</li>
 * </ul>
 * Zero is never suppressed: a zero is a true, published zero.
 */
final class PrimarySuppression {

    static final long SMALLEST_SAFE = 6;

    private PrimarySuppression() {
    }

    static boolean confidential(Figure figure) {
        if (figure instanceof Figure.Count count) {
            return small(count.value());
        }
        if (figure instanceof Figure.Share share) {
            return small(share.numerator()) || small(share.denominator() - share.numerator());
        }
        if (figure instanceof Figure.Rate rate) {
            return small(rate.events()) || small(rate.exposure() - rate.events()) || small(rate.children());
        }
        if (figure instanceof Figure.Summary summary) {
            return small(summary.children());
        }
        return false;
    }

    /** From 1 to 5: small enough to identify a child. */
    static boolean small(long value) {
        return value >= 1 && value < SMALLEST_SAFE;
    }
}
