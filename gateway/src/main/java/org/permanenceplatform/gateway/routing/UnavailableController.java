package org.permanenceplatform.gateway.routing;

import org.permanenceplatform.gateway.security.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker sends a call it cannot complete (the service is down, too slow, or the breaker is
 * open): 503 problem+json with Retry-After, for every method. Nothing was done downstream that the caller can rely on.
 */
@RestController
class UnavailableController {

    static final int RETRY_AFTER_SECONDS = 10;

    @RequestMapping("/unavailable/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", service + " is not answering just now; the rest of the platform is working. "
                        + "Try again in a moment.", exchange);
        problem.setProperty("service", service);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
