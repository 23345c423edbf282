package org.permanenceplatform.gateway.web.outcomes;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.function.Predicate;

/**
 * Who may open the outcome pages (LA staff their LA's, boards theirs, the national board the query), what every
 * outcome page needs (the symbols explained, the chart scripts), and the page they fall back to when
 * outcomes-service does not answer.
 */
final class OutcomesViews {

    private static final Logger log = LoggerFactory.getLogger(OutcomesViews.class);

    private OutcomesViews() {
    }

    static PlatformUser allowed(PlatformPrincipal principal, Predicate<PlatformUser> rule) {
        if (!rule.test(principal.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return principal.user();
    }

    /** What every outcome page shows: the symbols explained, and the scripts that draw its charts. */
    static void common(Model model) {
        model.addAttribute("symbols", FigureTable.SYMBOLS);
        model.addAttribute("charts", true);
    }

    /** Passes a refusal on; anything else means outcomes-service did not answer. */
    static Mono<String> unavailable(Model model, Throwable failure) {
        if (failure instanceof ResponseStatusException) {
            return Mono.error(failure);
        }
        log.warn("outcomes-service did not answer a page: {}", failure.toString());
        model.addAttribute("service", "Outcomes");
        model.addAttribute("charts", false);
        return Mono.just("unavailable");
    }
}
