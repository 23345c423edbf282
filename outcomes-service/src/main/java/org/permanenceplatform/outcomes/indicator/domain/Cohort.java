package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The journeys an indicator is computed over, and the day the data stands at: a figure whose follow-up time has not
 * yet passed for all of its cohort (12 months for permanence within 12 months, 5 years for breakdowns...) is not
 * available ({@code x}) until it has.
 */
public record Cohort(List<Journey> journeys, LocalDate asOf) {

    public Cohort {
        journeys = List.copyOf(journeys);
        Objects.requireNonNull(asOf, "asOf");
    }

    /** Whether the day has come on which a follow-up ending on {@code day} can be judged. */
    public boolean followedUpTo(LocalDate day) {
        return !asOf.isBefore(day);
    }
}
