package org.permanenceplatform.support.plan.domain;

/** Who pays for a service in a support plan. */
public enum FundingSource {
    LA_BUDGET("The LA's own budget"),
    ADOPTION_AND_SPECIAL_GUARDIANSHIP_SUPPORT_FUND("Adoption and Special Guardianship Support Fund"),
    HEALTH("Health"),
    EDUCATION("Education (virtual school or school)"),
    OTHER("Other");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
