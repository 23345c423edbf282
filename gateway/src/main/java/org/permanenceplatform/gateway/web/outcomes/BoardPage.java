package org.permanenceplatform.gateway.web.outcomes;

import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.web.Navigation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * The board dashboard: for each indicator, the latest year's figures of the board's LAs side by side with its
 * grouping and England (the national board: the regions and England), and the five-year trend of each, with the
 * threshold drawn where the indicator has one. Each chart has its table beside it.
 */
@Controller
class BoardPage {

    private static final int INDICATORS_AT_ONCE = 3;

    /**
     * One indicator on the dashboard: {@code latest} and the charts are null when the service has no figures in any
     * of the years, {@code bars} when it has none for the latest.
     */
    record Section(String id, String title, Integer threshold, FigureTable latest, Chart bars, Chart trend) {
    }

    private final FigureReads reads;

    BoardPage(FigureReads reads) {
        this.reads = reads;
    }

    @GetMapping("/outcomes/board")
    Mono<String> board(@AuthenticationPrincipal PlatformPrincipal principal, Model model) {
        PlatformUser user = OutcomesViews.allowed(principal, Navigation::mayReadBoardOutcomes);
        OutcomesViews.common(model);
        String places = OutcomesPages.placesFor(user);
        model.addAttribute("places", places);
        model.addAttribute("period", reads.currentPeriod());
        return reads.indicators(user)
                .flatMapMany(indicators -> Flux.fromIterable(indicators).flatMapSequential(indicator ->
                        section(user, indicator, places), INDICATORS_AT_ONCE))
                .collectList()
                .map(sections -> {
                    model.addAttribute("sections", sections);
                    return "outcomes/board";
                })
                .onErrorResume(failure -> OutcomesViews.unavailable(model, failure));
    }

    private Mono<Section> section(PlatformUser user, Map<String, Object> indicator, String places) {
        String id = String.valueOf(indicator.get("id"));
        String title = String.valueOf(indicator.get("title"));
        Integer threshold = indicator.get("threshold") instanceof Number number ? number.intValue() : null;
        return reads.trend(user, FigureRequest.of(id, reads.currentPeriod(), places)).map(years -> {
            if (years.stream().allMatch(year -> year.rows().isEmpty())) {
                return new Section(id, title, threshold, null, null, null);
            }
            FigureTable latest = years.get(years.size() - 1);
            return new Section(id, title, threshold, latest,
                    latest.rows().isEmpty() ? null : Chart.bars("latest-" + id, latest),
                    Chart.trend("trend-" + id, years));
        });
    }
}
