package org.permanenceplatform.support.supportcase.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A permanence the family's support follows: the route, the order date (for return home, the date of return) and the
 * order type, as permanence-service reported it or a support worker recorded it.
 *
 * @param permanenceId permanence-service's id of the permanence, or null for one recorded by hand
 */
public record Permanence(String permanenceId, Route route, LocalDate date, String orderType) {

    public Permanence {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(date, "date");
    }
}
