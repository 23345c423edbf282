package org.permanenceplatform.permanence.reference.domain;

/**
 * The legal status under which a child is looked after (SSDA903 field LS; valid list from the 903 validator's rule
 * 144). A period of care keeps the history of its legal statuses, since placement rules and indicators ask which
 * one was in force on a given day.
 */
public enum LegalStatus implements DfeCode {
    C1("Interim care order"),
    C2("Full care order"),
    D1("Freeing order granted"),
    E1("Placement order granted"),
    V2("Single period of accommodation under s20 Children Act 1989"),
    V3("Agreed series of short-term breaks, individual episodes recorded"),
    V4("Agreed series of short-term breaks, agreements recorded (not individual episodes)"),
    L1("Police protection and in LA accommodation"),
    L2("Emergency protection order"),
    L3("Child assessment order and in LA accommodation"),
    J1("Remanded to LA accommodation or youth detention accommodation"),
    J2("Placed in LA accommodation under PACE 1984 (incl. secure)"),
    J3("Sentenced to Youth Rehabilitation Order with residence / intensive fostering requirement");

    private final String label;

    LegalStatus(String label) {
        this.label = label;
    }

    /** @throws IllegalArgumentException when the code is not on the DfE's legal status list */
    public static LegalStatus fromCode(String code) {
        return DfeCode.fromCode(LegalStatus.class, code, "legal status");
    }

    @Override
    public String label() {
        return label;
    }

    /** Short breaks (V3, V4): left out of the stability and permanence cohorts of the national indicators. */
    public boolean isShortBreak() {
        return this == V3 || this == V4;
    }

    /**
     * Court authority to place for adoption: a placement order (E1), or a freeing order (D1), which the placement
     * order replaced at the end of 2005 but which still appears in historic episodes and in the A2 indicator.
     */
    public boolean isCourtAuthorityToPlace() {
        return this == E1 || this == D1;
    }
}
