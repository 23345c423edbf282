package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Hides more cells until no hidden cell can be worked out from what is published.
 * <ol>
 *     <li>Along every margin (row, column, region, board grouping), smallest margins first since they leave the least
 *     choice, a margin with exactly one hidden cell gets a second: the smallest non-zero part still shown (a zero
 *     only when nothing else is left, since hiding a zero protects little), or failing any part, the total.</li>
 *     <li>When no margin has a lone hidden cell, {@link LinearRecovery} looks for a cell that a combination of margins
 *     still pins down (a region minus a grouping, say). Of the shown cells in the margins through that cell, smallest
 *     first, the first whose hiding frees it is hidden; failing one, the smallest shown cell of any margin that hides
 *     something is hidden and the search goes on.</li>
 * </ol>
 * The two steps repeat until neither finds anything. Each round hides one more cell, so it ends. The result is safe
 * but not always the fewest cells possible.
 */
final class SecondarySuppression {

    private SecondarySuppression() {
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
        Hiding hiding = new Hiding(margins);
        primary.forEach(hiding::hide);
        Set<Position> hidden = hiding.hidden;
        while (true) {
            Optional<Margin> lone = hiding.firstLone();
            if (lone.isPresent()) {
                Margin margin = lone.get();
                hiding.hide(shown(margin, hidden, known).filter(cell -> !cell.equals(margin.total()))
                        .min(smallestNonZeroFirst)
                        .or(() -> shown(margin, hidden, known).findFirst())
                        .orElseThrow(() -> cannotProtect(margin.total())));
                continue;
            }
            Optional<Position> recoverable = LinearRecovery.firstRecoverable(margins, hidden);
            if (recoverable.isEmpty()) {
                return hidden;
            }
            hiding.hide(freeing(margins, hidden, known, recoverable.get(), smallestNonZeroFirst));
        }
    }

    /**
     * The cells hidden so far, and how many of each margin's cells they are: kept as each cell is hidden, so the
     * first margin with a lone hidden cell is found without counting every margin's cells again (a national table
     * has tens of thousands of margins and hides thousands of cells).
     */
    private static final class Hiding {
        final Set<Position> hidden = new LinkedHashSet<>();
        private final List<Margin> margins;
        private final Map<Position, List<Integer>> marginsThrough = new HashMap<>();
        private final int[] hiddenIn;
        private final TreeSet<Integer> lone = new TreeSet<>();

        Hiding(List<Margin> margins) {
            this.margins = margins;
            this.hiddenIn = new int[margins.size()];
            for (int m = 0; m < margins.size(); m++) {
                for (Position cell : margins.get(m).cells()) {
                    marginsThrough.computeIfAbsent(cell, key -> new ArrayList<>()).add(m);
                }
            }
        }

        void hide(Position cell) {
            if (!hidden.add(cell)) {
                return;
            }
            for (int m : marginsThrough.getOrDefault(cell, List.of())) {
                hiddenIn[m]++;
                if (hiddenIn[m] == 1) {
                    lone.add(m);
                } else {
                    lone.remove(m);
                }
            }
        }

        /** The first margin, in the order given, with exactly one hidden cell. */
        Optional<Margin> firstLone() {
            return lone.isEmpty() ? Optional.empty() : Optional.of(margins.get(lone.first()));
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
            if (!LinearRecovery.recoverable(margins, trial).contains(exposed)) {
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
