package org.permanenceplatform.gateway.web.support;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.web.Navigation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * The support home page. A support worker sees the queue, the dashboard, the allowances below the national minimum,
 * the LA's support cases and a form to open a case by hand (a refusal comes back with a GOV.UK error summary naming
 * the fields). The regional adoption agency sees only the adoption cases it may read: support-service answers it
 * nothing else.
 */
@Controller
class SupportHome {

    private static final String CASES = "/api/support/cases";

    private final SupportClient client;

    SupportHome(SupportClient client) {
        this.client = client;
    }

    @GetMapping("/support")
    Mono<String> home(@AuthenticationPrincipal PlatformPrincipal principal, Model model) {
        return page(SupportViews.reader(principal), model, List.of(), Map.of());
    }

    @PostMapping("/support/cases")
    Mono<String> open(@AuthenticationPrincipal PlatformPrincipal principal, ServerWebExchange exchange,
                      Model model) {
        PlatformUser user = SupportViews.worker(principal);
        return exchange.getFormData().flatMap(values -> client.post(user, CASES, OpenCaseForm.body(values))
                        .flatMap(answer -> {
                            if (answer.ok() && answer.object().get("id") instanceof String id) {
                                return Mono.just("redirect:/support/cases/" + id);
                            }
                            exchange.getResponse().setStatusCode(HttpStatus.valueOf(answer.status()));
                            return page(user, model, OpenCaseForm.errors(answer), values.toSingleValueMap());
                        }))
                .onErrorResume(failure -> SupportViews.unavailable(model, failure));
    }

    private Mono<String> page(PlatformUser user, Model model, List<Map<String, String>> errors,
                              Map<String, String> typed) {
        boolean worker = Navigation.isSupportWorker(user);
        model.addAttribute("worker", worker);
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", errors.stream().map(error -> error.get("field")).toList());
        model.addAttribute("failedAction", errors.isEmpty() ? null : OpenCaseForm.NAME);
        model.addAttribute("typed", typed);
        model.addAttribute("routes", OpenCaseForm.ROUTES);
        Mono<String> cases = client.get(user, CASES).map(answer -> {
            model.addAttribute("cases", answer.ok() ? answer.body() : List.of());
            return "support/home";
        });
        if (!worker) {
            return cases.onErrorResume(failure -> SupportViews.unavailable(model, failure));
        }
        return Mono.zip(client.get(user, "/api/support/queue"), client.get(user, "/api/support/dashboard"),
                        client.get(user, "/api/support/allowances/below-minimum"))
                .flatMap(all -> {
                    model.addAttribute("queue", all.getT1().body());
                    model.addAttribute("dashboard", all.getT2().object());
                    model.addAttribute("belowMinimum", all.getT3().body());
                    return cases;
                })
                .onErrorResume(failure -> SupportViews.unavailable(model, failure));
    }
}
