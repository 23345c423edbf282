package org.permanenceplatform.permanence.rules.domain;

/**
 * A domain rule refused a change, and knows which input it is about (named as the API names it), so the refusal can
 * point the user at the field to correct.
 */
public class RuleBroken extends IllegalArgumentException {

    private final String field;

    public RuleBroken(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
