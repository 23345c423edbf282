package org.permanenceplatform.outcomes.disclosure.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An unrounded, unsuppressed figure, as computed from the dataset, before disclosure control decides what of it may
 * be published. Every kind carries what the rules need: a share its numerator and denominator, a mean, median or
 * percentile the number of children it was computed from.
 */
public sealed interface Figure {

    /** A number of children, placements or orders. */
    record Count(long value) implements Figure {
        public Count {
            if (value < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
        }
    }

    /** A share published as a whole-number percentage: numerator out of denominator. */
    record Share(long numerator, long denominator) implements Figure {
        public Share {
            if (numerator < 0 || denominator < numerator) {
                throw new IllegalArgumentException("a share needs 0 <= numerator <= denominator");
            }
        }
    }

    /**
     * A rate that is not a share, such as moves per 1,000 days in care: {@code events / exposure * per}, from
     * {@code children} children, published to {@code decimals} places.
     */
    record Rate(long events, long exposure, int per, int children, int decimals) implements Figure {
        public Rate {
            if (events < 0 || exposure < 0 || per <= 0 || children < 0 || decimals < 0) {
                throw new IllegalArgumentException("a rate needs non-negative events, exposure and children");
            }
        }
    }

    /** A mean, median or percentile of a value over {@code children} children, published to {@code decimals} places. */
    record Summary(BigDecimal value, int children, int decimals) implements Figure {
        public Summary {
            if (children < 0 || decimals < 0 || (children > 0 && value == null)) {
                throw new IllegalArgumentException("a summary of children needs its value");
            }
        }

        public static Summary ofNone() {
            return new Summary(null, 0, 0);
        }
    }

    /** No figure: not applicable ({@code z}) or not available ({@code x}). */
    record Absent(Symbol symbol) implements Figure {
        public Absent {
            Objects.requireNonNull(symbol, "symbol");
            if (symbol != Symbol.NOT_APPLICABLE && symbol != Symbol.NOT_AVAILABLE) {
                throw new IllegalArgumentException("an absent figure is z or x");
            }
        }
    }
}
