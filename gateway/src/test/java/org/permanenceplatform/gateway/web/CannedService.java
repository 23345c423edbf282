package org.permanenceplatform.gateway.web;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A stand-in for the services behind the pages, on a loopback port: answers each {@code "METHOD /path"} with the
 * canned JSON the test gives (a 4xx or 5xx as problem+json), and keeps the body of the last request to each.
 */
public final class CannedService implements AutoCloseable {

    /** A canned answer: its status and JSON body. */
    public record Answer(int status, String json) {
    }

    private final HttpServer server;
    private final Map<String, String> received = new ConcurrentHashMap<>();

    /** @param answers the answer to {@code "METHOD /path"}; return a 404 for what the test does not expect */
    public CannedService(Function<String, Answer> answers) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            received.put(call, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Answer answer = answers.apply(call);
            byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.status() >= 400
                    ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public static Answer notFound() {
        return new Answer(404, "{\"status\": 404}");
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every {@code "METHOD /path"} called since the last {@link #forget()}, with the body of its last call. */
    public Map<String, String> received() {
        return received;
    }

    public void forget() {
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
