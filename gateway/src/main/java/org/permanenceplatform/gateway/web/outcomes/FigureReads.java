package org.permanenceplatform.gateway.web.outcomes;

import org.permanenceplatform.gateway.user.PlatformUser;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reads the outcome pages share: the indicators, one year's figures, and a five-year trend (a figures call per
 * financial year, from the current one back, asked a few at a time). A year the service refuses is left out of a
 * trend rather than drawn as zero.
 */
@Component
class FigureReads {

    private static final int YEARS_AT_ONCE = 5;

    private final OutcomesClient client;
    private final Clock clock;

    FigureReads(OutcomesClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** The financial years a trend shows, newest first: the current one and the four before it. */
    List<String> periods() {
        return Periods.backFrom(LocalDate.now(clock), Periods.TREND_YEARS);
    }

    /** The financial years a query may ask for, newest first: ten, so a year stays askable after it leaves trends. */
    List<String> queryPeriods() {
        return Periods.backFrom(LocalDate.now(clock), Periods.QUERY_YEARS);
    }

    String currentPeriod() {
        return periods().get(0);
    }

    Mono<List<Map<String, Object>>> indicators(PlatformUser user) {
        return client.indicators(user).map(OutcomesClient.Answer::list);
    }

    /** An indicator's definition; empty when there is no such indicator. */
    Mono<Optional<Map<String, Object>>> indicator(PlatformUser user, String id) {
        return client.indicator(user, id).map(answer -> answer.ok() ? Optional.of(answer.object())
                : Optional.<Map<String, Object>>empty());
    }

    Mono<Optional<FigureTable>> year(PlatformUser user, FigureRequest request) {
        return client.figures(user, request).map(answer -> answer.ok()
                ? Optional.of(FigureTable.read(answer.object())) : Optional.<FigureTable>empty());
    }

    /** The figures for each of the trend's years, oldest first. */
    Mono<List<FigureTable>> trend(PlatformUser user, FigureRequest request) {
        return Flux.fromIterable(periods())
                .flatMapSequential(period -> year(user, request.forPeriod(period))
                        .map(found -> found.map(table -> table.asked(period))), YEARS_AT_ONCE)
                .filter(Optional::isPresent).map(Optional::get)
                .collectList()
                .map(years -> {
                    List<FigureTable> oldestFirst = new ArrayList<>(years);
                    Collections.reverse(oldestFirst);
                    return List.copyOf(oldestFirst);
                });
    }
}
