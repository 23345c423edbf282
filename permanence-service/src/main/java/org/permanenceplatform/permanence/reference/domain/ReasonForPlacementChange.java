package org.permanenceplatform.permanence.reference.domain;

/**
 * Why a placement ended (SSDA903 field REASON_PLACE_CHANGE). Recorded when a non-temporary placement ends; a
 * temporary placement (T0 to T4) ends without one, as the 903 validator requires.
 */
public enum ReasonForPlacementChange implements DfeCode {
    CARPL("Change to/implementation of care plan"),
    CLOSE("Resignation/closure of provision"),
    ALLEG("Allegation (s47)"),
    STAND("Standards of care concern"),
    APPRR("Approval removed"),
    CREQB("Carer requests end due to child's behaviour"),
    CREQO("Carer requests end for other reason"),
    CHILD("Child requests end"),
    LAREQ("Responsible/area authority requests end"),
    PLACE("Change in status of placement only"),
    CUSTOD("Custody arrangement"),
    OTHER("Other");

    private final String label;

    ReasonForPlacementChange(String label) {
        this.label = label;
    }

    /** @throws IllegalArgumentException when the code is not on the DfE's reason for placement change list */
    public static ReasonForPlacementChange fromCode(String code) {
        return DfeCode.fromCode(ReasonForPlacementChange.class, code, "reason for placement change");
    }

    @Override
    public String label() {
        return label;
    }
}
