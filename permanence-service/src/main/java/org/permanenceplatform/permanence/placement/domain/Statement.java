package org.permanenceplatform.permanence.placement.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something a person put on the record about a move: the child's wishes, the IRO's view, a challenge or its answer.
 *
 * @param by the subject of the user who recorded it
 */
public record Statement(String text, LocalDate on, String by) {

    public Statement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(by, "by");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a statement needs some text");
        }
    }
}
