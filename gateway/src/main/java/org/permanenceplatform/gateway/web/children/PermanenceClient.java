package org.permanenceplatform.gateway.web.children;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.permanenceplatform.gateway.token.TokenMinter;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * permanence-service as the UI pages call it: as the signed-in user, with a token minted for the call, so the
 * service checks role and LA and audits the read exactly as for any other caller.
 */
@Component
public class PermanenceClient {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** The service's answer to "record a child": the new id, or the fields at fault, or a conflict. */
    public record Recorded(String id, List<FieldError> errors, String conflict) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String detail, List<FieldError> errors) {
    }

    private final WebClient client;
    private final TokenMinter minter;

    public PermanenceClient(@Value("${PERMANENCE_URL:http://127.0.0.1:8081}") String baseUrl, TokenMinter minter) {
        this.client = WebClient.builder().baseUrl(baseUrl).build();
        this.minter = minter;
    }

    public Mono<List<ChildView>> children(PlatformUser user) {
        return client.get().uri("/api/permanence/children?limit=500")
                .headers(headers -> headers.setBearerAuth(minter.mint(user, "permanence-service")))
                .retrieve().bodyToMono(new ParameterizedTypeReference<List<ChildView>>() { })
                .timeout(TIMEOUT);
    }

    public Mono<Recorded> record(PlatformUser user, Map<String, String> child) {
        return client.post().uri("/api/permanence/children").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBearerAuth(minter.mint(user, "permanence-service")))
                .bodyValue(child)
                .exchangeToMono(response -> {
                    if (response.statusCode() == HttpStatus.CREATED) {
                        return response.bodyToMono(ChildView.class).map(created -> new Recorded(created.id(), List.of(), null));
                    }
                    if (response.statusCode() == HttpStatus.BAD_REQUEST || response.statusCode() == HttpStatus.CONFLICT) {
                        return response.bodyToMono(Problem.class).map(problem -> new Recorded(null,
                                problem.errors() == null ? List.of() : problem.errors(),
                                response.statusCode() == HttpStatus.CONFLICT ? problem.detail() : null));
                    }
                    return response.createError();
                })
                .timeout(TIMEOUT);
    }
}
