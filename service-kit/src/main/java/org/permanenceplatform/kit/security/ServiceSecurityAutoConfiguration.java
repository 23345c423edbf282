package org.permanenceplatform.kit.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every request to a service needs a valid ES256 token from the platform's issuer, meant for this service
 * (audience), with sensible platform claims. Health and metrics on the management port are open (that port is
 * never routed from outside). Roles and LA scope are then checked by each resource through {@link CurrentUser}.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(JwtProperties.class)
public class ServiceSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(JwtProperties properties, Environment environment) {
        NimbusJwtDecoder decoder;
        if (properties.hasInlineKeys()) {
            decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(publicKeys(properties.jwks())))
                    .jwsAlgorithms(algorithms -> algorithms.add(SignatureAlgorithm.ES256)).build();
        } else if (properties.hasKeyLocation()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri())
                    .jwsAlgorithm(SignatureAlgorithm.ES256).build();
        } else {
            throw new IllegalStateException("Set platform.security.jwt.jwks-uri (the gateway's JWKS) or "
                    + "platform.security.jwt.jwks (a JWKS document) so that this service can check tokens");
        }
        String audience = properties.audience() != null ? properties.audience()
                : environment.getRequiredProperty("spring.application.name");
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(audience)),
                new PlatformClaimsValidator()));
        return decoder;
    }

    private static JWKSet publicKeys(String jwks) {
        try {
            return JWKSet.parse(jwks).toPublicJWKSet();
        } catch (ParseException e) {
            throw new IllegalStateException("platform.security.jwt.jwks is not a JWKS document", e);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain serviceSecurity(HttpSecurity http, JwtDecoder decoder, JsonMapper json) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(json);
        JwtAuthenticationConverter authorities = new JwtAuthenticationConverter();
        authorities.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<org.springframework.security.core.GrantedAuthority> granted = new ArrayList<>();
            CurrentUser user = TokenClaims.toCurrentUser(jwt);
            user.roles().forEach(role -> granted.add(
                    new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role)));
            user.scopes().forEach(scope -> granted.add(
                    new org.springframework.security.core.authority.SimpleGrantedAuthority("SCOPE_" + scope)));
            return granted;
        });
        http
                .csrf(csrf -> csrf.disable()) // bearer tokens only: no cookie for a forged request to ride on
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                                "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authorities))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    WebMvcConfigurer currentUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
