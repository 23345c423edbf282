package org.permanenceplatform.gateway.routing;

import org.permanenceplatform.gateway.security.ProblemResponses;
import org.permanenceplatform.gateway.token.TokenMinter;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.util.List;

/**
 * Route filter {@code MintToken=<service>}: replaces whatever Authorization the caller sent with a fresh token for
 * the signed-in user, meant only for that service (its audience).
 */
@Component
public class MintTokenGatewayFilterFactory extends AbstractGatewayFilterFactory<MintTokenGatewayFilterFactory.Config> {

    private final TokenMinter minter;

    public MintTokenGatewayFilterFactory(TokenMinter minter) {
        super(Config.class);
        this.minter = minter;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("audience");
    }

    @Override
    public GatewayFilter apply(Config config) {
        return (exchange, chain) -> exchange.getPrincipal()
                .flatMap(MintTokenGatewayFilterFactory::signedInUser)
                .map(user -> "Bearer " + minter.mint(user, config.audience()))
                .flatMap(bearer -> chain.filter(exchange.mutate()
                        .request(request -> request.headers(headers -> headers.set(HttpHeaders.AUTHORIZATION, bearer)))
                        .build()).thenReturn(true))
                .switchIfEmpty(Mono.defer(() -> ProblemResponses.write(exchange, ProblemResponses.problem(
                        HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", "Sign in first.", exchange))
                        .thenReturn(false)))
                .then();
    }

    private static Mono<PlatformUser> signedInUser(Principal principal) {
        if (principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof PlatformPrincipal signedIn) {
            return Mono.just(signedIn.user());
        }
        return Mono.empty();
    }

    /** @param audience the service the token is for, as in its spring.application.name */
    public record Config(String audience) {
    }
}
