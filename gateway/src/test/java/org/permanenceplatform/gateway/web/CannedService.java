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
    private final java.util.List<String> queries = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** @param answers the answer to {@code "METHOD /path"}; return a 404 for what the test does not expect */
    public CannedService(Function<String, Answer> answers) {
        this(answers, false);
    }

    /** A stand-in whose answers are given {@code "METHOD /path?query"} (the query as sent), to answer by it. */
    public static CannedService answeringByQuery(Function<String, Answer> answers) {
        return new CannedService(answers, true);
    }

    private CannedService(Function<String, Answer> answers, boolean byQuery) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            received.put(call, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            queries.add(call + "?" + exchange.getRequestURI().getRawQuery());
            String query = exchange.getRequestURI().getRawQuery();
            Answer answer = answers.apply(byQuery && query != null ? call + "?" + query : call);
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

    /** Every {@code "METHOD /path?query"} called since the last {@link #forget()}, the query as sent. */
    public java.util.List<String> queries() {
        return queries;
    }

    public void forget() {
        received.clear();
        queries.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
