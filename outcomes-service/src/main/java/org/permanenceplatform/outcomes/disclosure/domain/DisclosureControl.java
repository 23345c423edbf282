package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The one place every figure passes through before it leaves an LA's own scope (DOMAIN.md, statistical disclosure
 * control; ADR 013): primary suppression of small figures, secondary suppression along every published margin
 * (board groupings included) until nothing hidden can be derived, then rounding and symbols. An LA's own figures in
 * its own view are shown as they are, and are treated as known to it when the others are protected.
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    public static PublishedTable publish(StatisticsTable table, Viewer viewer) {
        Predicate<Position> known = position -> viewer.owns(table.geography(position.row()));
        Set<Position> primary = table.positions().stream()
                .filter(position -> !known.test(position))
                .filter(position -> PrimarySuppression.confidential(table.figure(position)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Position> hidden = SecondarySuppression.protect(table, primary, known);
        Map<Position, PublishedCell> cells = new LinkedHashMap<>();
        for (Position position : table.positions()) {
            cells.put(position, cell(table, position, primary, hidden, known));
        }
        return new PublishedTable(table.rows(), table.columns(), cells);
    }

    private static PublishedCell cell(StatisticsTable table, Position position, Set<Position> primary,
                                      Set<Position> hidden, Predicate<Position> known) {
        if (primary.contains(position)) {
            return new PublishedCell(Symbol.CONFIDENTIAL.text(), PublishedCell.Treatment.PRIMARY_SUPPRESSION);
        }
        if (hidden.contains(position)) {
            return new PublishedCell(Symbol.CONFIDENTIAL.text(), PublishedCell.Treatment.SECONDARY_SUPPRESSION);
        }
        String text = Presentation.text(table.figure(position), table.geography(position.row()).level());
        return new PublishedCell(text, known.test(position)
                ? PublishedCell.Treatment.OWN_LA_UNSUPPRESSED : PublishedCell.Treatment.SHOWN);
    }
}
