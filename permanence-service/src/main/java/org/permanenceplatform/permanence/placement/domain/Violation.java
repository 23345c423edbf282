package org.permanenceplatform.permanence.placement.domain;

import java.util.Objects;

/**
 * One broken rule: the field at fault, named as the API names it, and what is wrong, in words a practitioner can act
 * on. Rules return every violation at once, so that a form can show them all together.
 */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
