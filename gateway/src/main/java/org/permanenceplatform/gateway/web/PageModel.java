package org.permanenceplatform.gateway.web;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;

/** What every page needs: the CSRF token for its forms, and the signed-in user and their navigation. */
@ControllerAdvice(basePackages = "org.permanenceplatform.gateway.web")
class PageModel {

    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    @ModelAttribute("navigation")
    Mono<List<Navigation.Item>> navigation(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication authentication
                        && authentication.getPrincipal() instanceof PlatformPrincipal)
                .map(principal -> Navigation.itemsFor(
                        ((PlatformPrincipal) ((Authentication) principal).getPrincipal()).user()))
                .defaultIfEmpty(List.of());
    }

    @ModelAttribute("signedInAs")
    Mono<String> signedInAs(ServerWebExchange exchange) {
        return exchange.getPrincipal().map(java.security.Principal::getName).defaultIfEmpty("");
    }
}
