package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/** The placement a child is in on a day: the latest begun by then, a temporary stay (T0-T4) never counting as one. */
final class PlacementOn31March {

    private PlacementOn31March() {
    }

    static Optional<Placement> of(Subject subject, FinancialYear year) {
        return on(subject.period(), year.lastDay());
    }

    static Optional<Placement> on(PeriodOfCare period, LocalDate day) {
        return period.placements().stream()
                .filter(placement -> !placement.temporary() && !placement.start().isAfter(day))
                .max(Comparator.comparing(Placement::start).thenComparing(Placement::number));
    }
}
