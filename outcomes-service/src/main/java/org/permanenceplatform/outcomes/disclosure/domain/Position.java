package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.Objects;

/** A cell's place in a table: its row key and column key. */
public record Position(String row, String column) {

    public Position {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public String toString() {
        return row + "/" + column;
    }
}
