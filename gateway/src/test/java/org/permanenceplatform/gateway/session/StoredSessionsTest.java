package org.permanenceplatform.gateway.session;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.gateway.GatewayApplication;
import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.TestStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in the gateway's database: someone signed in stays signed in across a restart of the gateway, gets
 * a new session id when signing in, and loses the stored session on signing out or after the idle timeout.
 */
class StoredSessionsTest {

    static Path data;
    static String database;
    static int port;
    static ConfigurableApplicationContext gateway;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("gateway-sessions");
        database = TestStore.freshDatabaseUri("gateway_sessions");
        port = freePort();
        gateway = startGateway();
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    static ConfigurableApplicationContext startGateway() {
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--spring.mongodb.uri=" + database,
                "--server.port=" + port,
                "--management.server.port=0",
                "--platform.gateway.local-mode=true",
                "--platform.gateway.data-directory=" + data,
                "--PLATFORM_SECURE_COOKIES=false");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static GatewaySession browser() {
        return new GatewaySession("http://127.0.0.1:" + port);
    }

    static GatewaySession signedIn(String username) throws IOException {
        GatewaySession browser = browser();
        Reply reply = browser.trySignIn(username, demoLogins().get(username));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(302);
        assertThat(reply.header("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return browser;
    }

    static Map<String, String> demoLogins() throws IOException {
        return Files.readAllLines(data.resolve("gateway/demo-logins.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.trim().split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
    }

    static MongoCollection<Document> sessions() {
        return gateway.getBean(MongoDatabase.class).getCollection(SessionStore.COLLECTION);
    }

    static String sessionId(GatewaySession browser) {
        return browser.cookie("SESSION").orElseThrow(() -> new AssertionError("no SESSION cookie"));
    }

    /** The home page shows who is signed in; without a session it sends the browser to sign in. */
    static boolean homePageKnows(GatewaySession browser, String username) {
        Reply home = browser.send(HttpRequest.newBuilder(browser.uri("/")).GET());
        return home.status() == 200 && home.body().contains(username);
    }

    /** A request carrying only the given session cookie, as someone who stole or kept an old one would send it. */
    static int statusWithSessionCookie(String sessionId) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/")).header("Cookie", "SESSION=" + sessionId).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    @Test
    void aSignedInSessionSurvivesARestartOfTheGateway() throws IOException {
        GatewaySession browser = signedIn("practitioner.durham");
        assertThat(homePageKnows(browser, "practitioner.durham")).isTrue();

        gateway.close();
        gateway = startGateway();

        assertThat(homePageKnows(browser, "practitioner.durham")).as("still signed in after the restart").isTrue();
        assertThat(browser.get("/api/permanence/children").status()).as("API calls too").isNotEqualTo(401);
    }

    @Test
    void signingInMovesTheSessionToANewIdAndTheOldOneOpensNothing() throws Exception {
        GatewaySession browser = browser();
        assertThat(browser.send(HttpRequest.newBuilder(browser.uri("/children")).header("Accept", "text/html").GET())
                .status()).as("asked to sign in").isEqualTo(302);
        String before = sessionId(browser); // the page asked for is remembered in a session
        assertThat(sessions().countDocuments(Filters.eq("_id", before))).isEqualTo(1);

        browser.trySignIn("practitioner.camden", demoLogins().get("practitioner.camden"));
        String after = sessionId(browser);

        assertThat(after).isNotEqualTo(before);
        assertThat(sessions().countDocuments(Filters.eq("_id", before))).as("the old id is gone").isZero();
        assertThat(statusWithSessionCookie(before)).as("the old id does not sign anyone in").isEqualTo(302);
        assertThat(homePageKnows(browser, "practitioner.camden")).isTrue();
    }

    @Test
    void signingOutRemovesTheStoredSession() throws IOException {
        GatewaySession browser = signedIn("manager.durham");
        String id = sessionId(browser);
        assertThat(sessions().countDocuments(Filters.eq("_id", id))).isEqualTo(1);

        Reply home = browser.send(HttpRequest.newBuilder(browser.uri("/")).GET());
        String csrf = home.body().replaceAll("(?s).*name=\"_csrf\"\\s+value=\"([^\"]+)\".*", "$1");
        long stored = sessions().countDocuments();
        Reply signOut = browser.send(HttpRequest.newBuilder(browser.uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)));

        assertThat(signOut.status()).isEqualTo(302);
        assertThat(sessions().countDocuments(Filters.eq("_id", id))).isZero();
        assertThat(sessions().countDocuments()).as("no empty session left in its place").isEqualTo(stored - 1);
        assertThat(browser.cookie("SESSION")).as("the browser's cookie is expired").isEmpty();
        assertThat(homePageKnows(browser, "manager.durham")).isFalse();
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutIsNotAcceptedAndIsRemoved() throws Exception {
        GatewaySession browser = signedIn("iro.durham");
        String id = sessionId(browser);
        Instant longAgo = Instant.now().minus(31, ChronoUnit.MINUTES); // the timeout is 30 minutes
        sessions().updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("lastAccessedAt", Date.from(longAgo)),
                Updates.set("expiresAt", Date.from(longAgo.plus(30, ChronoUnit.MINUTES)))));

        assertThat(statusWithSessionCookie(id)).isEqualTo(302);
        assertThat(homePageKnows(browser, "iro.durham")).isFalse();
        assertThat(sessions().countDocuments(Filters.eq("_id", id))).isZero();
    }

    @Test
    void theSweepRemovesExpiredSessionsAndLeavesLiveOnes() throws IOException {
        String live = sessionId(signedIn("decisions.durham"));
        String idle = sessionId(signedIn("raa.durham"));
        sessions().updateOne(Filters.eq("_id", idle),
                Updates.set("expiresAt", Date.from(Instant.now().minus(1, ChronoUnit.MINUTES))));

        int swept = gateway.getBean(SessionStore.class).sweep(SessionConfiguration.SWEEP_LIMIT);

        assertThat(swept).isGreaterThanOrEqualTo(1);
        assertThat(sessions().countDocuments(Filters.eq("_id", idle))).isZero();
        assertThat(sessions().countDocuments(Filters.eq("_id", live))).isEqualTo(1);
    }

    @Test
    void theStoredSessionHoldsNoPasswordHashAndExpiresByATtlIndex() throws IOException {
        String id = sessionId(signedIn("board.national"));
        Document stored = sessions().find(Filters.eq("_id", id)).first();
        assertThat(stored).isNotNull();
        String hash = gateway.getBean(org.permanenceplatform.gateway.user.UserStore.class).find("board.national")
                .orElseThrow().passwordHash();
        String bytes = new String(stored.get("attributes", org.bson.types.Binary.class).getData(),
                StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("board.national").doesNotContain(hash);
        assertThat(stored.getDate("expiresAt")).isAfter(new Date());
        assertThat(sessions().listIndexes().into(new java.util.ArrayList<>()))
                .anySatisfy(index -> assertThat(index.get("key", Document.class)).containsKey("expiresAt"));
    }
}
