package org.permanenceplatform.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The circuit breaker and time limiter behind every route. Timeouts line up: the route's HTTP response timeout
 * (spring.cloud.gateway...httpclient.response-timeout) is shorter than the time limiter here, so a slow service is
 * cut off by the client with a clean error, which the breaker counts, and the limiter is the outer guard.
 */
@Configuration
@EnableConfigurationProperties(Resilience.Settings.class)
class Resilience {

    @ConfigurationProperties("platform.gateway.resilience")
    record Settings(Duration timeLimit, int slidingWindow, int minimumCalls, float failureRatePercent,
                    Duration openFor) {

        Settings {
            timeLimit = timeLimit == null ? Duration.ofSeconds(12) : timeLimit;
            slidingWindow = slidingWindow == 0 ? 20 : slidingWindow;
            minimumCalls = minimumCalls == 0 ? 10 : minimumCalls;
            failureRatePercent = failureRatePercent == 0 ? 50 : failureRatePercent;
            openFor = openFor == null ? Duration.ofSeconds(10) : openFor;
        }
    }

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeBreakers(Settings settings) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(settings.timeLimit()).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(settings.slidingWindow())
                        .minimumNumberOfCalls(settings.minimumCalls())
                        .failureRateThreshold(settings.failureRatePercent())
                        .waitDurationInOpenState(settings.openFor())
                        .permittedNumberOfCallsInHalfOpenState(3)
                        .build())
                .build());
    }
}
