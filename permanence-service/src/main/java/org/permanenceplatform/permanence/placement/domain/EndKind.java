package org.permanenceplatform.permanence.placement.domain;

/**
 * Whether a placement ended as planned or broke down. The DfE return does not record this; the national dataset
 * does, so that disruption can be shown beside cost and stability.
 */
public enum EndKind {
    PLANNED_MOVE("Planned move"),
    DISRUPTION("Disruption");

    private final String label;

    EndKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
