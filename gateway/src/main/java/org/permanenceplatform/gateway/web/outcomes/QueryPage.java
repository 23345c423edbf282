package org.permanenceplatform.gateway.web.outcomes;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.web.Navigation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The national board's query: indicator by up to two breakdowns, with filters, for a financial year, answered with a
 * GOV.UK table (symbols explained), a chart, and links to download the same figures (EES CSV, its metadata, JSON)
 * through the gateway. The form is a GET, so a query can be bookmarked and shared.
 */
@Controller
class QueryPage {

    private static final String EXPORTS = "/api/outcomes/exports/";

    private final FigureReads reads;
    private final OutcomesClient client;

    QueryPage(FigureReads reads, OutcomesClient client) {
        this.reads = reads;
        this.client = client;
    }

    @GetMapping("/outcomes/query")
    Mono<String> query(@AuthenticationPrincipal PlatformPrincipal principal,
                       @RequestParam MultiValueMap<String, String> values, ServerWebExchange exchange, Model model) {
        PlatformUser user = OutcomesViews.allowed(principal, Navigation::mayQueryOutcomes);
        OutcomesViews.common(model);
        model.addAttribute("periods", reads.queryPeriods());
        model.addAttribute("dimensions", QueryForm.DIMENSIONS);
        model.addAttribute("typed", typed(values));
        model.addAttribute("errors", List.of());
        model.addAttribute("errorFields", List.of());
        model.addAttribute("failedAction", "query");
        return reads.indicators(user).flatMap(indicators -> {
            model.addAttribute("indicators", indicators);
            if (!values.containsKey("indicator")) {
                return Mono.just("outcomes/query");
            }
            Set<String> ids = indicators.stream().map(indicator -> String.valueOf(indicator.get("id")))
                    .collect(Collectors.toSet());
            QueryForm.Checked checked = QueryForm.check(values, ids, reads.queryPeriods());
            if (!checked.errors().isEmpty()) {
                return refuse(exchange, model, HttpStatus.BAD_REQUEST, checked.errors());
            }
            return client.figures(user, checked.request()).flatMap(answer -> {
                if (!answer.ok()) {
                    return refuse(exchange, model, HttpStatus.valueOf(answer.status()), QueryForm.refused(answer));
                }
                FigureTable table = FigureTable.read(answer.object());
                model.addAttribute("table", table);
                model.addAttribute("chart", Chart.bars("query-chart", table));
                model.addAttribute("downloads", downloads(checked.request()));
                return Mono.just("outcomes/query");
            });
        }).onErrorResume(failure -> OutcomesViews.unavailable(model, failure));
    }

    private static Mono<String> refuse(ServerWebExchange exchange, Model model, HttpStatus status,
                                       List<Map<String, String>> errors) {
        exchange.getResponse().setStatusCode(status);
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", errors.stream().map(error -> error.get("field")).toList());
        return Mono.just("outcomes/query");
    }

    /** The same query as downloads, each through the gateway's route to outcomes-service. */
    private static Map<String, String> downloads(FigureRequest request) {
        String base = EXPORTS + request.indicator();
        String query = "?" + request.exportQuery();
        return Map.of("csv", base + ".csv" + query, "meta", base + ".meta.csv" + query, "json",
                base + ".json" + query);
    }

    private static Map<String, String> typed(MultiValueMap<String, String> values) {
        return values.toSingleValueMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
