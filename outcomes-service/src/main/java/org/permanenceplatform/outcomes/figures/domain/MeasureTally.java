package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;
import org.permanenceplatform.outcomes.disclosure.domain.Symbol;
import org.permanenceplatform.outcomes.indicator.domain.Statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What one measure adds up to over some subjects, kept so that subjects can be added, taken away and tallies
 * merged, and the figure read back exactly as if computed over those subjects at once: counts and the two sides of
 * shares and rates as sums, and for a mean, median or percentile the histogram of the values themselves. A merged
 * tally keeps its parts' histograms and merges them all at once when its figure is read, which it must be before
 * any part changes (a read of the pre-aggregated figures lets no change in meanwhile).
 */
final class MeasureTally {

    private enum Kind { COUNT, SHARE, RATE, SUMMARY, ABSENT }

    private Kind kind;
    private long first;
    private long second;
    private long children;
    private int per = 1;
    private int decimals;
    private Symbol symbol;
    /** The values of the subjects added one by one. */
    private final Histogram own = new Histogram();
    /** Other tallies' histograms merged in, added up into one when first read; never holds {@code own}. */
    private final List<Histogram> parts = new ArrayList<>();

    /** Adds ({@code sign} 1) or takes away ({@code sign} -1) one subject's figure. */
    void add(Figure figure, int sign) {
        if (figure instanceof Figure.Count count) {
            kind(Kind.COUNT);
            first += sign * count.value();
        } else if (figure instanceof Figure.Share share) {
            kind(Kind.SHARE);
            first += sign * share.numerator();
            second += sign * share.denominator();
        } else if (figure instanceof Figure.Rate rate) {
            kind(Kind.RATE);
            first += sign * rate.events();
            second += sign * rate.exposure();
            children += (long) sign * rate.children();
            per = rate.per();
            decimals = rate.decimals();
        } else if (figure instanceof Figure.Summary summary) {
            kind(Kind.SUMMARY);
            addValue(summary, sign);
        } else if (figure instanceof Figure.Absent absent) {
            kind(Kind.ABSENT);
            symbol = absent.symbol();
        }
    }

    private void addValue(Figure.Summary summary, int sign) {
        if (summary.children() > 1) {
            throw new IllegalStateException("a summary of one subject has at most one value");
        }
        if (summary.children() == 1) {
            decimals = summary.decimals();
            own.add(summary.value(), sign);
        }
    }

    void add(MeasureTally other) {
        if (other.kind == null) {
            return;
        }
        kind(other.kind);
        first += other.first;
        second += other.second;
        children += other.children;
        per = other.per;
        symbol = other.symbol;
        if (other.hasValues()) {
            decimals = other.decimals;
        } else if (other.kind == Kind.RATE) {
            decimals = other.decimals;
        }
        Histogram values = other.histogram();
        if (!values.isEmpty()) {
            parts.add(values);
        }
    }

    private boolean hasValues() {
        return !own.isEmpty() || !parts.isEmpty();
    }

    /** The values of this tally; a merged tally adds its parts up once and keeps the sum. */
    private Histogram histogram() {
        if (parts.isEmpty()) {
            return own;
        }
        if (parts.size() == 1 && own.isEmpty()) {
            return parts.get(0);
        }
        if (!own.isEmpty()) {
            List<Histogram> all = new ArrayList<>(parts.size() + 1);
            all.add(own);
            all.addAll(parts);
            return Histogram.merge(all);
        }
        Histogram merged = Histogram.merge(parts);
        parts.clear();
        parts.add(merged);
        return merged;
    }

    /** The figure over the subjects tallied; which summary a measure is, its name says: mean_, median_, p90_. */
    Figure figure(String measure) {
        return switch (kind) {
            case COUNT -> new Figure.Count(first);
            case SHARE -> new Figure.Share(first, second);
            case RATE -> new Figure.Rate(first, second, per, Math.toIntExact(children), decimals);
            case ABSENT -> new Figure.Absent(symbol);
            case SUMMARY -> summary(measure);
        };
    }

    private Figure summary(String measure) {
        Histogram histogram = histogram();
        if (measure.startsWith("mean_")) {
            return Statistics.mean(histogram, decimals);
        }
        if (measure.startsWith("median_")) {
            return Statistics.median(histogram, decimals);
        }
        if (measure.startsWith("p90_")) {
            return Statistics.percentile(histogram, 90, decimals);
        }
        throw new IllegalStateException("the measure " + measure + " does not say which summary it is");
    }

    private void kind(Kind seen) {
        if (kind != null && kind != seen) {
            throw new IllegalStateException("a measure gave both a " + kind + " and a " + seen);
        }
        kind = seen;
    }
}
