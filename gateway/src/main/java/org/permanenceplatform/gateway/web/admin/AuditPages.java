package org.permanenceplatform.gateway.web.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.permanenceplatform.gateway.security.GatewayAudit;
import org.permanenceplatform.gateway.token.TokenMinter;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Administrators search the audit across the platform: each service's own log (through its API, as the signed-in
 * administrator) and the gateway's sign-in and user-management log, merged newest first. A service that does not
 * answer is named, and the rest is shown.
 */
@Controller
class AuditPages {

    static final int LIMIT = 200;

    /** A row of any service's audit log (a tolerant reader of their answers). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(Instant at, String service, String actor, String action, String resource, List<String> recordIds,
               String correlationId) {
    }

    private final Map<String, WebClient> services;
    private final TokenMinter minter;
    private final GatewayAudit gatewayAudit;

    AuditPages(@Value("${PERMANENCE_URL:http://127.0.0.1:8081}") String permanence,
               @Value("${SUPPORT_URL:http://127.0.0.1:8082}") String support,
               @Value("${OUTCOMES_URL:http://127.0.0.1:8083}") String outcomes,
               TokenMinter minter, GatewayAudit gatewayAudit) {
        this.services = Map.of("permanence-service", WebClient.create(permanence),
                "support-service", WebClient.create(support), "outcomes-service", WebClient.create(outcomes));
        this.minter = minter;
        this.gatewayAudit = gatewayAudit;
    }

    @GetMapping("/admin/audit")
    Mono<String> search(@AuthenticationPrincipal PlatformPrincipal details,
                        @RequestParam(required = false) String recordId,
                        @RequestParam(required = false) String actor, Model model) {
        PlatformUser admin = UserPages.admin(details);
        model.addAttribute("recordId", recordId);
        model.addAttribute("actor", actor);
        List<String> unavailable = new ArrayList<>();
        Flux<Row> fromServices = Flux.fromIterable(services.entrySet()).flatMap(service ->
                fromService(admin, service.getKey(), service.getValue(), recordId, actor)
                        .onErrorResume(failure -> {
                            unavailable.add(service.getKey());
                            return Flux.empty();
                        }));
        Flux<Row> fromGateway = recordId != null && !recordId.isBlank() ? Flux.empty()
                : gatewayAudit.search(actor, LIMIT).flatMapMany(Flux::fromIterable).map(row -> new Row(row.at(),
                        row.service(), row.actor(), row.action(), row.subject() == null ? null : "user",
                        row.subject() == null ? List.of() : List.of(row.subject()), row.correlationId()));
        return Flux.merge(fromServices, fromGateway).collectList().map(rows -> {
            rows.sort(Comparator.comparing(Row::at).reversed());
            model.addAttribute("rows", rows.size() > LIMIT ? rows.subList(0, LIMIT) : rows);
            model.addAttribute("unavailable", unavailable.stream().sorted().toList());
            return "admin/audit";
        });
    }

    private Flux<Row> fromService(PlatformUser admin, String service, WebClient client, String recordId,
                                  String actor) {
        String prefix = "/api/" + service.substring(0, service.indexOf('-')) + "/audit";
        return client.get().uri(uri -> uri.path(prefix).queryParam("limit", LIMIT)
                        .queryParamIfPresent("recordId", java.util.Optional.ofNullable(blankToNull(recordId)))
                        .queryParamIfPresent("actor", java.util.Optional.ofNullable(blankToNull(actor))).build())
                .headers(headers -> headers.setBearerAuth(minter.mint(admin, service)))
                .retrieve().bodyToMono(new ParameterizedTypeReference<List<Row>>() { })
                .timeout(Duration.ofSeconds(5))
                .flatMapMany(Flux::fromIterable);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
