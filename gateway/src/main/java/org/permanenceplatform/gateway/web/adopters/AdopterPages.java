package org.permanenceplatform.gateway.web.adopters;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.web.Navigation;
import org.permanenceplatform.gateway.web.record.FormAction;
import org.permanenceplatform.gateway.web.record.RecordClient;
import org.permanenceplatform.gateway.web.record.RecordClient.Answer;
import org.permanenceplatform.gateway.web.record.RecordForms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Prospective adopters of the signed-in user's LA: the list with each approval's next clock, the form to register a
 * household's interest, and a household's page with its approval stages and a form for each action. Every form works
 * without JavaScript: a refused change comes back with a GOV.UK error summary, and a change someone else overtook
 * says so.
 */
@Controller
class AdopterPages {

    private static final Logger log = LoggerFactory.getLogger(AdopterPages.class);
    private static final String API = "/api/permanence/adopters";

    private final RecordClient client;

    AdopterPages(RecordClient client) {
        this.client = client;
    }

    @GetMapping("/adopters")
    Mono<String> list(@AuthenticationPrincipal PlatformPrincipal principal, Model model) {
        PlatformUser user = reader(principal);
        model.addAttribute("mayRegister", Navigation.mayWriteAdopters(user));
        return client.list(user, API).doOnNext(rows -> model.addAttribute("households", rows))
                .thenReturn("adopters/list")
                .onErrorResume(failure -> unavailable(model, failure));
    }

    @GetMapping("/adopters/new")
    String form(@AuthenticationPrincipal PlatformPrincipal principal, Model model) {
        writer(principal);
        return newForm(model, List.of(), Map.of());
    }

    @PostMapping("/adopters/new")
    Mono<String> register(@AuthenticationPrincipal PlatformPrincipal principal, ServerWebExchange exchange,
                          Model model) {
        PlatformUser user = writer(principal);
        FormAction details = AdopterActions.named("details").orElseThrow();
        return exchange.getFormData().flatMap(form -> client.send(user, HttpMethod.POST, API, body(details, form))
                        .map(answer -> {
                            if (answer.ok()) {
                                return "redirect:/adopters/" + RecordForms.safe(String.valueOf(answer.body().get("id")));
                            }
                            exchange.getResponse().setStatusCode(HttpStatus.valueOf(answer.status()));
                            return newForm(model, RecordForms.errors(answer), form.toSingleValueMap());
                        }))
                .onErrorResume(failure -> failure instanceof ResponseStatusException
                        ? Mono.error(failure) : unavailable(model, failure));
    }

    @GetMapping("/adopters/{id}")
    Mono<String> household(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                           Model model) {
        return page(reader(principal), id, model, List.of(), null, Map.of());
    }

    @PostMapping("/adopters/{id}/actions/{name}")
    Mono<String> act(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                     @PathVariable String name, ServerWebExchange exchange, Model model) {
        PlatformUser user = reader(principal);
        FormAction action = AdopterActions.named(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (action.roles().stream().noneMatch(user.roles()::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return exchange.getFormData().flatMap(form -> client.send(user, action.method(),
                        API + "/" + RecordForms.safe(id) + RecordForms.path(action, form), body(action, form))
                .flatMap(answer -> {
                    if (answer.ok()) {
                        return Mono.just("redirect:/adopters/" + RecordForms.safe(id) + "#" + name);
                    }
                    exchange.getResponse().setStatusCode(HttpStatus.valueOf(answer.status()));
                    return page(user, id, model, RecordForms.errors(answer), name, form.toSingleValueMap());
                }))
                .onErrorResume(failure -> failure instanceof ResponseStatusException
                        ? Mono.error(failure) : unavailable(model, failure));
    }

    private Mono<String> page(PlatformUser user, String id, Model model, List<Map<String, String>> errors,
                              String failedAction, Map<String, String> typed) {
        return client.get(user, API + "/" + RecordForms.safe(id)).flatMap(household -> {
            if (household.status() == 404) {
                return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
            }
            model.addAttribute("household", household.body());
            model.addAttribute("may", AdopterActions.allowedFor(user.roles()));
            failed(model, errors, failedAction, typed);
            return Mono.just("adopters/household");
        }).onErrorResume(failure -> failure instanceof ResponseStatusException
                ? Mono.error(failure) : unavailable(model, failure));
    }

    private static String newForm(Model model, List<Map<String, String>> errors, Map<String, String> typed) {
        failed(model, errors, errors.isEmpty() ? null : "details", typed);
        return "adopters/new";
    }

    private static void failed(Model model, List<Map<String, String>> errors, String failedAction,
                               Map<String, String> typed) {
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", errors.stream().map(error -> error.get("field")).toList());
        model.addAttribute("failedAction", failedAction);
        model.addAttribute("typed", typed);
    }

    /** The form as the service's JSON; the household's adults are sent as a list of the names given. */
    private static Map<String, Object> body(FormAction action, MultiValueMap<String, String> form) {
        Map<String, Object> body = RecordForms.body(action, form);
        if (action.name().equals("details")) {
            body.put("adults", Stream.of(form.getFirst("adult1"), form.getFirst("adult2"))
                    .filter(Objects::nonNull).map(String::strip).filter(name -> !name.isEmpty()).toList());
            if (body.get("version") == null) {
                body.remove("version");
            }
        }
        return body;
    }

    private static PlatformUser reader(PlatformPrincipal principal) {
        if (!Navigation.mayReadAdopters(principal.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return principal.user();
    }

    private static PlatformUser writer(PlatformPrincipal principal) {
        if (!Navigation.mayWriteAdopters(principal.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return principal.user();
    }

    private static Mono<String> unavailable(Model model, Throwable failure) {
        log.warn("permanence-service did not answer an adopters page: {}", failure.toString());
        model.addAttribute("service", "Prospective adopters");
        return Mono.just("unavailable");
    }
}
