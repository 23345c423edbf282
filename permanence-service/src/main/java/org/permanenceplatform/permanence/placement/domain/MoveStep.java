package org.permanenceplatform.permanence.placement.domain;

/** What a move from a placement may still be waiting for, in the order the steps are normally taken. */
public enum MoveStep {
    STATUTORY_REVIEW("Statutory review of the plan"),
    IRO_INFORMED("IRO told about the move"),
    CHILD_WISHES("Child's wishes about the move recorded"),
    IRO_VIEW("IRO's view recorded"),
    DECISION_MAKER_APPROVAL("Decision maker's approval"),
    OPEN_CHALLENGE("Answer to the IRO's open challenge");

    private final String label;

    MoveStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
