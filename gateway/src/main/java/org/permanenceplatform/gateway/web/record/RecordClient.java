package org.permanenceplatform.gateway.web.record;

import org.permanenceplatform.gateway.token.TokenMinter;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * permanence-service's record API as the pages call it: as the signed-in user (a token minted for the call), read
 * as plain maps (a tolerant reader), with every answer's status kept so a page can show the service's own problem.
 */
@Component
public class RecordClient {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
            new ParameterizedTypeReference<>() {
            };

    /** An answer: its status and body (an object, or a problem). */
    public record Answer(int status, Map<String, Object> body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final WebClient client;
    private final TokenMinter minter;

    RecordClient(@Value("${PERMANENCE_URL:http://127.0.0.1:8081}") String baseUrl, TokenMinter minter) {
        this.client = WebClient.builder().baseUrl(baseUrl).build();
        this.minter = minter;
    }

    public Mono<Answer> get(PlatformUser user, String path) {
        return client.get().uri(path).headers(headers -> headers.setBearerAuth(token(user)))
                .exchangeToMono(response -> response.bodyToMono(JSON_OBJECT).defaultIfEmpty(Map.of())
                        .map(body -> new Answer(response.statusCode().value(), body)))
                .timeout(TIMEOUT);
    }

    public Mono<List<Map<String, Object>>> list(PlatformUser user, String path) {
        return client.get().uri(path).headers(headers -> headers.setBearerAuth(token(user)))
                .retrieve().bodyToMono(JSON_ARRAY).timeout(TIMEOUT);
    }

    public Mono<Answer> send(PlatformUser user, HttpMethod method, String path, Map<String, Object> body) {
        return client.method(method).uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBearerAuth(token(user))).bodyValue(body)
                .exchangeToMono(response -> {
                    if (response.statusCode().is5xxServerError()) {
                        return response.createError();
                    }
                    return response.bodyToMono(JSON_OBJECT).defaultIfEmpty(Map.of())
                            .map(answer -> new Answer(response.statusCode().value(), answer));
                })
                .timeout(TIMEOUT);
    }

    private String token(PlatformUser user) {
        return minter.mint(user, "permanence-service");
    }
}
