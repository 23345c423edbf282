package org.permanenceplatform.outcomes.figures;

import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.outcomes.dataset.JourneyStore;
import org.permanenceplatform.outcomes.figures.domain.FigureTable;
import org.permanenceplatform.outcomes.figures.domain.IndicatorFigures;
import org.permanenceplatform.outcomes.figures.domain.Scope;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The one path from a request to the figures a caller may see: scope from the token (403 first), the parameters
 * checked whole (400 naming each), the indicator computed and published through disclosure control. The figures
 * view and every export read through here, so an export can never show what the view would not.
 */
@Component
public class PublishedFigures {

    private final IndicatorCatalogue catalogue;
    private final JourneyStore journeys;
    private final FigureScopes scopes;
    private final Clock clock;

    PublishedFigures(IndicatorCatalogue catalogue, JourneyStore journeys, FigureScopes scopes, Clock clock) {
        this.catalogue = catalogue;
        this.journeys = journeys;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** A figures request with its answer: what was asked for, and the published table. */
    public record Publication(FiguresQuery query, FigureTable table) {
    }

    public Publication forCaller(CurrentUser user, String indicator, String period, String by) {
        Scope scope = scopes.of(user);
        FiguresQuery query = FiguresQuery.parse(catalogue, indicator, period, by);
        FigureTable table = IndicatorFigures.publish(query.indicator(), journeys.cohort(LocalDate.now(clock)),
                query.period(), query.by(), scope);
        return new Publication(query, table);
    }
}
