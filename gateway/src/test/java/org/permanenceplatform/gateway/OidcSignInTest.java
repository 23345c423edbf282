package org.permanenceplatform.gateway;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.user.UserStore;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through an OIDC provider (a stand-in for Keycloak or Entra ID): the provider proves who someone is; the
 * platform's own user record gives their role and LA; someone the platform does not know is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInTest {

    static final StubOidcProvider PROVIDER = new StubOidcProvider();
    static final StubService PERMANENCE = new StubService();
    static final String REGISTRATION = "spring.security.oauth2.client.registration.organisation.";
    static final String PROVIDER_DETAILS = "spring.security.oauth2.client.provider.organisation.";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) throws Exception {
        properties.add("spring.mongodb.uri", () -> TestStore.freshDatabaseUri("gateway_oidc"));
        properties.add("management.server.port", () -> "0");
        properties.add("platform.gateway.local-mode", () -> "true");
        String data = Files.createTempDirectory("gateway-oidc").toString();
        properties.add("platform.gateway.data-directory", () -> data);
        properties.add("PLATFORM_SECURE_COOKIES", () -> "false");
        properties.add("PERMANENCE_URL", PERMANENCE::url);
        properties.add(REGISTRATION + "client-id", () -> "permanence-platform");
        properties.add(REGISTRATION + "client-secret", () -> "not-a-real-secret");
        properties.add(REGISTRATION + "client-name", () -> "Your organisation account");
        properties.add(REGISTRATION + "authorization-grant-type", () -> "authorization_code");
        properties.add(REGISTRATION + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        properties.add(REGISTRATION + "scope", () -> "openid,profile");
        properties.add(PROVIDER_DETAILS + "authorization-uri", () -> PROVIDER.url() + "/authorize");
        properties.add(PROVIDER_DETAILS + "token-uri", () -> PROVIDER.url() + "/token");
        properties.add(PROVIDER_DETAILS + "jwk-set-uri", () -> PROVIDER.url() + "/jwks");
        properties.add(PROVIDER_DETAILS + "user-name-attribute", () -> "sub");
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
        PERMANENCE.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    /** Follows the authorization-code flow as a browser would, and answers where the gateway lands the person. */
    Reply signInThroughTheProvider(GatewaySession browser, String username) {
        PROVIDER.signInNextAs(username);
        Reply start = browser.get("/oauth2/authorization/organisation");
        assertThat(start.status()).as(start.toString()).isEqualTo(302);
        Reply atProvider = browser.send(HttpRequest.newBuilder(StubOidcProvider.location(start)).GET());
        URI callback = StubOidcProvider.location(atProvider);
        return browser.send(HttpRequest.newBuilder(callback).GET());
    }

    @Test
    void theSignInPageOffersTheProvider() {
        GatewaySession browser = new GatewaySession("http://127.0.0.1:" + port);
        assertThat(browser.get("/login").body()).contains("Your organisation account",
                "/oauth2/authorization/organisation");
    }

    @Test
    void aPlatformUserSignsInThroughTheProviderAndKeepsTheirPlatformRoleAndLa() throws Exception {
        users.save(new PlatformUser("sam.carter", "{noop}unused-password-for-oidc-users", Set.of(Role.IRO),
                Optional.of("202"), Optional.empty(), Optional.empty(), true));
        GatewaySession browser = new GatewaySession("http://127.0.0.1:" + port);

        Reply landed = signInThroughTheProvider(browser, "Sam.Carter");
        assertThat(landed.status()).as(landed.toString()).isEqualTo(302);
        assertThat(landed.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));

        Reply home = browser.send(HttpRequest.newBuilder(browser.uri("/")).GET());
        assertThat(home.body()).contains("sam.carter", "IRO", "Camden");

        assertThat(browser.get("/api/permanence/children").status()).isEqualTo(200);
        SignedJWT minted = SignedJWT.parse(PERMANENCE.next().header("Authorization").substring("Bearer ".length()));
        assertThat(minted.getJWTClaimsSet().getSubject()).isEqualTo("sam.carter");
        assertThat(minted.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("IRO");
        assertThat(minted.getJWTClaimsSet().getStringClaim("la")).isEqualTo("202");
    }

    @Test
    void someoneTheProviderKnowsButThePlatformDoesNotIsRefused() {
        GatewaySession browser = new GatewaySession("http://127.0.0.1:" + port);
        Reply landed = signInThroughTheProvider(browser, "stranger");
        assertThat(landed.header("Location")).hasValueSatisfying(location -> assertThat(location).contains("error"));
        assertThat(browser.get("/api/permanence/children").status()).isEqualTo(401);
    }

    @Test
    void aStoppedUserIsRefusedEvenThroughTheProvider() {
        users.save(new PlatformUser("left.the.team", "{noop}unused-password-for-oidc-users", Set.of(Role.PRACTITIONER),
                Optional.of("840"), Optional.empty(), Optional.empty(), false));
        GatewaySession browser = new GatewaySession("http://127.0.0.1:" + port);
        Reply landed = signInThroughTheProvider(browser, "left.the.team");
        assertThat(landed.header("Location")).hasValueSatisfying(location -> assertThat(location).contains("error"));
    }
}
