package org.permanenceplatform.gateway.web.challenges;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The board challenge log's pages (ADR 016): a board's list of the challenges it raised, with the form to raise one;
 * an LA's list of those addressed to it, overdue first; and a challenge's page, where the LA answers and the board
 * closes or reopens. Every form works without JavaScript: a refused change comes back with a GOV.UK error summary
 * naming the fields, and a change someone else overtook says so.
 */
@Controller
class ChallengePages {

    private static final Logger log = LoggerFactory.getLogger(ChallengePages.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String CHALLENGES = "/api/outcomes/challenges";
    static final String RAISE = "raise";

    private final ChallengeClient client;

    ChallengePages(ChallengeClient client) {
        this.client = client;
    }

    @GetMapping("/challenges")
    Mono<String> list(@AuthenticationPrincipal PlatformPrincipal principal, Model model) {
        return listPage(reader(principal), model, List.of(), Map.of());
    }

    @PostMapping("/challenges")
    Mono<String> raise(@AuthenticationPrincipal PlatformPrincipal principal, ServerWebExchange exchange,
                       Model model) {
        PlatformUser user = board(principal);
        return exchange.getFormData().flatMap(values -> client.post(user, CHALLENGES, ChallengeForms.raise(values))
                        .flatMap(answer -> {
                            if (answer.ok() && answer.object().get("id") instanceof String id) {
                                return Mono.just("redirect:/challenges/" + id);
                            }
                            exchange.getResponse().setStatusCode(HttpStatus.valueOf(answer.status()));
                            return listPage(user, model, ChallengeForms.errors(answer), values.toSingleValueMap());
                        }))
                .onErrorResume(failure -> unavailable(model, failure));
    }

    @GetMapping("/challenges/{id}")
    Mono<String> challenge(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                           Model model) {
        return challengePage(reader(principal), safe(id), model, List.of(), null, Map.of());
    }

    @PostMapping("/challenges/{id}/answer")
    Mono<String> answer(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                        ServerWebExchange exchange, Model model) {
        PlatformUser user = laReader(principal);
        return change(user, safe(id), "answer", ChallengeForms::answer, exchange, model);
    }

    @PostMapping("/challenges/{id}/close")
    Mono<String> close(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                       ServerWebExchange exchange, Model model) {
        return change(board(principal), safe(id), "close", ChallengeForms::version, exchange, model);
    }

    @PostMapping("/challenges/{id}/reopen")
    Mono<String> reopen(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                        ServerWebExchange exchange, Model model) {
        return change(board(principal), safe(id), "reopen", ChallengeForms::version, exchange, model);
    }

    private Mono<String> change(PlatformUser user, String id, String action,
                                Function<MultiValueMap<String, String>, Map<String, Object>> body,
                                ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(values -> client.post(user, CHALLENGES + "/" + id + "/" + action,
                        body.apply(values)).flatMap(answer -> {
                            if (answer.ok()) {
                                return Mono.just("redirect:/challenges/" + id);
                            }
                            if (answer.status() == 404) {
                                return Mono.<String>error(new ResponseStatusException(HttpStatus.NOT_FOUND));
                            }
                            exchange.getResponse().setStatusCode(HttpStatus.valueOf(answer.status()));
                            return challengePage(user, id, model, ChallengeForms.errors(answer), action,
                                    values.toSingleValueMap());
                        }))
                .onErrorResume(failure -> unavailable(model, failure));
    }

    private Mono<String> listPage(PlatformUser user, Model model, List<Map<String, String>> errors,
                                  Map<String, String> typed) {
        boolean board = ChallengeForms.isBoard(user);
        model.addAttribute("board", board);
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", errors.stream().map(error -> error.get("field")).toList());
        model.addAttribute("failedAction", errors.isEmpty() ? null : RAISE);
        model.addAttribute("typed", typed);
        model.addAttribute("kinds", List.of(Map.of("code", "CHALLENGE", "label", "Challenge: explain the figure"),
                Map.of("code", "ACTION", "label", "Action: do something about it")));
        Mono<ChallengeClient.Answer> indicators = board ? client.get(user, "/api/outcomes/indicators")
                : Mono.just(new ChallengeClient.Answer(200, List.of()));
        return Mono.zip(client.get(user, CHALLENGES), indicators).map(both -> {
            List<Map<String, Object>> challenges = both.getT1().list();
            if (board) {
                // The board's own: those it raised (a regional board also sees the national board's for its LAs).
                String place = ChallengeForms.boardPlace(user);
                challenges = challenges.stream().filter(challenge -> place.equals(challenge.get("raisedFor")))
                        .toList();
            }
            model.addAttribute("challenges", challenges);
            model.addAttribute("indicators", both.getT2().list().stream().map(indicator -> Map.of(
                    "code", String.valueOf(indicator.get("id")), "label", String.valueOf(indicator.get("title"))))
                    .toList());
            return "challenges/list";
        }).onErrorResume(failure -> unavailable(model, failure));
    }

    private Mono<String> challengePage(PlatformUser user, String id, Model model, List<Map<String, String>> errors,
                                       String failedAction, Map<String, String> typed) {
        return client.get(user, CHALLENGES + "/" + id).flatMap(answer -> {
            if (!answer.ok()) {
                return Mono.<String>error(new ResponseStatusException(HttpStatus.NOT_FOUND));
            }
            Map<String, Object> challenge = answer.object();
            boolean board = ChallengeForms.isBoard(user);
            model.addAttribute("challenge", challenge);
            model.addAttribute("mayAnswer", !board && ChallengeForms.isLaReader(user)
                    && Boolean.TRUE.equals(challenge.get("answerable")));
            model.addAttribute("mayClose", board && !"CLOSED".equals(challenge.get("status")));
            model.addAttribute("mayReopen", board && !"OPEN".equals(challenge.get("status")));
            model.addAttribute("errors", errors);
            model.addAttribute("errorFields", errors.stream().map(error -> error.get("field")).toList());
            model.addAttribute("failedAction", failedAction);
            model.addAttribute("typed", typed);
            return Mono.just("challenges/challenge");
        }).onErrorResume(failure -> unavailable(model, failure));
    }

    private static PlatformUser reader(PlatformPrincipal principal) {
        PlatformUser user = principal.user();
        if (!ChallengeForms.isBoard(user) && !ChallengeForms.isLaReader(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }

    private static PlatformUser board(PlatformPrincipal principal) {
        if (!ChallengeForms.isBoard(principal.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return principal.user();
    }

    private static PlatformUser laReader(PlatformPrincipal principal) {
        if (!ChallengeForms.isLaReader(principal.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return principal.user();
    }

    private static String safe(String id) {
        if (!ID.matcher(Objects.requireNonNull(id)).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return id;
    }

    /** Passes a refusal on; anything else means outcomes-service did not answer. */
    private static Mono<String> unavailable(Model model, Throwable failure) {
        if (failure instanceof ResponseStatusException) {
            return Mono.error(failure);
        }
        log.warn("outcomes-service did not answer a challenge page: {}", failure.toString());
        model.addAttribute("service", "The board challenge log");
        return Mono.just("unavailable");
    }
}
