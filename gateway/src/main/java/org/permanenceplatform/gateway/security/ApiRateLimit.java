package org.permanenceplatform.gateway.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rate limit per signed-in user on the API ({@code platform.gateway.rate-limit.per-minute}, default 600): one
 * person, or one stolen session, cannot flood the services. Over the limit: 429 problem+json with Retry-After.
 */
@Component
public class ApiRateLimit implements WebFilter {

    private final long perMinute;
    private final ClockTime time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ApiRateLimit(@Value("${platform.gateway.rate-limit.per-minute:600}") long perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.time = new ClockTime(clock);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(principal -> buckets.computeIfAbsent(principal.getName(), name -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .withCustomTimePrecision(time).build()).tryConsumeAndReturnRemaining(1))
                .flatMap(probe -> probe.isConsumed() ? chain.filter(exchange).thenReturn(true)
                        : refuse(exchange, probe).thenReturn(true))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(true)))
                .then();
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, ConsumptionProbe probe) {
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return ProblemResponses.write(exchange, ProblemResponses.problem(HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited", "Too many requests", "Slow down: try again in " + seconds + " s.", exchange));
    }
}
