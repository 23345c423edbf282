package org.permanenceplatform.gateway.web.support;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.web.Navigation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A support case, with a form for every step of the support (request, first response, assessment, plan, service,
 * plan review, allowance, risk flag, breakdown) for its LA's support workers; the regional adoption agency reads an
 * adoption case without them. Every
 * form works without JavaScript: a refused change comes back to the case with a GOV.UK error summary naming the
 * fields, and a change someone else overtook says so.
 */
@Controller
class SupportPages {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String CASES = "/api/support/cases";

    private final SupportClient client;

    SupportPages(SupportClient client) {
        this.client = client;
    }

    @GetMapping("/support/cases/{id}")
    Mono<String> supportCase(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                             Model model) {
        return page(SupportViews.reader(principal), safe(id), model, List.of(), null, Map.of());
    }

    @PostMapping("/support/cases/{id}/actions/{name}")
    Mono<String> act(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                     @PathVariable String name, ServerWebExchange exchange, Model model) {
        PlatformUser user = SupportViews.worker(principal);
        String caseId = safe(id);
        SupportForms.Form form = SupportForms.named(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return exchange.getFormData().flatMap(values -> {
            String path = SupportForms.path(form, values).orElse(null);
            if (path == null) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return page(user, caseId, model, List.of(Map.of("field", "", "message",
                        "Choose which one this is about.")), name, values.toSingleValueMap());
            }
            String key = form.key(values);
            return client.post(user, CASES + "/" + caseId + path, SupportForms.body(form, values))
                    .flatMap(answer -> {
                        if (answer.ok()) {
                            return Mono.just("redirect:/support/cases/" + caseId + "#" + key);
                        }
                        exchange.getResponse().setStatusCode(HttpStatus.valueOf(answer.status()));
                        return page(user, caseId, model, SupportForms.errors(answer), key,
                                values.toSingleValueMap());
                    });
        }).onErrorResume(failure -> SupportViews.unavailable(model, failure));
    }

    private Mono<String> page(PlatformUser user, String id, Model model, List<Map<String, String>> errors,
                              String failedAction, Map<String, String> typed) {
        return client.get(user, CASES + "/" + id).flatMap(answer -> {
            if (!answer.ok()) {
                return Mono.<String>error(new ResponseStatusException(HttpStatus.NOT_FOUND));
            }
            Map<String, Object> supportCase = answer.object();
            model.addAttribute("supportCase", supportCase);
            model.addAttribute("choices", SupportChoices.ofCase(supportCase));
            model.addAttribute("errors", errors);
            model.addAttribute("errorFields", errors.stream().map(error -> error.get("field")).toList());
            model.addAttribute("failedAction", failedAction);
            model.addAttribute("typed", typed);
            model.addAttribute("mayChange", Navigation.isSupportWorker(user));
            return Mono.just("support/case");
        }).onErrorResume(failure -> SupportViews.unavailable(model, failure));
    }

    private static String safe(String id) {
        if (!ID.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return id;
    }
}
