package org.permanenceplatform.kit.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenClaimsTest {

    @Test
    void aPractitionerOfAnLaIsScopedToThatLa() {
        CurrentUser user = TokenClaims.toCurrentUser(jwt(Map.of("sub", "sam", "roles", List.of("PRACTITIONER"),
                "la", "840")));
        assertThat(user.la()).contains("840");
        assertThat(user.mayReadChildOf("840", Role.PRACTITIONER)).isTrue();
        assertThat(user.mayReadChildOf("841", Role.PRACTITIONER)).isFalse();
        assertThat(user.mayReadChildOf("840", Role.IRO)).as("a role the user lacks").isFalse();
    }

    @Test
    void anLaRoleWithoutAnLaIsRefused() {
        assertThatThrownBy(() -> TokenClaims.toCurrentUser(jwt(Map.of("sub", "sam",
                "roles", List.of("PRACTITIONER")))))
                .hasMessageContaining("PRACTITIONER").hasMessageContaining("la");
    }

    @Test
    void anUnknownLaCodeIsRefused() {
        assertThatThrownBy(() -> TokenClaims.toCurrentUser(jwt(Map.of("sub", "sam",
                "roles", List.of("PRACTITIONER"), "la", "999"))))
                .hasMessageContaining("999");
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertThatThrownBy(() -> TokenClaims.toCurrentUser(jwt(Map.of("sub", "sam",
                "roles", List.of("SUPERUSER"), "la", "840"))))
                .hasMessageContaining("SUPERUSER");
    }

    @Test
    void aRegionalBoardMemberNeedsARegionAndIsNeverScopedToAChild() {
        CurrentUser board = TokenClaims.toCurrentUser(jwt(Map.of("sub", "bo", "roles", List.of("REGIONAL_BOARD"),
                "region", "E12000001")));
        assertThat(board.mayReadChildOf("840", Role.values())).isFalse();
        assertThatThrownBy(() -> TokenClaims.toCurrentUser(jwt(Map.of("sub", "bo",
                "roles", List.of("REGIONAL_BOARD"))))).hasMessageContaining("region");
    }

    @Test
    void aServiceTokenCarriesScopesAndNoRoles() {
        CurrentUser relay = TokenClaims.toCurrentUser(jwt(Map.of("sub", "service:permanence-service",
                "scope", "events:write", "la", "840")));
        assertThat(relay.roles()).isEmpty();
        assertThat(relay.hasScope("events:write")).isTrue();
    }

    @Test
    void aPersonWithoutRolesIsRefused() {
        assertThatThrownBy(() -> TokenClaims.toCurrentUser(jwt(Map.of("sub", "nobody", "la", "840"))))
                .hasMessageContaining("role");
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "ES256"), claims);
    }
}
