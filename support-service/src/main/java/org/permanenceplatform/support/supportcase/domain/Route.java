package org.permanenceplatform.support.supportcase.domain;

/** The route by which the child reached permanence: which family the support case serves. */
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
