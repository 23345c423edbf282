package org.permanenceplatform.gateway.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per username: the fifth failure within any 15 minutes locks the username for 15 minutes, during
 * which even the right password is refused (429); a success clears the count. An exact sliding window of failure
 * times (a token bucket, as used for the API rate limit, only approximates "5 in 15 minutes"). Held in this
 * gateway's memory: a restart clears it, and each gateway instance counts alone.
 */
@Component
public class SignInAttempts {

    static final int ALLOWED_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    public SignInAttempts(Clock clock) {
        this.clock = clock;
    }

    /** How long the username stays locked, or zero. */
    public Duration lockedFor(String username) {
        Instant until = lockedUntil.get(key(username));
        if (until == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), until);
        if (left.isNegative() || left.isZero()) {
            lockedUntil.remove(key(username));
            failures.remove(key(username));
            return Duration.ZERO;
        }
        return left;
    }

    /** Counts a failure; returns true when this failure locks the username. */
    public boolean failed(String username) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key(username), name -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
                recent.removeFirst();
            }
            if (recent.size() >= ALLOWED_FAILURES) {
                lockedUntil.put(key(username), now.plus(LOCKOUT));
                recent.clear();
                return true;
            }
            return false;
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
        lockedUntil.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
