package org.permanenceplatform.support.rules.domain;

/** A support rule refused a change; {@link #field()} names the request field it is about (answered as 422). */
public class RuleBroken extends RuntimeException {

    private final String field;

    public RuleBroken(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
