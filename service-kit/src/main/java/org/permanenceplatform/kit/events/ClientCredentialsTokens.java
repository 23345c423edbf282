package org.permanenceplatform.kit.events;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service tokens from the gateway's token endpoint (OAuth 2 client credentials, the service's name and secret in
 * HTTP Basic), kept until shortly before they expire.
 */
public final class ClientCredentialsTokens implements ServiceTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Cached(String token, Instant refreshAfter) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI tokenUri;
    private final String basic;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ClientCredentialsTokens(URI tokenUri, String clientId, String clientSecret, Clock clock) {
        this.tokenUri = tokenUri;
        this.basic = "Basic " + Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
    }

    @Override
    public String tokenFor(String audience) {
        Cached cached = cache.get(audience);
        if (cached != null && clock.instant().isBefore(cached.refreshAfter())) {
            return cached.token();
        }
        Cached fresh = fetch(audience);
        cache.put(audience, fresh);
        return fresh.token();
    }

    private Cached fetch(String audience) {
        String form = "grant_type=client_credentials&scope=events%3Awrite&audience="
                + URLEncoder.encode(audience, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(tokenUri).timeout(Duration.ofSeconds(5))
                .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The token endpoint answered " + response.statusCode());
            }
            JsonNode body = JSON.readTree(response.body());
            long expiresIn = body.path("expires_in").asLong(60);
            return new Cached(body.get("access_token").asString(),
                    clock.instant().plusSeconds(Math.max(5, expiresIn - 30)));
        } catch (IOException e) {
            throw new IllegalStateException("The token endpoint did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
