package org.permanenceplatform.outcomes.figures;

import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.outcomes.figures.domain.FigureTable;
import org.permanenceplatform.outcomes.figures.domain.CrossFigures;
import org.permanenceplatform.outcomes.figures.domain.Scope;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The one path from a request to the figures a caller may see: scope from the token (403 first), the parameters
 * checked whole (400 naming each), the indicator's pre-aggregated figures merged for each area and published through
 * disclosure control. The figures
 * view and every export read through here, so an export can never show what the view would not.
 */
@Component
public class PublishedFigures {

    private final IndicatorCatalogue catalogue;
    private final PreAggregatedFigures figures;
    private final FigureScopes scopes;

    PublishedFigures(IndicatorCatalogue catalogue, PreAggregatedFigures figures, FigureScopes scopes) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.scopes = scopes;
    }

    /** A figures request with its answer: what was asked for, and the published table. */
    public record Publication(FiguresQuery query, FigureTable table) {
    }

    public Publication forCaller(CurrentUser user, String indicator, String period, String by, List<String> filter) {
        Scope scope = scopes.of(user);
        FiguresQuery query = FiguresQuery.parse(catalogue, indicator, period, by, filter);
        FigureTable table = figures.read(query.indicator(), query.period(),
                partial -> CrossFigures.publish(partial, query.period(), query.dimensions(), query.filters(), scope));
        return new Publication(query, table);
    }
}
