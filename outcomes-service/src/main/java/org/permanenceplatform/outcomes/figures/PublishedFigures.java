package org.permanenceplatform.outcomes.figures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.outcomes.figures.domain.CrossFigures;
import org.permanenceplatform.outcomes.figures.domain.FigureTable;
import org.permanenceplatform.outcomes.figures.domain.PartialFigures;
import org.permanenceplatform.outcomes.figures.domain.Scope;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The one path from a request to the figures a caller may see: scope from the token (403 first), the parameters
 * checked whole (400 naming each), the indicator's pre-aggregated figures merged for each area and published through
 * disclosure control. The figures view and every export read through here, so an export can never show what the
 * view would not.
 * <p>
 * A published table is kept for the next caller with the same scope and query until a change touches the
 * indicator's figures for that year (ADR 015): board members opening the same dashboard get the table published for
 * the first, and a new event in the dataset makes the next request publish afresh. What is kept is bounded by its
 * cells, and its hits and misses are metrics ({@code cache_gets_total{cache="outcomes.figures.published"}}).
 */
@Component
public class PublishedFigures {

    /** Published cells kept at most, over every table kept: about 100 MB at about 100 bytes a cell. */
    static final long CELLS_KEPT = 1_000_000;

    private final IndicatorCatalogue catalogue;
    private final PreAggregatedFigures figures;
    private final FigureScopes scopes;
    private final Cache<Asked, FigureTable> published;

    PublishedFigures(IndicatorCatalogue catalogue, PreAggregatedFigures figures, FigureScopes scopes,
                     MeterRegistry meters) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.scopes = scopes;
        this.published = Caffeine.newBuilder()
                .maximumWeight(CELLS_KEPT)
                .weigher((Asked asked, FigureTable table) -> Math.max(1,
                        table.rows().size() * table.measures().size()))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, published, "outcomes.figures.published");
    }

    /** A figures request with its answer: what was asked for, and the published table. */
    public record Publication(FiguresQuery query, FigureTable table) {
    }

    /**
     * What makes two requests the same: the query, everything the caller's scope lets them see, and the edition of
     * the figures. A table of an older edition is never asked for again, and goes as the bound needs room.
     */
    private record Asked(String indicator, FinancialYear period, List<Dimension> dimensions,
                         Map<Dimension, String> filters, Scope scope, PartialFigures.Edition edition) {
    }

    public Publication forCaller(CurrentUser user, String indicator, String period, String by, List<String> filter) {
        Scope scope = scopes.of(user);
        FiguresQuery query = FiguresQuery.parse(catalogue, indicator, period, by, filter);
        FigureTable table = figures.read(query.indicator(), query.period(), partial -> published.get(
                new Asked(query.indicator().definition().id(), query.period(), query.dimensions(), query.filters(),
                        scope, partial.edition()),
                asked -> CrossFigures.publish(partial, query.period(), query.dimensions(), query.filters(), scope)));
        return new Publication(query, table);
    }
}
