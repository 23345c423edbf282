package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attacker with a pencil: treats every published margin as an equation (total = sum of parts), the hidden cells
 * as unknowns, and asks which unknowns the equations pin down, through any combination of rows, columns, regions
 * and board groupings, not only by one subtraction. An unknown is pinned down exactly when its unit vector lies in
 * the row space of the equations, which shows in their reduced row echelon form as a row with a single non-zero.
 * Rounded totals are taken as exact: that overstates what an attacker learns, so it errs on the side of hiding.
 */
final class LinearRecovery {

    private LinearRecovery() {
    }

    /** The first hidden cell that the published margins determine, if any. */
    static Optional<Position> firstRecoverable(List<Margin> margins, Set<Position> hidden) {
        return recoverable(margins, hidden).stream().findFirst();
    }

    /**
     * The hidden cells that the published margins determine, in the order the margins first name them. Margins that
     * share no hidden cell are independent equations, so the hidden cells fall into groups (one a category in a
     * national table, say) that are solved one by one: a cell is determined by all the margins exactly when it is
     * by those of its group, and solving thousands of small systems is far cheaper than one large one.
     */
    static Set<Position> recoverable(List<Margin> margins, Set<Position> hidden) {
        Map<Position, Integer> index = new LinkedHashMap<>();
        List<int[]> equations = new ArrayList<>();
        List<int[]> signs = new ArrayList<>();
        for (Margin margin : margins) {
            List<Position> cells = margin.cells();
            int[] unknowns = new int[cells.size()];
            int[] sign = new int[cells.size()];
            int size = 0;
            for (Position cell : cells) {
                if (hidden.contains(cell)) {
                    Integer at = index.get(cell);
                    if (at == null) {
                        at = index.size();
                        index.put(cell, at);
                    }
                    unknowns[size] = at;
                    sign[size++] = cell.equals(margin.total()) ? -1 : 1;
                }
            }
            if (size > 0) {
                equations.add(Arrays.copyOf(unknowns, size));
                signs.add(Arrays.copyOf(sign, size));
            }
        }
        List<Position> unknowns = List.copyOf(index.keySet());
        int[] group = groups(unknowns.size(), equations);
        Map<Integer, List<Integer>> equationsOf = new LinkedHashMap<>();
        for (int e = 0; e < equations.size(); e++) {
            equationsOf.computeIfAbsent(group[equations.get(e)[0]], key -> new ArrayList<>()).add(e);
        }
        BitSet determined = new BitSet(unknowns.size());
        equationsOf.forEach((root, members) -> solve(members, equations, signs, determined));
        Set<Position> found = new LinkedHashSet<>();
        determined.stream().forEach(at -> found.add(unknowns.get(at)));
        return found;
    }

    /** For each unknown, the root of the group of unknowns that some chain of equations links it to. */
    private static int[] groups(int unknowns, List<int[]> equations) {
        int[] parent = new int[unknowns];
        for (int u = 0; u < unknowns; u++) {
            parent[u] = u;
        }
        for (int[] equation : equations) {
            int first = root(parent, equation[0]);
            for (int i = 1; i < equation.length; i++) {
                int other = root(parent, equation[i]);
                if (other != first) {
                    parent[other] = first;
                }
            }
        }
        for (int u = 0; u < unknowns; u++) {
            parent[u] = root(parent, u);
        }
        return parent;
    }

    private static int root(int[] parent, int unknown) {
        int at = unknown;
        while (parent[at] != at) {
            parent[at] = parent[parent[at]];
            at = parent[at];
        }
        return at;
    }

    /** Solves one group's equations; marks the unknowns they pin down (by their number across all groups). */
    private static void solve(List<Integer> members, List<int[]> equations, List<int[]> signs,
                              BitSet determined) {
        TreeSet<Integer> named = new TreeSet<>();
        members.forEach(e -> Arrays.stream(equations.get(e)).forEach(named::add));
        Map<Integer, Integer> column = new HashMap<>();
        List<Integer> unknowns = new ArrayList<>(named);
        for (int c = 0; c < unknowns.size(); c++) {
            column.put(unknowns.get(c), c);
        }
        List<long[]> rows = new ArrayList<>();
        for (int e : members) {
            long[] row = new long[unknowns.size()];
            int[] equation = equations.get(e);
            for (int i = 0; i < equation.length; i++) {
                row[column.get(equation[i])] += signs.get(e)[i];
            }
            rows.add(row);
        }
        reduce(rows, unknowns.size());
        for (long[] row : rows) {
            int nonZero = 0;
            int at = -1;
            for (int c = 0; c < row.length; c++) {
                if (row[c] != 0) {
                    nonZero++;
                    at = c;
                }
            }
            if (nonZero == 1) {
                determined.set(unknowns.get(at));
            }
        }
    }

    /** Reduced row echelon form in integers: each pivot column is zero in every other row. */
    private static void reduce(List<long[]> rows, int columns) {
        int pivotRow = 0;
        for (int column = 0; column < columns && pivotRow < rows.size(); column++) {
            int found = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (rows.get(r)[column] != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            long[] pivot = rows.get(found);
            rows.set(found, rows.get(pivotRow));
            rows.set(pivotRow, pivot);
            for (int r = 0; r < rows.size(); r++) {
                long[] other = rows.get(r);
                if (r != pivotRow && other[column] != 0) {
                    long factor = other[column];
                    long scale = pivot[column];
                    for (int c = 0; c < columns; c++) {
                        other[c] = Math.multiplyExact(other[c], scale) - Math.multiplyExact(pivot[c], factor);
                    }
                    normalise(other);
                }
            }
            pivotRow++;
        }
    }

    private static void normalise(long[] row) {
        long divisor = 0;
        for (long value : row) {
            divisor = gcd(divisor, Math.abs(value));
        }
        if (divisor > 1) {
            for (int c = 0; c < row.length; c++) {
                row[c] /= divisor;
            }
        }
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
