package org.permanenceplatform.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Guards the sign-in form: a locked username is refused with 429 before its password is even checked; every
 * attempt is counted and audited.
 */
@Component
public class SignInGuard {

    private final SignInAttempts attempts;
    private final GatewayAudit audit;
    private final RedirectServerAuthenticationSuccessHandler home = new RedirectServerAuthenticationSuccessHandler("/");
    private final RedirectServerAuthenticationFailureHandler retry =
            new RedirectServerAuthenticationFailureHandler("/login?error");

    public SignInGuard(SignInAttempts attempts, GatewayAudit audit) {
        this.attempts = attempts;
        this.audit = audit;
    }

    /** Runs before authentication on {@code POST /login}. */
    public WebFilter lockout() {
        return (exchange, chain) -> isSignIn(exchange)
                ? exchange.getFormData().flatMap(form -> {
                    String username = form.getFirst("username");
                    Duration locked = attempts.lockedFor(username);
                    if (locked.isZero()) {
                        return chain.filter(exchange);
                    }
                    return audit.record(GatewayAudit.Action.SIGN_IN_REFUSED_LOCKED, username, exchange)
                            .then(tooManyAttempts(exchange, locked));
                })
                : chain.filter(exchange);
    }

    public ServerAuthenticationSuccessHandler onSuccess() {
        return (WebFilterExchange exchange, Authentication authentication) -> {
            attempts.succeeded(authentication.getName());
            if (authentication instanceof CredentialsContainer signedIn) {
                signedIn.eraseCredentials(); // the session, which the gateway stores, needs no password hash
            }
            return audit.record(GatewayAudit.Action.SIGN_IN_SUCCEEDED, authentication.getName(),
                    exchange.getExchange()).then(home.onAuthenticationSuccess(exchange, authentication));
        };
    }

    public ServerAuthenticationFailureHandler onFailure() {
        return (WebFilterExchange exchange, AuthenticationException failure) -> exchange.getExchange().getFormData()
                .flatMap(form -> {
                    String username = form.getFirst("username"); // none when an OIDC provider was used
                    if (username != null) {
                        attempts.failed(username);
                    }
                    return audit.record(GatewayAudit.Action.SIGN_IN_FAILED, username, exchange.getExchange());
                })
                .then(retry.onAuthenticationFailure(exchange, failure));
    }

    private static boolean isSignIn(ServerWebExchange exchange) {
        return exchange.getRequest().getMethod() == HttpMethod.POST
                && exchange.getRequest().getPath().value().equals("/login");
    }

    private static Mono<Void> tooManyAttempts(ServerWebExchange exchange, Duration locked) {
        long minutes = Math.max(1, (locked.toSeconds() + 59) / 60);
        exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(locked.toSeconds()));
        exchange.getResponse().getHeaders().setContentType(MediaType.TEXT_HTML);
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many attempts - "
                + "Permanence Platform</title></head><body><h1>Too many failed sign-in attempts</h1><p>This account is "
                + "locked. Try again in " + minutes + " minutes, or ask your administrator.</p>"
                + "<p><a href=\"/login\">Back to sign in</a></p></body></html>";
        return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory()
                .wrap(page.getBytes(StandardCharsets.UTF_8))));
    }
}
