package org.permanenceplatform.gateway;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway over real HTTP, with stand-in services behind it: sign-in, minted tokens, routing, resilience. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayTest {

    static final StubService PERMANENCE = new StubService();
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) throws IOException {
        data = Files.createTempDirectory("gateway-test");
        properties.add("spring.mongodb.uri", () -> TestStore.freshDatabaseUri("gateway"));
        properties.add("management.server.port", () -> "0");
        properties.add("platform.gateway.local-mode", () -> "true");
        properties.add("platform.gateway.data-directory", () -> data.toString());
        properties.add("platform.gateway.resilience.time-limit", () -> "1s");
        properties.add("PLATFORM_SECURE_COOKIES", () -> "false");
        properties.add("PERMANENCE_URL", PERMANENCE::url);
        properties.add("SUPPORT_URL", () -> "http://127.0.0.1:" + closedPort());
        properties.add("platform.gateway.service-clients.permanence-service.secret", () -> "relay-secret-for-tests");
        properties.add("platform.gateway.rate-limit.per-minute", () -> "40");
        properties.add("platform.gateway.service-clients.permanence-service.las[0]", () -> "840");
    }

    @AfterAll
    static void stopStub() {
        PERMANENCE.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    RouteLocator routes;

    GatewaySession browser;

    @BeforeEach
    void newBrowser() {
        browser = new GatewaySession("http://127.0.0.1:" + port);
        PERMANENCE.forget();
    }

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> demoLogins() throws IOException {
        return Files.readAllLines(data.resolve("gateway/demo-logins.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.trim().split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
    }

    void signIn(String username) throws IOException {
        Reply reply = browser.trySignIn(username, demoLogins().get(username));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(302);
        assertThat(reply.header("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    @Test
    void theThreeServiceRoutesAreConfigured() {
        List<Route> configured = routes.getRoutes().collectList().block();
        assertThat(configured).extracting(Route::getId).contains("permanence", "support", "outcomes");
        assertThat(configured).filteredOn(route -> route.getId().equals("permanence"))
                .singleElement().satisfies(route -> assertThat(route.getUri().toString()).isEqualTo(PERMANENCE.url()));
    }

    @Test
    void anApiCallWithoutASessionIs401AsAProblem() {
        Reply reply = browser.get("/api/permanence/children");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPageWithoutASessionGoesToSignIn() {
        Reply reply = browser.get("/");
        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void aWrongPasswordIsRefusedAndSaidSo() {
        assertThat(browser.get("/login").body()).as("no error before an attempt")
                .doesNotContain("There is a problem").doesNotContain("You have signed out");
        Reply reply = browser.trySignIn("practitioner.durham", "not-the-password");
        assertThat(reply.header("Location")).hasValueSatisfying(location -> assertThat(location).contains("error"));
        assertThat(browser.get("/login?error").body()).contains("There is a problem")
                .doesNotContain("You have signed out");
        assertThat(browser.get("/api/permanence/children").status()).isEqualTo(401);
    }

    @Test
    void eachCallCarriesAFreshTokenForThatServiceAndTheUsersPlace() throws Exception {
        signIn("practitioner.durham");

        Reply reply = browser.send(HttpRequest.newBuilder(browser.uri("/api/permanence/children"))
                .header("Authorization", "Bearer forged-by-the-browser").GET());
        assertThat(reply.status()).isEqualTo(200);

        StubService.Seen seen = PERMANENCE.next();
        assertThat(seen.header("Cookie")).as("the session cookie stays at the gateway").isNull();
        assertThat(seen.header("X-Correlation-Id")).isNotBlank();
        String bearer = seen.header("Authorization");
        assertThat(bearer).startsWith("Bearer ").doesNotContain("forged");

        SignedJWT token = SignedJWT.parse(bearer.substring("Bearer ".length()));
        ECKey published = (ECKey) JWKSet.parse(browser.get("/.well-known/jwks.json").body()).getKeys().get(0);
        assertThat(token.verify(new ECDSAVerifier(published))).as("signed with the published key").isTrue();
        assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("permanence-gateway");
        assertThat(claims.getAudience()).containsExactly("permanence-service");
        assertThat(claims.getSubject()).isEqualTo("practitioner.durham");
        assertThat(claims.getStringListClaim("roles")).containsExactly("PRACTITIONER");
        assertThat(claims.getStringClaim("la")).isEqualTo("840");
        assertThat(claims.getExpirationTime()).isAfter(new Date())
                .isBefore(new Date(System.currentTimeMillis() + 5 * 60_000));
    }

    @Test
    void theUiAssetsAreServedFromTheGatewayItself() {
        for (String asset : List.of("/webjars/govuk-frontend/5.10.0/dist/govuk/govuk-frontend.min.css",
                "/assets/fonts/light-94a07e06a1-v2.woff2", "/css/app.css",
                "/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "/js/charts.js")) {
            assertThat(browser.send(HttpRequest.newBuilder(browser.uri(asset)).GET()).status()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void thePublishedKeysHoldNoPrivatePart() {
        Reply jwks = browser.get("/.well-known/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.json().get("keys").get(0).get("kty").asString()).isEqualTo("EC");
        assertThat(jwks.json().get("keys").get(0).has("d")).isFalse();
    }

    @Test
    void theLocalSigningKeyAndDemoLoginsAreReadableByTheirOwnerOnly() throws IOException {
        for (String file : List.of("gateway/jwt-signing-key.json", "gateway/demo-logins.txt")) {
            assertThat(Files.getPosixFilePermissions(data.resolve(file)))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        assertThat(demoLogins()).containsKeys("practitioner.durham", "practitioner.camden", "board.national", "admin")
                .hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void aWriteWithoutTheCsrfTokenIsRefusedAndOneWithItPasses() throws IOException {
        signIn("practitioner.durham");
        Reply withoutToken = browser.send(HttpRequest.newBuilder(browser.uri("/api/permanence/children"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.contentType()).startsWith("application/problem+json");

        assertThat(browser.post("/api/permanence/children", "{}").status()).isEqualTo(200);
    }

    @Test
    void aServiceThatIsDownGives503WithRetryAfterForEveryMethod() throws IOException {
        signIn("support.durham");
        for (Reply reply : List.of(browser.get("/api/support/cases"), browser.post("/api/support/cases", "{}"))) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.header("Retry-After")).contains("10");
            assertThat(reply.json().get("service").asString()).isEqualTo("support-service");
        }
        assertThat(browser.get("/api/permanence/children").status()).as("the others keep working").isEqualTo(200);
    }

    @Test
    void aReadThatMeetsAPassingFailureIsRetriedButAWriteIsNot() throws IOException {
        signIn("practitioner.durham");
        assertThat(browser.get("/api/permanence/flaky").status()).as("GET retried after a 503").isEqualTo(200);
        PERMANENCE.forget();
        assertThat(browser.post("/api/permanence/flaky", "{}").status()).as("POST not retried").isEqualTo(503);
    }

    @Test
    void aServiceTooSlowToAnswerIsCutOffWith503() throws IOException {
        signIn("practitioner.durham");
        Reply reply = browser.get("/api/permanence/slow");
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("service").asString()).isEqualTo("permanence-service");
    }

    Reply requestServiceToken(String client, String secret, String form) {
        String basic = java.util.Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(browser.uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    @Test
    void aServiceGetsAServiceTokenForTheServiceItCallsAndTheLasItSpeaksFor() throws Exception {
        Reply reply = requestServiceToken("permanence-service", "relay-secret-for-tests",
                "grant_type=client_credentials&audience=outcomes-service&scope=events%3Awrite");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        SignedJWT token = SignedJWT.parse(reply.json().get("access_token").asString());
        ECKey published = (ECKey) JWKSet.parse(browser.get("/.well-known/jwks.json").body()).getKeys().get(0);
        assertThat(token.verify(new ECDSAVerifier(published))).isTrue();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("service:permanence-service");
        assertThat(claims.getAudience()).containsExactly("outcomes-service");
        assertThat(claims.getStringClaim("scope")).isEqualTo("events:write");
        assertThat(claims.getStringListClaim("las")).containsExactly("840");
        assertThat(claims.getClaim("roles")).isNull();
    }

    @Test
    void aServiceTokenNeedsTheRightSecretAndAKnownAudience() {
        assertThat(requestServiceToken("permanence-service", "wrong",
                "grant_type=client_credentials&audience=outcomes-service").status()).isEqualTo(401);
        assertThat(requestServiceToken("someone", "relay-secret-for-tests",
                "grant_type=client_credentials&audience=outcomes-service").status()).isEqualTo(401);
        assertThat(requestServiceToken("permanence-service", "relay-secret-for-tests",
                "grant_type=client_credentials&audience=gateway").status()).isEqualTo(400);
        assertThat(requestServiceToken("permanence-service", "relay-secret-for-tests",
                "grant_type=password&audience=outcomes-service").status()).isEqualTo(400);
    }

    @Autowired
    com.mongodb.client.MongoDatabase database;

    @Test
    void fiveFailedSignInsLockTheUsernameEvenForTheRightPasswordAndEveryAttemptIsAudited() throws IOException {
        String username = "manager.durham";
        for (int i = 0; i < 5; i++) {
            Reply failed = browser.trySignIn(username, "wrong-" + i);
            assertThat(failed.header("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        }
        Reply locked = new GatewaySession("http://127.0.0.1:" + port).trySignIn(username, demoLogins().get(username));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(800L, 900L));

        List<String> actions = database.getCollection("audit")
                .find(new org.bson.Document("actor", username)).map(row -> row.getString("action"))
                .into(new java.util.ArrayList<>());
        assertThat(actions).filteredOn("SIGN_IN_FAILED"::equals).hasSize(5);
        assertThat(actions).contains("SIGN_IN_REFUSED_LOCKED");
        assertThat(browser.trySignIn("practitioner.darlington", demoLogins().get("practitioner.darlington"))
                .status()).as("other users are not locked out").isEqualTo(302);
    }

    @Test
    void aUserOverTheApiRateLimitGets429WithRetryAfter() throws IOException {
        signIn("virtualschool.durham");
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 45; i++) {
            statuses.add(browser.get("/api/permanence/children").status());
        }
        assertThat(statuses.subList(0, 40)).containsOnly(200);
        // The bucket refills steadily (40 a minute), so a call or two more may pass while the loop runs.
        assertThat(statuses.subList(40, 45)).contains(429);
        assertThat(statuses.stream().filter(status -> status == 200).count()).isLessThanOrEqualTo(42);
        Reply limited = browser.get("/api/permanence/children");
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.header("Retry-After")).isPresent();
    }

    @Test
    void theHomePageShowsWhoIsSignedInUnderAStrictContentPolicy() throws IOException {
        signIn("practitioner.camden");
        Reply home = browser.send(HttpRequest.newBuilder(browser.uri("/")).GET());
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("practitioner.camden", "PRACTITIONER", "Camden");
        assertThat(home.header("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(home.header("X-Frame-Options")).contains("DENY");
    }

    @Test
    void signingOutEndsTheSession() throws IOException {
        signIn("practitioner.durham");
        Reply home = browser.send(HttpRequest.newBuilder(browser.uri("/")).GET());
        String csrf = home.body().replaceAll("(?s).*name=\"_csrf\"\\s+value=\"([^\"]+)\".*", "$1");
        browser.send(HttpRequest.newBuilder(browser.uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)));
        assertThat(browser.get("/api/permanence/children").status()).isEqualTo(401);
    }
}
