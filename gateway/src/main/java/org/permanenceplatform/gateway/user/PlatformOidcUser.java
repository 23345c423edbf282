package org.permanenceplatform.gateway.user;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

/**
 * A person who signed in through the organisation's OIDC provider and is a user of the platform: the provider
 * proves who they are; their roles and place come from the platform's own user record, never from the provider.
 */
public record PlatformOidcUser(PlatformUser user, OidcUser oidc) implements OidcUser, PlatformPrincipal, Serializable {

    @Override
    public Map<String, Object> getClaims() {
        return oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    /** The platform username: what audit rows and tokens name. */
    @Override
    public String getName() {
        return user.username();
    }
}
