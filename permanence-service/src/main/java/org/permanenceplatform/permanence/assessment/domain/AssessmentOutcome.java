package org.permanenceplatform.permanence.assessment.domain;

/** How an assessment ended. */
public enum AssessmentOutcome {
    PERMANENCE_ACHIEVED("Permanence achieved by this route"),
    APPROVED("Approved"),
    NOT_APPROVED("Not approved"),
    WITHDRAWN("Withdrawn"),
    OTHER_ROUTE_ACHIEVED("Closed: permanence achieved by another route"),
    CARE_ENDED("Closed: the child left care");

    private final String label;

    AssessmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
