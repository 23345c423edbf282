package org.permanenceplatform.outcomes.disclosure.domain;

/** The symbols of official statistics that stand in for a figure (GSS shorthand, as DfE publications use them). */
public enum Symbol {
    /** Suppressed to protect confidentiality (a small number, or a cell hidden so that another cannot be derived). */
    CONFIDENTIAL("c"),
    /** Not applicable: there is nothing to measure (a share of no children, a mean of no values). */
    NOT_APPLICABLE("z"),
    /** Not available: the figure exists in principle but the data is missing or not yet complete. */
    NOT_AVAILABLE("x"),
    /** Rounds to zero but is not zero. */
    LOW("low");

    private final String text;

    Symbol(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
