package org.permanenceplatform.gateway.web.record;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.web.Navigation;
import org.permanenceplatform.gateway.web.record.RecordClient.Answer;
import org.permanenceplatform.gateway.web.support.SupportSummaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A child's permanence record and the forms that change it, the caseload with its clocks, and the IRO's and decision
 * maker's queues. Every form works without JavaScript: a refused change comes back to the record with a GOV.UK error
 * summary naming the fields, and a change someone else overtook says so.
 */
@Controller
class RecordPages {

    private static final Logger log = LoggerFactory.getLogger(RecordPages.class);
    /** A worker's username or name as the filter accepts it (the client encodes the space). */
    private static final Pattern WORKER = Pattern.compile("[A-Za-z0-9._@' -]{1,100}");

    private final RecordClient client;
    private final SupportSummaries support;

    RecordPages(RecordClient client, SupportSummaries support) {
        this.client = client;
        this.support = support;
    }

    @GetMapping("/children/{id}")
    Mono<String> child(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id, Model model) {
        PlatformUser user = reader(principal);
        return page(user, id, model, List.of(), null, Map.of());
    }

    @PostMapping("/children/{id}/actions/{name}")
    Mono<String> act(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                     @PathVariable String name, ServerWebExchange exchange, Model model) {
        PlatformUser user = reader(principal);
        FormAction action = RecordActions.named(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (action.roles().stream().noneMatch(user.roles()::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return exchange.getFormData().flatMap(form -> client.send(user, action.method(),
                        "/api/permanence/children/" + RecordForms.safe(id) + RecordForms.path(action, form), RecordForms.body(action, form))
                .flatMap(answer -> {
                    if (answer.ok()) {
                        return Mono.just("redirect:/children/" + RecordForms.safe(id) + "#" + name);
                    }
                    exchange.getResponse().setStatusCode(HttpStatus.valueOf(answer.status()));
                    return page(user, id, model, RecordForms.errors(answer), name, form.toSingleValueMap());
                }))
                .onErrorResume(failure -> failure instanceof ResponseStatusException
                        ? Mono.error(failure) : unavailable(model, failure));
    }

    @GetMapping("/caseload")
    Mono<String> caseload(@AuthenticationPrincipal PlatformPrincipal principal,
                          @RequestParam(required = false) String route,
                          @RequestParam(required = false) String overdue,
                          @RequestParam(required = false) String worker, Model model) {
        PlatformUser user = principal.user();
        if (!Navigation.mayWriteChildren(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        StringBuilder query = new StringBuilder("/api/permanence/caseload?includeLeftCare=false");
        if (route != null && RecordForms.SAFE.matcher(route).matches()) {
            query.append("&route=").append(route);
        }
        if ("true".equals(overdue)) {
            query.append("&overdue=true");
        }
        String chosenWorker = worker == null || !WORKER.matcher(worker.strip()).matches() ? null : worker.strip();
        if (chosenWorker != null) {
            query.append("&worker=").append(chosenWorker);
        }
        model.addAttribute("route", route);
        model.addAttribute("overdue", "true".equals(overdue));
        model.addAttribute("worker", chosenWorker);
        return Mono.zip(client.list(user, query.toString()), client.get(user, "/api/permanence/reference"))
                .doOnNext(both -> {
                    model.addAttribute("rows", both.getT1());
                    model.addAttribute("reference", both.getT2().body());
                })
                .thenReturn("record/caseload")
                .onErrorResume(failure -> unavailable(model, failure));
    }

    @GetMapping("/queues/{queue}")
    Mono<String> queue(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String queue,
                       Model model) {
        PlatformUser user = principal.user();
        boolean iro = queue.equals("iro");
        if (!iro && !queue.equals("decisions")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!(iro ? Navigation.isIroQueueUser(user) : Navigation.isDecisionQueueUser(user))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("title", iro ? "Waiting for the IRO" : "Waiting for a decision");
        return client.list(user, "/api/permanence/queues/" + queue)
                .doOnNext(rows -> model.addAttribute("rows", rows))
                .thenReturn("record/queue")
                .onErrorResume(failure -> unavailable(model, failure));
    }

    private Mono<String> page(PlatformUser user, String id, Model model, List<Map<String, String>> errors,
                              String failedAction, Map<String, String> typed) {
        return Mono.zip(client.get(user, "/api/permanence/children/" + RecordForms.safe(id)),
                        client.get(user, "/api/permanence/reference"))
                .flatMap(both -> {
                    Answer child = both.getT1();
                    if (child.status() == 404) {
                        return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
                    }
                    model.addAttribute("child", child.body());
                    model.addAttribute("reference", both.getT2().body());
                    model.addAttribute("may", RecordActions.allowedFor(user.roles()));
                    model.addAttribute("errors", errors);
                    model.addAttribute("errorFields", errors.stream().map(error -> error.get("field")).toList());
                    model.addAttribute("failedAction", failedAction);
                    model.addAttribute("typed", typed);
                    return support.of(user, child.body().get("localChildId"))
                            .doOnNext(summary -> model.addAttribute("supportSummary", summary))
                            .thenReturn("record/child");
                })
                .onErrorResume(failure -> failure instanceof ResponseStatusException
                        ? Mono.error(failure) : unavailable(model, failure));
    }

    private static PlatformUser reader(PlatformPrincipal principal) {
        if (!Navigation.mayReadChildren(principal.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return principal.user();
    }

    private static Mono<String> unavailable(Model model, Throwable failure) {
        log.warn("permanence-service did not answer a page: {}", failure.toString());
        model.addAttribute("service", "Children's records");
        return Mono.just("unavailable");
    }
}
