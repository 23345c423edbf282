package org.permanenceplatform.gateway.web.outcomes;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.web.Navigation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An LA's outcomes dashboard (each indicator's figure for the LA beside England's, and its threshold) and an
 * indicator's page for anyone who may read figures: its machine-readable definition, its figures as the caller may
 * see them, and its five-year trend. outcomes-service decides which places the caller sees.
 */
@Controller
class OutcomesPages {

    private static final Pattern ID = Pattern.compile("[a-z0-9_]{1,64}");
    private static final int INDICATORS_AT_ONCE = 4;

    /** One indicator on the LA's dashboard. */
    record DashboardLine(String id, String title, String measure, String la, String england, Integer threshold) {
    }

    private final FigureReads reads;

    OutcomesPages(FigureReads reads) {
        this.reads = reads;
    }

    @GetMapping("/outcomes")
    Mono<String> dashboard(@AuthenticationPrincipal PlatformPrincipal principal,
                           @RequestParam(required = false) String period, Model model) {
        if (!Navigation.mayReadOwnOutcomes(principal.user()) && Navigation.mayReadBoardOutcomes(principal.user())) {
            return Mono.just("redirect:/outcomes/board");
        }
        PlatformUser user = OutcomesViews.allowed(principal, Navigation::mayReadOwnOutcomes);
        String year = reads.periods().contains(period) ? period : reads.currentPeriod();
        OutcomesViews.common(model);
        model.addAttribute("periods", reads.periods());
        model.addAttribute("period", year);
        return reads.indicators(user)
                .flatMapMany(indicators -> Flux.fromIterable(indicators).flatMapSequential(indicator ->
                        line(user, indicator, year), INDICATORS_AT_ONCE))
                .collectList()
                .map(lines -> {
                    model.addAttribute("lines", lines);
                    return "outcomes/dashboard";
                })
                .onErrorResume(failure -> OutcomesViews.unavailable(model, failure));
    }

    @GetMapping("/outcomes/indicators/{id}")
    Mono<String> indicator(@AuthenticationPrincipal PlatformPrincipal principal, @PathVariable String id,
                           Model model) {
        PlatformUser user = OutcomesViews.allowed(principal, Navigation::mayReadOutcomes);
        if (!ID.matcher(id).matches()) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        OutcomesViews.common(model);
        FigureRequest request = FigureRequest.of(id, reads.currentPeriod(), placesFor(user));
        return reads.indicator(user, id).flatMap(definition -> {
            if (definition.isEmpty()) {
                return Mono.<String>error(new ResponseStatusException(HttpStatus.NOT_FOUND));
            }
            model.addAttribute("definition", definition.get());
            return reads.trend(user, request).map(years -> {
                FigureTable latest = years.isEmpty() ? null : years.get(years.size() - 1);
                model.addAttribute("table", latest);
                model.addAttribute("trend", years.isEmpty() ? null : Chart.trend("trend-" + id, years));
                return "outcomes/indicator";
            });
        }).onErrorResume(failure -> OutcomesViews.unavailable(model, failure));
    }

    /** The national board compares regions (153 LAs belong to its query); everyone else sees LAs. */
    static String placesFor(PlatformUser user) {
        return Navigation.mayQueryOutcomes(user) ? "region" : "la";
    }

    private Mono<DashboardLine> line(PlatformUser user, Map<String, Object> indicator, String period) {
        String id = String.valueOf(indicator.get("id"));
        String title = String.valueOf(indicator.get("title"));
        Integer threshold = indicator.get("threshold") instanceof Number number ? number.intValue() : null;
        return reads.year(user, FigureRequest.of(id, period, "la")).map(found -> found
                .map(table -> new DashboardLine(id, title, table.headline(), shown(table, "LOCAL_AUTHORITY"),
                        shown(table, "ENGLAND"), threshold))
                .orElse(new DashboardLine(id, title, "", "", "", threshold)));
    }

    private static String shown(FigureTable table, String level) {
        return Optional.ofNullable(table.rowAt(level)).map(row -> row.text(table.headline())).orElse("");
    }
}
