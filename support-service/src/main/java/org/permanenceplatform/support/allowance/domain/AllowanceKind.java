package org.permanenceplatform.support.allowance.domain;

/** The allowances an LA pays to permanence families. */
public enum AllowanceKind {
    ADOPTION("Adoption allowance"),
    SPECIAL_GUARDIANSHIP("Special guardianship allowance"),
    KINSHIP("Kinship allowance"),
    /** For a young person aged 18 to 21 who stays with their former foster carers. */
    STAYING_PUT("Staying Put");

    private final String label;

    AllowanceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
