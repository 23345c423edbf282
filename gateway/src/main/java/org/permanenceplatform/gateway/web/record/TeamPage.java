package org.permanenceplatform.gateway.web.record;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.web.Navigation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The team manager's dashboard: the LA's children in care counted by worker, route and stage, with what is late;
 * each count leads to the caseload filtered to those children.
 */
@Controller
class TeamPage {

    private static final Logger log = LoggerFactory.getLogger(TeamPage.class);

    private final RecordClient client;

    TeamPage(RecordClient client) {
        this.client = client;
    }

    @GetMapping("/team")
    Mono<String> team(@AuthenticationPrincipal PlatformPrincipal principal, Model model) {
        PlatformUser user = principal.user();
        if (!Navigation.isTeamManager(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return Mono.zip(client.get(user, "/api/permanence/dashboard"), client.get(user, "/api/permanence/reference"))
                .map(both -> {
                    if (!both.getT1().ok()) {
                        throw new IllegalStateException("the dashboard answered " + both.getT1().status());
                    }
                    model.addAttribute("dashboard", both.getT1().body());
                    model.addAttribute("reference", both.getT2().body());
                    return "record/team";
                })
                .onErrorResume(failure -> {
                    log.warn("permanence-service did not answer the team page: {}", failure.toString());
                    model.addAttribute("service", "Children's records");
                    return Mono.just("unavailable");
                });
    }
}
