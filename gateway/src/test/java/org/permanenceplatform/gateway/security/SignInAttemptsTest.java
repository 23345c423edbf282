package org.permanenceplatform.gateway.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SignInAttemptsTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        MovingClock clock = new MovingClock();
        SignInAttempts attempts = new SignInAttempts(clock);
        for (int i = 0; i < 4; i++) {
            assertThat(attempts.failed("sam")).isFalse();
            clock.pass(Duration.ofMinutes(2));
        }
        assertThat(attempts.failed("sam")).isTrue();
        assertThat(attempts.lockedFor("SAM ")).isEqualTo(Duration.ofMinutes(15));

        clock.pass(Duration.ofMinutes(14));
        assertThat(attempts.lockedFor("sam")).isPositive();
        clock.pass(Duration.ofMinutes(1));
        assertThat(attempts.lockedFor("sam")).isZero();
        assertThat(attempts.failed("sam")).as("the count starts again after the lockout").isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        MovingClock clock = new MovingClock();
        SignInAttempts attempts = new SignInAttempts(clock);
        for (int i = 0; i < 10; i++) {
            assertThat(attempts.failed("sam")).as("failure " + (i + 1)).isFalse();
            clock.pass(Duration.ofMinutes(4));
        }
    }

    @Test
    void aSuccessClearsTheCount() {
        SignInAttempts attempts = new SignInAttempts(new MovingClock());
        for (int i = 0; i < 4; i++) {
            attempts.failed("sam");
        }
        attempts.succeeded("sam");
        assertThat(attempts.failed("sam")).isFalse();
    }
}
