package org.permanenceplatform.gateway;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a service behind the gateway, on a loopback port: records what each request carried and answers
 * 200, or answers only after a long delay on paths ending in {@code /slow}, or fails every other call (503) on
 * paths ending in {@code /flaky}.
 */
final class StubService implements AutoCloseable {

    record Seen(String method, String path, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger flaky = new java.util.concurrent.atomic.AtomicInteger();

    StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes(); // a real service reads the body; leaving it unread can stall a
                                                      // kept-alive connection that the gateway reuses
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders())));
            if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                sleep(5_000);
            }
            if (exchange.getRequestURI().getPath().endsWith("/flaky") && flaky.getAndIncrement() % 2 == 0) {
                exchange.sendResponseHeaders(503, -1); // every other call fails, the first included
                exchange.close();
                return;
            }
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Seen next() throws InterruptedException {
        Seen request = seen.poll(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("The stub service received no request");
        }
        return request;
    }

    void forget() {
        seen.clear();
        flaky.set(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
