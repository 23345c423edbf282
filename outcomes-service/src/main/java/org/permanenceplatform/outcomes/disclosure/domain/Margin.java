package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A published total and the cells it adds up: a row total, a column total, a region over its LAs, or a board's
 * grouping of two or three LAs. Whoever sees the total and all but one of the parts can work out the last one, so
 * every margin is a line along which secondary suppression must look.
 */
public final class Margin {

    private final Position total;
    private final List<Position> parts;
    private final List<Position> cells;

    public Margin(Position total, List<Position> parts) {
        this.total = Objects.requireNonNull(total, "total");
        this.parts = List.copyOf(parts);
        if (this.parts.isEmpty() || this.parts.contains(total)) {
            throw new IllegalArgumentException("a margin adds up one or more other cells");
        }
        List<Position> all = new ArrayList<>(this.parts.size() + 1);
        all.add(total);
        all.addAll(this.parts);
        this.cells = List.copyOf(all);
    }

    public Position total() {
        return total;
    }

    public List<Position> parts() {
        return parts;
    }

    /** The total, then its parts. */
    public List<Position> cells() {
        return cells;
    }

    public boolean contains(Position cell) {
        return cells.contains(cell);
    }

    @Override
    public String toString() {
        return total + " = " + parts;
    }
}
