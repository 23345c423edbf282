package org.permanenceplatform.permanence.reference.domain;

/**
 * The five routes to permanence. Kinship is also a carer attribute on every route; {@link #KINSHIP} is the route of
 * a permanent arrangement with a connected person that is neither an SGO nor an adoption (a lives-with child
 * arrangements order, or long-term kinship foster care).
 */
public enum Route {
    ADOPTION("Adoption"),
    SPECIAL_GUARDIANSHIP("Special guardianship"),
    KINSHIP("Kinship care"),
    LONG_TERM_FOSTERING("Long-term fostering"),
    RETURN_HOME("Return home");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
