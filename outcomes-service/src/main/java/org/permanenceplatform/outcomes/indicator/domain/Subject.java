package org.permanenceplatform.outcomes.indicator.domain;

import java.util.Objects;

/**
 * What an indicator counts, with what every cut needs: the child's journey and the period concerned, the route the
 * indicator reads for it (the permanence's route, or the plan's primary route for a child still in care; null when
 * there is none), whether the carers are kin, and the age band the indicator uses.
 */
public record Subject(Journey journey, PeriodOfCare period, Route route, boolean kinship, String ageBand) {

    public Subject {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(period, "period");
    }

    /** A subject for a period that ended in, or is on its way to, permanence. */
    public static Subject of(Journey journey, PeriodOfCare period) {
        PeriodOfCare.Permanence permanence = period.permanence();
        Route route = permanence != null ? permanence.route()
                : period.plannedRouteOn(period.ended() != null ? period.ended() : java.time.LocalDate.MAX)
                .orElse(null);
        boolean kinship = permanence != null ? permanence.kinshipCarers()
                : !period.placements().isEmpty() && period.placements().get(period.placements().size() - 1).kinship();
        return new Subject(journey, period, route, kinship, period.ageBandAtEntry());
    }
}
