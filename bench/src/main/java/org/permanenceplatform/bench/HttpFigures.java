package org.permanenceplatform.bench;

import io.micrometer.core.instrument.MeterRegistry;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.testing.AuthorisationTable;
import org.permanenceplatform.kit.testing.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The figures API as a board member's browser (through the gateway) calls it: {@code GET /api/outcomes/figures} over
 * loopback HTTP with a signed token, the whole JSON answer read. Whether the service published the table afresh
 * or answered from the table it kept is read from its own cache metric, as Prometheus would scrape it.
 */
final class HttpFigures {

    /** The key outcomes-service is started with, so that it accepts the tokens signed here. */
    static String jwks() {
        return TestTokens.jwks();
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AuthorisationTable tokens = new AuthorisationTable("outcomes-service");
    private final String base;
    private final MeterRegistry meters;

    HttpFigures(int port, MeterRegistry meters) {
        this.base = "http://127.0.0.1:" + port + "/api/outcomes/figures";
        this.meters = meters;
    }

    /** A fresh token for the user (tokens last minutes; a run lasts longer): made before the clock starts. */
    String token(CurrentUser user) {
        Role role = user.roles().iterator().next();
        return tokens.tokenFor(role, user.la().orElse("841"));
    }

    /** Asks for the figures and reads the whole answer; returns its size in bytes. */
    long get(String token, String indicator, String period, String by, List<String> filter) {
        StringBuilder uri = new StringBuilder(base).append("?indicator=").append(encode(indicator))
                .append("&period=").append(encode(period)).append("&by=").append(encode(by));
        filter.forEach(each -> uri.append("&filter=").append(encode(each)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body().length;
        } catch (IOException e) {
            throw new IllegalStateException(uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many requests the service has published a table for, rather than answered from a kept one. */
    double published() {
        return meters.get("cache.gets").tag("cache", "outcomes.figures.published").tag("result", "miss")
                .functionCounter().count();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
