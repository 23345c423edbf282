package org.permanenceplatform.kit.security;

import org.permanenceplatform.kit.reference.LocalAuthorities;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the platform's claims from a verified token: {@code sub}, {@code roles}, {@code la}, {@code region},
 * {@code provider}, {@code scope}. A token that grants a role without the place the role needs is invalid.
 */
public final class TokenClaims {

    public static final String ROLES = "roles";
    public static final String LA = "la";
    public static final String REGION = "region";
    public static final String PROVIDER = "provider";
    public static final String SCOPE = "scope";
    public static final String LAS = "las";
    public static final String SERVICE_SUBJECT_PREFIX = "service:";

    private TokenClaims() {
    }

    /** @throws IllegalArgumentException naming the claim at fault */
    public static CurrentUser toCurrentUser(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("the token has no sub");
        }
        Set<Role> roles = roles(jwt.getClaimAsStringList(ROLES));
        Set<String> scopes = scopes(jwt.getClaimAsString(SCOPE));
        if (roles.isEmpty() && !subject.startsWith(SERVICE_SUBJECT_PREFIX)) {
            throw new IllegalArgumentException("a person's token must grant at least one role");
        }
        Optional<String> la = Optional.ofNullable(jwt.getClaimAsString(LA));
        Optional<String> region = Optional.ofNullable(jwt.getClaimAsString(REGION));
        Optional<String> provider = Optional.ofNullable(jwt.getClaimAsString(PROVIDER));
        requirePlaces(roles, la, region, provider);
        List<String> las = jwt.getClaimAsStringList(LAS);
        if (las != null && !subject.startsWith(SERVICE_SUBJECT_PREFIX)) {
            throw new IllegalArgumentException("only a service token may speak for several LAs (las)");
        }
        return new CurrentUser(subject, roles, la, region, provider, scopes, las == null ? Set.of() : Set.copyOf(las));
    }

    /**
     * Every role needs the place it is scoped to (an LA role an {@code la}, a regional board member a {@code region},
     * a provider user a {@code provider}), and an LA must be a known one.
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    public static void requirePlaces(Set<Role> roles, Optional<String> la, Optional<String> region,
                                     Optional<String> provider) {
        la.ifPresent(code -> {
            if (!LocalAuthorities.england().isKnown(code)) {
                throw new IllegalArgumentException("la " + code + " is not a known LA code");
            }
        });
        for (Role role : roles) {
            boolean placed = switch (role.scopeKind()) {
                case LA -> la.isPresent();
                case REGION -> region.isPresent();
                case PROVIDER -> provider.isPresent();
                case NATIONAL -> true;
            };
            if (!placed) {
                throw new IllegalArgumentException("role " + role + " needs the claim "
                        + role.scopeKind().name().toLowerCase());
            }
        }
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            return Set.of();
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("role " + name + " is not a role of the platform");
            }
        }
        return roles;
    }

    private static Set<String> scopes(String scope) {
        if (scope == null || scope.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(scope.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
