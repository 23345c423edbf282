package org.permanenceplatform.gateway.user;

import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.security.TokenClaims;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person who signs in at the gateway, with the roles and the place (LA, board grouping, provider) that every token
 * minted for them carries. A role without the place it needs cannot be given.
 * <p>
 * A signed-in user is kept in the HTTP session, which the gateway stores; the stored form ({@link InSession}) leaves
 * the password hash out, and reading it back checks it again as a new user.
 */
public record PlatformUser(String username, String passwordHash, Set<Role> roles, Optional<String> la,
                           Optional<String> region, Optional<String> provider, boolean enabled) implements Serializable {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    /** What a user read back from a stored session has instead of a password hash: it matches no password. */
    static final String NO_PASSWORD_HASH = "";

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

    @Serial
    private Object writeReplace() {
        return new InSession(username, roles.stream().map(Role::name).sorted().toList(), la.orElse(null),
                region.orElse(null), provider.orElse(null), enabled);
    }

    /** A user as a stored session holds them: no password hash. */
    private record InSession(String username, List<String> roles, String la, String region, String provider,
                             boolean enabled) implements Serializable {

        @Serial
        private Object readResolve() {
            return new PlatformUser(username, NO_PASSWORD_HASH,
                    roles.stream().map(Role::valueOf).collect(Collectors.toSet()), Optional.ofNullable(la),
                    Optional.ofNullable(region), Optional.ofNullable(provider), enabled);
        }
    }
}
