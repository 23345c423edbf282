package org.permanenceplatform.outcomes.disclosure.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a figure that may be published is written. Counts for England and the regions are rounded to the nearest 10,
 * halves upwards (5 becomes 10, 15 becomes 20); LA and board grouping counts are exact. Shares are computed from the
 * unrounded figures and written as whole-number percentages, halves upwards. A share, rate or summary that is not
 * zero but rounds to zero is written {@code low}; a share of nothing, or a summary of no children, is {@code z}.
 */
final class Presentation {

    private Presentation() {
    }

    static String text(Figure figure, GeographyLevel level) {
        if (figure instanceof Figure.Count count) {
            return Long.toString(level.countsRoundedToTens() ? roundToTens(count.value()) : count.value());
        }
        if (figure instanceof Figure.Share share) {
            return share.denominator() == 0 ? Symbol.NOT_APPLICABLE.text()
                    : rounded(ratio(share.numerator() * 100L, share.denominator()), 0);
        }
        if (figure instanceof Figure.Rate rate) {
            return rate.exposure() == 0 ? Symbol.NOT_APPLICABLE.text()
                    : rounded(ratio(rate.events() * rate.per(), rate.exposure()), rate.decimals());
        }
        if (figure instanceof Figure.Summary summary) {
            return summary.children() == 0 ? Symbol.NOT_APPLICABLE.text()
                    : rounded(summary.value(), summary.decimals());
        }
        return ((Figure.Absent) figure).symbol().text();
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 12, RoundingMode.HALF_UP);
    }

    /** The nearest multiple of 10, halves upwards. */
    static long roundToTens(long value) {
        return (value + 5) / 10 * 10;
    }

    private static String rounded(BigDecimal value, int decimals) {
        BigDecimal written = value.setScale(decimals, RoundingMode.HALF_UP);
        if (written.signum() == 0 && value.signum() != 0) {
            return Symbol.LOW.text();
        }
        return written.toPlainString();
    }
}
