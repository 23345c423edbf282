package org.permanenceplatform.support.stability.domain;

/** Why a family's stability is flagged at risk. */
public enum RiskReason {
    /** A worker's judgement. */
    WORKER_CONCERN("Worker's concern"),
    /** A crisis request arrived. */
    CRISIS_REQUEST("Crisis request"),
    /** Requests are coming often: {@value StabilityRules#REPEATED_REQUESTS} or more within {@value StabilityRules#WINDOW_DAYS} days. */
    REPEATED_REQUESTS("Repeated requests");

    private final String label;

    RiskReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
