package org.permanenceplatform.gateway.session;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Duration;

/**
 * WebFlux sessions kept in the gateway's database ({@link SessionStore}) instead of its memory. The session cookie
 * is still the one Boot makes from {@code server.reactive.session.cookie.*}, and the idle timeout is still
 * {@code server.reactive.session.timeout}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
class SessionConfiguration {

    /** How often expired sessions are swept out, and how many at most each time. */
    static final Duration SWEEP_EVERY = Duration.ofMinutes(5);
    static final int SWEEP_LIMIT = 1000;

    private static final Logger log = LoggerFactory.getLogger(SessionConfiguration.class);

    @Bean
    SessionStore sessionStore(MongoDatabase database, Clock clock, ServerProperties server) {
        SessionStore store = new SessionStore(database, clock, server.getReactive().getSession().getTimeout());
        store.ensureIndexes();
        return store;
    }

    /**
     * Sweeps expired sessions out now and then, off the event loop: the embedded store has no TTL monitor, and on
     * MongoDB the monitor may lag by a minute or so.
     */
    @Bean(destroyMethod = "dispose")
    Disposable expiredSessionSweep(SessionStore store) {
        return Flux.interval(SWEEP_EVERY, SWEEP_EVERY, Schedulers.boundedElastic())
                .concatMap(tick -> Mono.fromCallable(() -> store.sweep(SWEEP_LIMIT))
                        .doOnNext(swept -> log.debug("Swept {} expired sessions", swept))
                        .onErrorResume(e -> {
                            log.warn("Sweeping expired sessions failed; trying again in {}: {}", SWEEP_EVERY,
                                    e.toString());
                            return Mono.empty();
                        }))
                .subscribe();
    }
}
