package org.permanenceplatform.gateway.web.children;

import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.web.Navigation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The children of the signed-in user's LA: the list, one child's record, and the form to record a child (which
 * works without JavaScript). When permanence-service is down the page says so and the rest keeps working.
 */
@Controller
class ChildrenPages {

    private static final Logger log = LoggerFactory.getLogger(ChildrenPages.class);
    static final List<String> FORM_FIELDS = List.of("localChildId", "givenName", "familyName", "dateOfBirth", "sex",
            "ethnicity");
    static final Map<String, String> LABELS = Map.of("localChildId", "Local child id", "givenName", "Given name",
            "familyName", "Family name", "dateOfBirth", "Date of birth", "sex", "Sex", "ethnicity", "Ethnicity");

    private final PermanenceClient permanence;

    ChildrenPages(PermanenceClient permanence) {
        this.permanence = permanence;
    }

    @GetMapping("/children")
    Mono<String> list(@AuthenticationPrincipal PlatformPrincipal details, Model model) {
        PlatformUser user = readerOf(details);
        model.addAttribute("mayRecord", Navigation.mayWriteChildren(user));
        return permanence.children(user)
                .doOnNext(children -> model.addAttribute("children", children))
                .thenReturn("children/list")
                .onErrorResume(failure -> unavailable(model, failure));
    }

    @GetMapping("/children/new")
    String form(@AuthenticationPrincipal PlatformPrincipal details, Model model) {
        writerOf(details);
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", List.of());
        return "children/new";
    }

    @PostMapping("/children/new")
    Mono<String> record(@AuthenticationPrincipal PlatformPrincipal details, ServerWebExchange exchange,
                        Model model) {
        PlatformUser user = writerOf(details);
        return exchange.getFormData().flatMap(form -> {
            Map<String, String> child = fields(form);
            return permanence.record(user, child).map(recorded -> {
                if (recorded.id() != null) {
                    return "redirect:/children/" + recorded.id();
                }
                List<PermanenceClient.FieldError> errors = recorded.conflict() != null
                        ? List.of(new PermanenceClient.FieldError("localChildId", recorded.conflict()))
                        : recorded.errors().stream().map(error -> new PermanenceClient.FieldError(error.field(),
                                LABELS.getOrDefault(error.field(), error.field()) + " " + error.message())).toList();
                model.addAttribute("form", child);
                model.addAttribute("errors", errors);
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return "children/new";
            });
        }).onErrorResume(failure -> unavailable(model, failure));
    }

    private static Map<String, String> fields(MultiValueMap<String, String> form) {
        Map<String, String> child = new LinkedHashMap<>();
        for (String field : FORM_FIELDS) {
            String value = form.getFirst(field);
            child.put(field, value == null || value.isBlank() ? null : value.strip());
        }
        return child;
    }

    private static Mono<String> unavailable(Model model, Throwable failure) {
        log.warn("permanence-service did not answer a page: {}", failure.toString());
        model.addAttribute("service", "Children's records");
        return Mono.just("unavailable");
    }

    private static PlatformUser readerOf(PlatformPrincipal details) {
        if (!Navigation.mayReadChildren(details.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return details.user();
    }

    private static PlatformUser writerOf(PlatformPrincipal details) {
        if (!Navigation.mayWriteChildren(details.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return details.user();
    }
}
