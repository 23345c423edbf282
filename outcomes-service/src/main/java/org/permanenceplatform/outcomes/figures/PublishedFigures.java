package org.permanenceplatform.outcomes.figures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
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
 * the first, and a new event in the dataset makes the next request publish afresh and keep that table instead.
 * What is kept is bounded by its cells, and its hits and misses are metrics
 * ({@code cache_gets_total{cache="outcomes.figures.published"}}).
 */
@Component
public class PublishedFigures {

    /** Published cells kept at most, over every table kept: about 100 MB at about 100 bytes a cell. */
    static final long CELLS_KEPT = 1_000_000;

    private final IndicatorCatalogue catalogue;
    private final PreAggregatedFigures figures;
    private final FigureScopes scopes;
    private final Cache<Asked, Kept> published;
    /** Hits and misses, counted here: a table kept from an older edition is a miss, not a hit. */
    private final StatsCounter stats = new ConcurrentStatsCounter();

    PublishedFigures(IndicatorCatalogue catalogue, PreAggregatedFigures figures, FigureScopes scopes,
                     MeterRegistry meters) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.scopes = scopes;
        this.published = Caffeine.newBuilder()
                .maximumWeight(CELLS_KEPT)
                .weigher((Asked asked, Kept kept) -> Math.max(1,
                        kept.table().rows().size() * kept.table().measures().size()))
                .recordStats(() -> stats)
                .build();
        CaffeineCacheMetrics.monitor(meters, published, "outcomes.figures.published");
    }

    /** A figures request with its answer: what was asked for, and the published table. */
    public record Publication(FiguresQuery query, FigureTable table) {
    }

    /** What makes two requests the same: the query, and everything the caller's scope lets them see. */
    private record Asked(String indicator, FinancialYear period, List<Dimension> dimensions,
                         Map<Dimension, String> filters, Scope scope) {
    }

    /** A table kept, and the edition of the figures it was published from. */
    private record Kept(PartialFigures.Edition edition, FigureTable table) {
    }

    /**
     * The table kept for the same request, if it was published from the figures as they are now; otherwise the
     * table is published afresh and replaces it. Only the newest table of a request is kept: while events come in,
     * tables of older editions (never asked for again) would otherwise fill the bound and outlive many collections.
     */
    public Publication forCaller(CurrentUser user, String indicator, String period, String by, List<String> filter) {
        Scope scope = scopes.of(user);
        FiguresQuery query = FiguresQuery.parse(catalogue, indicator, period, by, filter);
        Asked asked = new Asked(query.indicator().definition().id(), query.period(), query.dimensions(),
                query.filters(), scope);
        FigureTable table = figures.read(query.indicator(), query.period(), partial -> {
            Kept kept = published.asMap().get(asked);
            if (kept != null && kept.edition().equals(partial.edition())) {
                stats.recordHits(1);
                return kept.table();
            }
            stats.recordMisses(1);
            FigureTable fresh = CrossFigures.publish(partial, query.period(), query.dimensions(), query.filters(),
                    scope);
            published.put(asked, new Kept(partial.edition(), fresh));
            return fresh;
        });
        return new Publication(query, table);
    }
}
