package org.permanenceplatform.kit.security;

import org.springframework.security.access.AccessDeniedException;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, from a verified token: a person (through the gateway) or a service ({@code service:<name>}).
 *
 * @param subject  the {@code sub} claim
 * @param roles    the roles the token grants
 * @param la       the LA code the holder works for, for LA-scoped roles
 * @param region   the board grouping, for a regional board member
 * @param provider the provider, for a provider user
 * @param scopes   OAuth scopes (for example {@code events:write} on a service token)
 * @param las      for a service token, the LAs whose events the sender may send ({@code *}: every LA the platform
 *                 serves)
 */
public record CurrentUser(String subject, Set<Role> roles, Optional<String> la, Optional<String> region,
                          Optional<String> provider, Set<String> scopes, Set<String> las) {

    public CurrentUser {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
        las = Set.copyOf(las);
        Objects.requireNonNull(la, "la");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(provider, "provider");
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Throws 403 unless the caller holds one of the roles. */
    public void requireAnyRole(Role... wanted) {
        if (!hasAnyRole(wanted)) {
            throw new AccessDeniedException("This needs one of the roles " + Arrays.toString(wanted));
        }
    }

    /** The caller's LA, or 403 when the caller has none (a board or provider user, say). */
    public String requireLa() {
        return la.orElseThrow(() -> new AccessDeniedException("This needs a user of a local authority"));
    }

    /**
     * Whether the caller may see identifiable records of a child of this LA with one of the roles given: the role
     * must be LA-scoped and the caller's LA must be the child's.
     */
    public boolean mayReadChildOf(String childLa, Role... withRoles) {
        return la.filter(childLa::equals).isPresent()
                && Arrays.stream(withRoles).anyMatch(role -> role.scopeKind() == Role.ScopeKind.LA
                        && roles.contains(role));
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** A service caller ({@code sub} {@code service:<name>}), or empty for a person. */
    public Optional<String> serviceName() {
        return subject.startsWith(TokenClaims.SERVICE_SUBJECT_PREFIX)
                ? Optional.of(subject.substring(TokenClaims.SERVICE_SUBJECT_PREFIX.length())) : Optional.empty();
    }

    /** Whether this sender may send events about a record of this LA. */
    public boolean speaksFor(String laCode) {
        return las.contains("*") || las.contains(laCode) || la.filter(laCode::equals).isPresent();
    }
}
