package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link LinearRecovery} as it was before it solved each group of hidden cells on its own: one system of every
 * margin. Kept as the reference that the grouped solution must agree with, cell for cell.
 */
final class WholeSystemRecovery {

    private WholeSystemRecovery() {
    }

    /** The first hidden cell that the published margins determine, if any. */
    static Optional<Position> firstRecoverable(List<Margin> margins, Set<Position> hidden) {
        return recoverable(margins, hidden).stream().findFirst();
    }

    /** The hidden cells that the published margins determine, in the order the margins first name them. */
    static Set<Position> recoverable(List<Margin> margins, Set<Position> hidden) {
        Map<Position, Integer> index = new LinkedHashMap<>();
        for (Margin margin : margins) {
            for (Position cell : margin.cells()) {
                if (hidden.contains(cell)) {
                    index.putIfAbsent(cell, index.size());
                }
            }
        }
        List<Position> unknowns = List.copyOf(index.keySet());
        List<long[]> rows = new ArrayList<>();
        for (Margin margin : margins) {
            long[] row = new long[unknowns.size()];
            boolean any = false;
            for (Position cell : margin.cells()) {
                Integer at = index.get(cell);
                if (at != null) {
                    row[at] += cell.equals(margin.total()) ? -1 : 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        reduce(rows, unknowns.size());
        Set<Position> determined = new LinkedHashSet<>();
        for (long[] row : rows) {
            int nonZero = 0;
            int at = -1;
            for (int column = 0; column < row.length; column++) {
                if (row[column] != 0) {
                    nonZero++;
                    at = column;
                }
            }
            if (nonZero == 1) {
                determined.add(unknowns.get(at));
            }
        }
        return determined;
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
