package org.permanenceplatform.gateway.user;

import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.security.TokenClaims;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in at the gateway, with the roles and the place (LA, board grouping, provider) that every token
 * minted for them carries. A role without the place it needs cannot be given.
 */
public record PlatformUser(String username, String passwordHash, Set<Role> roles, Optional<String> la,
                           Optional<String> region, Optional<String> provider, boolean enabled) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    public PlatformUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(la, "la");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(provider, "provider");
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 2 to 64 lower-case letters, digits or . _ @ -");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        TokenClaims.requirePlaces(roles, la, region, provider);
    }
}
