package org.permanenceplatform.permanence.plan.domain;

import org.permanenceplatform.permanence.reference.domain.Route;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision on a child's permanence plan: the primary route and, for twin-track or concurrent planning, a
 * parallel (contingency) route. Every decision is kept, so route changes keep their date and reason.
 *
 * @param parallel  the contingency route, or null when there is none; never the same as the primary route
 * @param decided   the date the plan was decided (at a review or planning meeting), not the date it was typed in
 * @param decidedBy the subject of the user who recorded it
 */
public record PlanDecision(Route primary, Route parallel, LocalDate decided, String reason, String decidedBy,
                           Instant recordedAt) {

    public static final int MAX_REASON_LENGTH = 2000;

    public PlanDecision {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        reason = reason.strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("a plan decision needs a reason of up to " + MAX_REASON_LENGTH
                    + " characters");
        }
        if (primary == parallel) {
            throw new RuleBroken("parallelRoute", "the parallel route must differ from the primary route");
        }
    }

    public Optional<Route> parallelRoute() {
        return Optional.ofNullable(parallel);
    }

    /** Whether this decision changed the primary route from the one before it. */
    public boolean changesRouteFrom(PlanDecision before) {
        return before.primary != primary;
    }
}
