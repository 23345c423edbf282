package org.permanenceplatform.gateway.user;

import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Looks users up for login, off the event loop. */
@Component
class UserDirectory implements ReactiveUserDetailsService {

    private final UserStore store;

    UserDirectory(UserStore store) {
        this.store = store;
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return Mono.fromCallable(() -> store.find(username.strip().toLowerCase(java.util.Locale.ROOT)))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(found -> found.<Mono<UserDetails>>map(user -> Mono.just(new PlatformUserDetails(user)))
                        .orElseGet(Mono::empty));
    }
}
