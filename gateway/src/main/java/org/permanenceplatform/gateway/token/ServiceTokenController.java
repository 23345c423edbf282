package org.permanenceplatform.gateway.token;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /oauth2/token}: the OAuth 2 client-credentials grant, for services only. A service names itself and
 * its secret (HTTP Basic) and the service it wants to call ({@code audience}); it gets a short-lived token with
 * {@code sub service:<name>}, scope {@code events:write} and the LAs it may speak for ({@code las}).
 */
@RestController
class ServiceTokenController {

    static final String PATH = "/oauth2/token";
    static final Set<String> AUDIENCES = Set.of("permanence-service", "support-service", "outcomes-service");
    static final String SCOPE = "events:write";

    private final ServiceClients clients;
    private final TokenMinter minter;

    ServiceTokenController(ServiceClients clients, TokenMinter minter) {
        this.clients = clients;
        this.minter = minter;
    }

    @PostMapping(value = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<Map<String, Object>>> token(ServerWebExchange exchange) {
        return exchange.getFormData().map(form -> issue(exchange.getRequest().getHeaders(), form));
    }

    private ResponseEntity<Map<String, Object>> issue(HttpHeaders headers, MultiValueMap<String, String> form) {
        String[] credentials = basic(headers.getFirst(HttpHeaders.AUTHORIZATION));
        if (credentials == null) {
            return error(HttpStatus.UNAUTHORIZED, "invalid_client");
        }
        ServiceClients.Client client = clients.authenticate(credentials[0], credentials[1]).orElse(null);
        if (client == null) {
            return error(HttpStatus.UNAUTHORIZED, "invalid_client");
        }
        if (!"client_credentials".equals(form.getFirst("grant_type"))) {
            return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type");
        }
        String audience = form.getFirst("audience");
        String scope = form.getFirst("scope");
        if (audience == null || !AUDIENCES.contains(audience) || audience.equals(credentials[0])) {
            return error(HttpStatus.BAD_REQUEST, "invalid_target");
        }
        if (scope != null && !scope.equals(SCOPE)) {
            return error(HttpStatus.BAD_REQUEST, "invalid_scope");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", minter.mintForService(credentials[0], client.las(), audience, SCOPE));
        body.put("token_type", "Bearer");
        body.put("expires_in", minter.lifetime().toSeconds());
        body.put("scope", SCOPE);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
        if (status == HttpStatus.UNAUTHORIZED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"service-clients\"");
        }
        return builder.body(Map.of("error", code));
    }
}
