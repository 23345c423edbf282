package org.permanenceplatform.generator.journey;

import java.util.SplittableRandom;

/** Draws from the seeded stream only: the same seed always gives the same journeys. */
final class Draw {

    private final SplittableRandom random;

    Draw(SplittableRandom random) {
        this.random = random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** Triangular on [low, high] with its peak at {@code mode}: skewed lengths of stay without a fat tail. */
    int triangular(int low, int mode, int high) {
        double u = random.nextDouble();
        double cut = (double) (mode - low) / (high - low);
        double x = u < cut
                ? low + Math.sqrt(u * (high - low) * (mode - low))
                : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
        return (int) Math.round(x);
    }

    /** Exponential with the given mean, at least 1: short stays that now and then run long. */
    int exponential(double mean) {
        return 1 + (int) (-mean * Math.log(1 - random.nextDouble()));
    }

    /** One of {@code values}, with the matching (not necessarily normalised) weights. */
    <T> T pick(T[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** Standard normal: the spread of one fee about its usual level. */
    double gaussian() {
        return random.nextGaussian();
    }

    double nextDouble() {
        return random.nextDouble();
    }

    long nextLong() {
        return random.nextLong();
    }
}
