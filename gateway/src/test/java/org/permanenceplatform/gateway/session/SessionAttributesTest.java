package org.permanenceplatform.gateway.session;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.gateway.user.PlatformOidcUser;
import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.user.PlatformUserDetails;
import org.permanenceplatform.kit.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionAttributesTest {

    static final String CONTEXT = "SPRING_SECURITY_CONTEXT";
    static final PlatformUser PRACTITIONER = new PlatformUser("practitioner.durham", "{bcrypt}$2a$10$secret-hash",
            Set.of(Role.PRACTITIONER), Optional.of("840"), Optional.empty(), Optional.empty(), true);

    static Authentication readBack(Authentication signedIn) {
        byte[] stored = SessionAttributes.write(Map.of(CONTEXT, new SecurityContextImpl(signedIn)));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("secret-hash");
        return ((SecurityContext) SessionAttributes.read(stored).get(CONTEXT)).getAuthentication();
    }

    @Test
    void aPasswordSignInComesBackWithItsUserRolesAndPlaceButNoPasswordHash() {
        PlatformUserDetails details = new PlatformUserDetails(PRACTITIONER);
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(details,
                details.getPassword(), details.getAuthorities());
        signedIn.eraseCredentials();

        Authentication back = readBack(signedIn);

        assertThat(back.isAuthenticated()).isTrue();
        assertThat(back.getName()).isEqualTo("practitioner.durham");
        PlatformUser user = ((PlatformPrincipal) back.getPrincipal()).user();
        assertThat(user.roles()).containsExactly(Role.PRACTITIONER);
        assertThat(user.la()).contains("840");
        assertThat(user.passwordHash()).isEmpty();
        assertThat(back.getAuthorities()).extracting(Object::toString).contains("ROLE_PRACTITIONER");
    }

    @Test
    void anOidcSignInComesBackWithTheProvidersClaims() throws Exception {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject("a1b2").issuer("https://sso.example/realm")
                .issuedAt(Instant.parse("2026-01-01T10:00:00Z")).expiresAt(Instant.parse("2026-01-01T10:05:00Z"))
                .claim("preferred_username", "practitioner.durham").claim("groups", List.of("social-work"))
                .claim("realm_access", Map.of("roles", List.of("user"))).build();
        PlatformOidcUser principal = new PlatformOidcUser(PRACTITIONER, new DefaultOidcUser(List.of(), idToken));

        Authentication back = readBack(new OAuth2AuthenticationToken(principal, principal.getAuthorities(),
                "organisation"));

        PlatformOidcUser user = (PlatformOidcUser) back.getPrincipal();
        assertThat(user.getName()).isEqualTo("practitioner.durham");
        assertThat(user.getIdToken().getIssuer()).isEqualTo(new URL("https://sso.example/realm"));
        assertThat(user.getClaimAsStringList("groups")).containsExactly("social-work");
        assertThat(user.user().la()).contains("840");
    }

    @Test
    void storedBytesNamingAClassOutsideTheAllowedOnesAreNotRead() {
        byte[] stored = SessionAttributes.write(Map.of("counter", new AtomicInteger(1)));

        assertThatThrownBy(() -> SessionAttributes.read(stored))
                .isInstanceOf(SessionAttributes.UnreadableSession.class);
    }
}
