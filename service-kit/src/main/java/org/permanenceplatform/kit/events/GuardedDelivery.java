package org.permanenceplatform.kit.events;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * One delivery to one receiver, guarded: a time limiter (longer than the Feign read timeout, so the client's own
 * timeout fires first), a circuit breaker per receiver (so a receiver that is down is not hammered), and a retry
 * with exponential backoff and jitter (event POSTs are idempotent by event id, so retrying is safe).
 */
final class GuardedDelivery {

    static final Duration TIME_LIMIT = Duration.ofSeconds(8);

    private final EventReceiverClient client;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final TimeLimiter limiter;
    private final ExecutorService executor;

    GuardedDelivery(String destination, EventReceiverClient client, CircuitBreakerRegistry breakers,
                    ExecutorService executor) {
        this.client = client;
        this.executor = executor;
        this.breaker = breakers.circuitBreaker("events-" + destination, CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(10)).permittedNumberOfCallsInHalfOpenState(1).build());
        this.retry = Retry.of("events-" + destination, RetryConfig.custom().maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(200), 2.0, 0.5))
                .ignoreExceptions(CallNotPermittedException.class).build());
        this.limiter = TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(TIME_LIMIT)
                .cancelRunningFuture(true).build());
    }

    EventReceipt send(URI receiver, String bearer, EventBatch batch) throws Exception {
        Callable<EventReceipt> limited = TimeLimiter.decorateFutureSupplier(limiter,
                () -> CompletableFuture.supplyAsync(() -> client.deliver(receiver, bearer, batch), executor));
        return Retry.decorateCallable(retry, CircuitBreaker.decorateCallable(breaker, limited)).call();
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }
}
