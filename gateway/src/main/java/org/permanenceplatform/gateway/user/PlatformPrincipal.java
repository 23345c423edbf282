package org.permanenceplatform.gateway.user;

/** Whoever signed in, by password or through an OIDC provider: always a user of the platform. */
public interface PlatformPrincipal {

    PlatformUser user();
}
