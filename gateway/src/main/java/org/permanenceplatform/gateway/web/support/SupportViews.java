package org.permanenceplatform.gateway.web.support;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.web.Navigation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Who may open the support pages (support workers change them; the regional adoption agency reads the adoption cases
 * of its LA), and the page every support page falls back to when support-service does not answer.
 */
final class SupportViews {

    private static final Logger log = LoggerFactory.getLogger(SupportViews.class);

    private SupportViews() {
    }

    static PlatformUser worker(PlatformPrincipal principal) {
        if (!Navigation.isSupportWorker(principal.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return principal.user();
    }

    static PlatformUser reader(PlatformPrincipal principal) {
        if (!Navigation.mayReadSupport(principal.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return principal.user();
    }

    /** Passes a refusal on; anything else means support-service did not answer. */
    static Mono<String> unavailable(Model model, Throwable failure) {
        if (failure instanceof ResponseStatusException) {
            return Mono.error(failure);
        }
        log.warn("support-service did not answer a page: {}", failure.toString());
        model.addAttribute("service", "Post-permanence support");
        return Mono.just("unavailable");
    }
}
