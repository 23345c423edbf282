package org.permanenceplatform.gateway.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeReactiveAuthenticationManager;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * People sign in with a form and keep a session cookie; the browser never holds a token. Failed sign-ins lock a
 * username for 15 minutes after the fifth in 15 minutes, and every attempt is audited ({@link SignInGuard}). API paths answer 401/403
 * as problem+json instead of redirecting to the login page. Every state-changing request needs the CSRF token:
 * forms carry it as a hidden field, scripts send the {@code XSRF-TOKEN} cookie back as {@code X-XSRF-TOKEN}.
 */
@Configuration
public class GatewaySecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final ServerWebExchangeMatcher API = new PathPatternParserServerWebExchangeMatcher("/api/**");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // BCrypt
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, SignInGuard signIn, OidcSignIn oidc,
            ObjectProvider<ReactiveClientRegistrationRepository> oidcProviders) {
        ServerAuthenticationEntryPoint apiUnauthenticated = (exchange, failure) -> ProblemResponses.write(exchange,
                ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                        "Sign in first: API calls through the gateway need a signed-in session.", exchange));
        ServerAccessDeniedHandler apiDenied = (exchange, denied) -> ProblemResponses.write(exchange,
                ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", denied.getMessage(),
                        exchange));
        ServerAccessDeniedHandler denied = (exchange, failure) -> API.matches(exchange)
                .flatMap(match -> match.isMatch() ? apiDenied.handle(exchange, failure)
                        : Mono.fromRunnable(() -> exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN)));
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(API, apiUnauthenticated));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint("/login"));

        if (oidcProviders.getIfAvailable() != null) {
            // Production sign-in through the organisation's OIDC provider (configured under
            // spring.security.oauth2.client.registration.*); roles still come from the platform's own user records.
            http.oauth2Login(login -> login
                    .authenticationManager(new OidcAuthorizationCodeReactiveAuthenticationManager(
                            new WebClientReactiveAuthorizationCodeTokenResponseClient(), oidc))
                    .authenticationSuccessHandler(signIn.onSuccess())
                    .authenticationFailureHandler(signIn.onFailure()));
        }
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/.well-known/jwks.json", "/oauth2/token", "/oauth2/authorization/**",
                                "/login/oauth2/code/**", "/login", "/assets/**", "/webjars/**", "/css/**", "/js/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .anyExchange().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .authenticationSuccessHandler(signIn.onSuccess())
                        .authenticationFailureHandler(signIn.onFailure()))
                .addFilterBefore(signIn.lockout(), SecurityWebFiltersOrder.FORM_LOGIN)
                // After the context is cleared, the session itself goes: its stored document is deleted and the
                // browser's cookie expired (WebFlux's default only clears the context and keeps the session).
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler())))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        // Machine clients authenticate each call with their secret; there is no cookie to ride on.
                        .requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(
                                CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                                new NegatedServerWebExchangeMatcher(
                                        new PathPatternParserServerWebExchangeMatcher("/oauth2/token"))))
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter
                                        .ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * The CSRF token is made lazily; subscribing to it on every request makes sure the {@code XSRF-TOKEN} cookie is
     * there for scripts as soon as someone is signed in.
     */
    @Bean
    WebFilter csrfCookieWebFilter() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
        };
    }
}
