package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An attacker written for the tests, independently of {@link LinearRecovery}: it knows the true value of every cell
 * that is shown (stronger than reality, where England and regions are rounded), and works out hidden cells by
 * subtraction along every margin and along the difference of two nested margins (a region minus a board grouping
 * inside it), again and again as each solved cell helps solve the next.
 */
public final class SubtractionAttacker {

    private SubtractionAttacker() {
    }

    /** The hidden cells it can work out, with the values it finds. */
    public static Map<Position, Long> recover(StatisticsTable table, PublishedTable published) {
        Map<Position, Long> known = new HashMap<>();
        Set<Position> hidden = new HashSet<>();
        for (Position position : table.positions()) {
            if (published.cell(position).suppressed()) {
                hidden.add(position);
            } else if (table.figure(position) instanceof Figure.Count count) {
                known.put(position, count.value());
            }
        }
        List<Map<Position, Integer>> equations = equations(table.margins());
        Map<Position, Long> recovered = new HashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map<Position, Integer> equation : equations) {
                List<Position> unknown = equation.keySet().stream().filter(cell -> !known.containsKey(cell)).toList();
                if (unknown.size() == 1) {
                    Position cell = unknown.get(0);
                    long rest = equation.entrySet().stream().filter(term -> !term.getKey().equals(cell))
                            .mapToLong(term -> term.getValue() * known.get(term.getKey())).sum();
                    long value = -rest / equation.get(cell);
                    known.put(cell, value);
                    if (hidden.contains(cell)) {
                        recovered.put(cell, value);
                    }
                    progress = true;
                }
            }
        }
        return recovered;
    }

    /** Each margin as parts minus total = 0, and each difference of two margins one of which nests in the other. */
    private static List<Map<Position, Integer>> equations(List<Margin> margins) {
        List<Map<Position, Integer>> equations = new ArrayList<>();
        margins.forEach(margin -> equations.add(equation(margin)));
        for (Margin outer : margins) {
            for (Margin inner : margins) {
                if (outer != inner && outer.parts().containsAll(inner.parts())) {
                    Map<Position, Integer> difference = new HashMap<>(equation(outer));
                    equation(inner).forEach((cell, coefficient) -> difference.merge(cell, -coefficient, Integer::sum));
                    difference.values().removeIf(coefficient -> coefficient == 0);
                    equations.add(difference);
                }
            }
        }
        return equations;
    }

    private static Map<Position, Integer> equation(Margin margin) {
        Map<Position, Integer> equation = new HashMap<>();
        margin.parts().forEach(part -> equation.put(part, 1));
        equation.put(margin.total(), -1);
        return equation;
    }
}
