package org.permanenceplatform.launcher.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.launcher.GatewayClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader meets a 409 as a person would: the platform changed the record meanwhile (a support case hears of a
 * later permanence), so it reloads the record and makes the change again from the new version; a record that keeps
 * changing, or any other refusal, still stops the load. A stand-in gateway answers as the services do.
 */
class RecordOnTheApiTest {

    HttpServer gateway;
    final List<String> calls = new ArrayList<>();
    /** How many times a change is refused with 409 before it is accepted. */
    int conflictsBeforeAccepting;
    /** How many requests are refused with 429 (the gateway's rate limit) before any is answered. */
    int rateLimitedAnswers;

    @BeforeEach
    void start() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/api/permanence/children", this::answer);
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + body;
        calls.add(call.trim());
        if (rateLimitedAnswers-- > 0) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            reply(exchange, 429, "{\"status\":429,\"title\":\"Too many requests\"}");
        } else if (call.startsWith("POST /api/permanence/children ")) {
            reply(exchange, 201, "{\"id\":\"c1\",\"version\":1}");
        } else if (call.startsWith("GET /api/permanence/children/c1")) {
            reply(exchange, 200, "{\"id\":\"c1\",\"version\":7}");
        } else if (conflictsBeforeAccepting-- > 0) {
            reply(exchange, 409, "{\"status\":409,\"title\":\"Conflict\"}");
        } else {
            reply(exchange, 200, "{\"id\":\"c1\",\"version\":8}");
        }
    }

    static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    GatewayClient client() {
        return new GatewayClient("http://127.0.0.1:" + gateway.getAddress().getPort());
    }

    @Test
    void aChangeRefusedBecauseTheRecordMovedOnIsMadeAgainFromTheReloadedVersion() {
        GatewayClient as = client();
        RecordOnTheApi child = RecordOnTheApi.create(as, "L-1", Map.of("localChildId", "L-1"));
        conflictsBeforeAccepting = 1;

        child.change(as, "/care", Map.of("started", "2024-05-01"));

        assertThat(calls).containsExactly(
                "POST /api/permanence/children {\"localChildId\":\"L-1\"}",
                "POST /api/permanence/children/c1/care {\"version\":1,\"started\":\"2024-05-01\"}",
                "GET /api/permanence/children/c1",
                "POST /api/permanence/children/c1/care {\"version\":7,\"started\":\"2024-05-01\"}");
    }

    @Test
    void aRecordThatKeepsChangingStillStopsTheLoadAfterAFewTries() {
        GatewayClient as = client();
        RecordOnTheApi child = RecordOnTheApi.create(as, "L-2", Map.of("localChildId", "L-2"));
        conflictsBeforeAccepting = 10;

        assertThatThrownBy(() -> child.change(as, "/care", Map.of("started", "2024-05-01")))
                .isInstanceOfSatisfying(RefusedByTheApi.class, refused -> assertThat(refused.status()).isEqualTo(409));
        assertThat(calls.stream().filter(call -> call.startsWith("POST /api/permanence/children/c1/care")))
                .hasSize(3);
    }

    @Test
    void aRateLimitedCallWaitsForRetryAfterAndIsSentAgain() {
        GatewayClient as = client();
        rateLimitedAnswers = 2;

        RecordOnTheApi child = RecordOnTheApi.create(as, "L-3", Map.of("localChildId", "L-3"));

        assertThat(child.id()).isEqualTo("c1");
        assertThat(calls).containsExactly("POST /api/permanence/children {\"localChildId\":\"L-3\"}",
                "POST /api/permanence/children {\"localChildId\":\"L-3\"}",
                "POST /api/permanence/children {\"localChildId\":\"L-3\"}");
    }
}
