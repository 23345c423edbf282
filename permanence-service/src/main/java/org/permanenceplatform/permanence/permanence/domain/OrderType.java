package org.permanenceplatform.permanence.permanence.domain;

import org.permanenceplatform.permanence.reference.domain.Route;

import java.util.Set;

/** What made a permanence legally or formally permanent, and the routes each can close. */
public enum OrderType {
    ADOPTION_ORDER("Adoption order", true, Set.of(Route.ADOPTION)),
    SPECIAL_GUARDIANSHIP_ORDER("Special guardianship order", true, Set.of(Route.SPECIAL_GUARDIANSHIP)),
    CHILD_ARRANGEMENTS_ORDER("Child arrangements order (lives with)", true, Set.of(Route.KINSHIP)),
    LONG_TERM_FOSTER_PLACEMENT_CONFIRMED("Long-term foster placement confirmed", false,
            Set.of(Route.LONG_TERM_FOSTERING, Route.KINSHIP)),
    CARE_ORDER_DISCHARGED("Care order discharged", true, Set.of(Route.RETURN_HOME)),
    RETURNED_HOME_WITHOUT_ORDER("Returned home (accommodated child, no order to discharge)", false,
            Set.of(Route.RETURN_HOME));

    private final String label;
    private final boolean courtOrder;
    private final Set<Route> routes;

    OrderType(String label, boolean courtOrder, Set<Route> routes) {
        this.label = label;
        this.courtOrder = courtOrder;
        this.routes = routes;
    }

    public String label() {
        return label;
    }

    public boolean isCourtOrder() {
        return courtOrder;
    }

    public boolean closes(Route route) {
        return routes.contains(route);
    }

    /**
     * Whether the child leaves care with this permanence. A confirmed long-term foster placement is permanence while
     * the child stays looked after.
     */
    public boolean endsCare() {
        return this != LONG_TERM_FOSTER_PLACEMENT_CONFIRMED;
    }
}
