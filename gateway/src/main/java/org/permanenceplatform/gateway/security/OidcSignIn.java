package org.permanenceplatform.gateway.security;

import org.permanenceplatform.gateway.user.PlatformOidcUser;
import org.permanenceplatform.gateway.user.UserStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Locale;

/**
 * After the OIDC provider has proved who someone is, finds them among the platform's users by a claim
 * ({@code platform.gateway.oidc.username-claim}, default {@code preferred_username}). Someone the provider knows but
 * the platform does not, or a stopped user, is refused.
 */
@Component
public class OidcSignIn implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcReactiveOAuth2UserService provider = new OidcReactiveOAuth2UserService();
    private final UserStore users;
    private final String usernameClaim;

    public OidcSignIn(UserStore users, @Value("${platform.gateway.oidc.username-claim:preferred_username}") String claim) {
        this.users = users;
        this.usernameClaim = claim;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        return provider.loadUser(request).flatMap(oidc -> {
            Object claimed = oidc.getClaims().get(usernameClaim);
            if (claimed == null) {
                return refuse("the provider's token has no " + usernameClaim);
            }
            String username = claimed.toString().strip().toLowerCase(Locale.ROOT);
            return Mono.fromCallable(() -> users.find(username)).subscribeOn(Schedulers.boundedElastic())
                    .flatMap(found -> found.filter(user -> user.enabled())
                            .<Mono<OidcUser>>map(user -> Mono.just(new PlatformOidcUser(user, oidc)))
                            .orElseGet(() -> refuse(username + " is not an active user of the platform")));
        });
    }

    private static Mono<OidcUser> refuse(String why) {
        return Mono.error(new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null)));
    }
}
