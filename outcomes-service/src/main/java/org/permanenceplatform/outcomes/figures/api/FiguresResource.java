package org.permanenceplatform.outcomes.figures.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.outcomes.figures.PublishedFigures;
import org.permanenceplatform.outcomes.figures.domain.FigureTable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * An indicator's figures for a financial year, cut by a dimension, as the caller may see them: an LA its own figures
 * (unsuppressed) beside England's, a board its LAs, its grouping and England, the national board everything; every
 * figure beyond the LA's own through disclosure control. Aggregates only: no child key and no child-level row, ever.
 * Merged from the pre-aggregated figures (ADR 015), never computed from the journeys on the request.
 */
@RestController
@RequestMapping("/api/outcomes/figures")
class FiguresResource {

    private final PublishedFigures figures;
    /**
     * The view of each table kept for the next caller ({@link PublishedFigures}): a repeated request is answered
     * without laying a national table out again. Keyed by the table itself, so a table published afresh gets a view
     * of its own, and a view goes with its table.
     */
    private final Cache<FigureTable, FiguresView> views = Caffeine.newBuilder().weakKeys().maximumSize(64).build();

    FiguresResource(PublishedFigures figures) {
        this.figures = figures;
    }

    /**
     * @param indicator an indicator id ({@code adoption_a10}...)
     * @param period    a financial year, {@code 2024-25}
     * @param by        {@code england}, {@code region}, {@code la} (the default), {@code route}, {@code age_band},
     *                  {@code sex}, {@code ethnic_group}, {@code disability}, {@code uasc} or {@code kinship}; or two
     *                  of them separated by a comma, at most one a place ({@code la,sex})
     * @param filter    {@code dimension:value}, repeatable: only children with that value count
     *                  ({@code filter=sex:FEMALE&filter=route:ADOPTION})
     */
    @GetMapping
    FiguresView figures(CurrentUser user, @RequestParam(required = false) String indicator,
                        @RequestParam(required = false) String period, @RequestParam(required = false) String by,
                        @RequestParam(required = false) List<String> filter) {
        PublishedFigures.Publication publication = figures.forCaller(user, indicator, period, by, filter);
        return views.get(publication.table(),
                table -> FiguresView.of(table, publication.query().indicator().definition()));
    }
}
