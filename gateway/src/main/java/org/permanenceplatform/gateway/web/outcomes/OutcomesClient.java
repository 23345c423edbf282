package org.permanenceplatform.gateway.web.outcomes;

import org.permanenceplatform.gateway.token.TokenMinter;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * outcomes-service's API as the outcome pages call it: as the signed-in user (a token minted for the call, so the
 * service itself decides which figures the caller may see), each answer read as a plain map or list (a tolerant
 * reader) with its status, so a page can show the service's own problem. A service that does not answer (or answers
 * 5xx) is an error the page turns into "cannot be shown".
 */
@Component
class OutcomesClient {

    static final Duration TIMEOUT = Duration.ofSeconds(8);
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

    OutcomesClient(@Value("${OUTCOMES_URL:http://127.0.0.1:8083}") String baseUrl, TokenMinter minter) {
        this.client = WebClient.builder().baseUrl(baseUrl).build();
        this.minter = minter;
    }

    Mono<Answer> indicators(PlatformUser user) {
        return get(user, "/api/outcomes/indicators", new LinkedMultiValueMap<>());
    }

    Mono<Answer> indicator(PlatformUser user, String id) {
        return get(user, "/api/outcomes/indicators/" + id, new LinkedMultiValueMap<>());
    }

    /** The figures of one indicator for one period, as {@link FigureRequest#parameters()} asks for them. */
    Mono<Answer> figures(PlatformUser user, FigureRequest request) {
        return get(user, "/api/outcomes/figures", request.parameters());
    }

    private Mono<Answer> get(PlatformUser user, String path, MultiValueMap<String, String> query) {
        return client.get().uri(uri -> uri.path(path).queryParams(query).build())
                .headers(headers -> headers.setBearerAuth(minter.mint(user, "outcomes-service")))
                .exchangeToMono(response -> response.statusCode().is5xxServerError() ? response.createError()
                        : response.bodyToMono(JSON).defaultIfEmpty(Map.of())
                        .map(body -> new Answer(response.statusCode().value(), body)))
                .timeout(TIMEOUT);
    }
}
