package org.permanenceplatform.gateway.web.challenges;

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
 * outcomes-service's board challenge log as the challenge pages call it: as the signed-in user, every answer read as
 * a plain object or list (a tolerant reader) with its status. A service that does not answer (or answers 5xx) is an
 * error the page turns into "cannot be shown".
 */
@Component
class ChallengeClient {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ParameterizedTypeReference<Object> JSON = new ParameterizedTypeReference<>() {
    };

    /** An answer: its status and its body (a map, a list, or a problem). */
    record Answer(int status, Object body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object() {
            return body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return body instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        }
    }

    private final WebClient client;
    private final TokenMinter minter;

    ChallengeClient(@Value("${OUTCOMES_URL:http://127.0.0.1:8083}") String baseUrl, TokenMinter minter) {
        this.client = WebClient.builder().baseUrl(baseUrl).build();
        this.minter = minter;
    }

    Mono<Answer> get(PlatformUser user, String path) {
        return exchange(user, client.get().uri(path));
    }

    Mono<Answer> post(PlatformUser user, String path, Map<String, Object> body) {
        return exchange(user, client.method(HttpMethod.POST).uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body));
    }

    private Mono<Answer> exchange(PlatformUser user, WebClient.RequestHeadersSpec<?> request) {
        return request.headers(headers -> headers.setBearerAuth(minter.mint(user, "outcomes-service")))
                .exchangeToMono(response -> response.statusCode().is5xxServerError() ? response.createError()
                        : response.bodyToMono(JSON).defaultIfEmpty(Map.of())
                        .map(body -> new Answer(response.statusCode().value(), body)))
                .timeout(TIMEOUT);
    }
}
