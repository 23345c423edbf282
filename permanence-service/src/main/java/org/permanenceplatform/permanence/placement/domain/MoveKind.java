package org.permanenceplatform.permanence.placement.domain;

/**
 * A planned move waits for its safeguards; an emergency move goes when the child's safety needs it, and its
 * safeguards follow as soon as practicable.
 */
public enum MoveKind {
    PLANNED("Planned"),
    EMERGENCY("Emergency");

    private final String label;

    MoveKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
