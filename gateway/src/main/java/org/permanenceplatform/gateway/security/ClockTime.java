package org.permanenceplatform.gateway.security;

import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Bucket4j's time, read from the gateway's injectable clock (so tests can move it). */
record ClockTime(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        Instant now = clock.instant();
        return Duration.between(Instant.EPOCH, now).toNanos();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
