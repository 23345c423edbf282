package org.permanenceplatform.gateway.web.support;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.web.Navigation;
import org.permanenceplatform.gateway.web.support.SupportClient.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The support worker's pages: the queue and dashboard with the LA's support cases, and a case with a form for every
 * step of the support (request, first response, assessment, plan, service, allowance, risk flag, breakdown). Every
 * form works without JavaScript: a refused change comes back to the case with a GOV.UK error summary naming the
 * fields, and a change someone else overtook says so.
 */
@Controller
class SupportPages {

    private static final Logger log = LoggerFactory.getLogger(SupportPages.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String CASES = "/api/support/cases";

    private final SupportClient client;

    SupportPages(SupportClient client) {
        this.client = client;
    }

    @GetMapping("/support")
    Mono<String> home(@AuthenticationPrincipal PlatformPrincipal principal, Model model) {
        PlatformUser user = worker(principal);
        return Mono.zip(client.get(user, "/api/support/queue"), client.get(user, "/api/support/dashboard"),
                        client.get(user, CASES))
                .map(all -> {
                    model.addAttribute("queue", all.getT1().body());
                    model.addAttribute("dashboard", all.getT2().object());
                    model.addAttribute("cases", all.getT3().body());
                    return "support/home";
                })
                .onErrorResume(failure -> unavailable(model, failure));
    }

    @GetMapping("/support/cases/{id}")
    Mono<String> supportCase(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                             Model model) {
        return page(worker(principal), safe(id), model, List.of(), null, Map.of());
    }

    @PostMapping("/support/cases/{id}/actions/{name}")
    Mono<String> act(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                     @PathVariable String name, ServerWebExchange exchange, Model model) {
        PlatformUser user = worker(principal);
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
            return client.post(user, CASES + "/" + caseId + path, SupportForms.body(form, values))
                    .flatMap(answer -> {
                        if (answer.ok()) {
                            return Mono.just("redirect:/support/cases/" + caseId + "#" + name);
                        }
                        exchange.getResponse().setStatusCode(HttpStatus.valueOf(answer.status()));
                        return page(user, caseId, model, SupportForms.errors(answer), name,
                                values.toSingleValueMap());
                    });
        }).onErrorResume(failure -> failure instanceof ResponseStatusException
                ? Mono.error(failure) : unavailable(model, failure));
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
            return Mono.just("support/case");
        }).onErrorResume(failure -> failure instanceof ResponseStatusException
                ? Mono.error(failure) : unavailable(model, failure));
    }

    private static String safe(String id) {
        if (!ID.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return id;
    }

    private static PlatformUser worker(PlatformPrincipal principal) {
        if (!Navigation.isSupportWorker(principal.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return principal.user();
    }

    private static Mono<String> unavailable(Model model, Throwable failure) {
        log.warn("support-service did not answer a page: {}", failure.toString());
        model.addAttribute("service", "Post-permanence support");
        return Mono.just("unavailable");
    }
}
