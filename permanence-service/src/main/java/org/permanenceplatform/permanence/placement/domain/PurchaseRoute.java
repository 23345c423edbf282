package org.permanenceplatform.permanence.placement.domain;

/**
 * How a placement was bought. Recorded with the weekly cost for the like-for-like cost indicator only: it never
 * enters matching, the carer search or the ranking of carers, because the child's needs and not the cheapest option
 * decide where a child lives.
 */
public enum PurchaseRoute {
    IN_HOUSE("In-house"),
    FRAMEWORK("Framework"),
    SPOT("Spot purchase");

    private final String label;

    PurchaseRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
