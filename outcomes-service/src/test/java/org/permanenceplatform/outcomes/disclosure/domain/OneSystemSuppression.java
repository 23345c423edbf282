package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link SecondarySuppression} as it was before it kept count of each margin's hidden cells and solved by groups:
 * the reference that the faster one must agree with, cell for cell and in the same order.
 */
final class OneSystemSuppression {

    private OneSystemSuppression() {
    }

    /**
     * @param primary cells hidden by the primary rules
     * @param known   cells the viewer knows anyway (an LA's own figures in its own view): never hidden, never chosen
     * @return the primary cells and those hidden to protect them
     */
    static Set<Position> protect(StatisticsTable table, Set<Position> primary, Predicate<Position> known) {
        List<Margin> margins = table.margins().stream()
                .sorted(Comparator.comparingInt(margin -> margin.parts().size())).toList();
        Comparator<Position> smallestNonZeroFirst = Comparator
                .comparing((Position cell) -> table.count(cell) == 0).thenComparingLong(table::count);
        Set<Position> hidden = new LinkedHashSet<>(primary);
        while (true) {
            Optional<Margin> lone = margins.stream()
                    .filter(margin -> margin.cells().stream().filter(hidden::contains).count() == 1).findFirst();
            if (lone.isPresent()) {
                Margin margin = lone.get();
                hidden.add(shown(margin, hidden, known).filter(cell -> !cell.equals(margin.total()))
                        .min(smallestNonZeroFirst)
                        .or(() -> shown(margin, hidden, known).findFirst())
                        .orElseThrow(() -> cannotProtect(margin.total())));
                continue;
            }
            Optional<Position> recoverable = WholeSystemRecovery.firstRecoverable(margins, hidden);
            if (recoverable.isEmpty()) {
                return hidden;
            }
            hidden.add(freeing(margins, hidden, known, recoverable.get(), smallestNonZeroFirst));
        }
    }

    /** The shown cell whose hiding stops {@code exposed} being worked out, or failing one, the best next step. */
    private static Position freeing(List<Margin> margins, Set<Position> hidden, Predicate<Position> known,
                                    Position exposed, Comparator<Position> smallestNonZeroFirst) {
        Set<Position> besideExposed = margins.stream().filter(margin -> margin.contains(exposed))
                .flatMap(margin -> margin.cells().stream()).collect(Collectors.toSet());
        Comparator<Position> throughExposedFirst = Comparator.comparing(cell -> !besideExposed.contains(cell));
        List<Position> candidates = margins.stream()
                .filter(margin -> margin.cells().stream().anyMatch(hidden::contains))
                .flatMap(margin -> shown(margin, hidden, known)).distinct()
                .sorted(throughExposedFirst.thenComparing(smallestNonZeroFirst)).toList();
        if (candidates.isEmpty()) {
            throw cannotProtect(exposed);
        }
        for (Position candidate : candidates) {
            if (!besideExposed.contains(candidate)) {
                break; // trying cells further away costs a solve each and seldom helps: take the best next step
            }
            Set<Position> trial = new LinkedHashSet<>(hidden);
            trial.add(candidate);
            if (!WholeSystemRecovery.recoverable(margins, trial).contains(exposed)) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    private static Stream<Position> shown(Margin margin, Set<Position> hidden, Predicate<Position> known) {
        return margin.cells().stream().filter(cell -> !hidden.contains(cell) && !known.test(cell));
    }

    private static IllegalStateException cannotProtect(Position cell) {
        return new IllegalStateException("no cell is left to hide beside " + cell
                + ": the table publishes totals that the viewer's own figures would unlock");
    }
}
