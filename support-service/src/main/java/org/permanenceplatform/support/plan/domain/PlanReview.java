package org.permanenceplatform.support.plan.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A review of a support plan: when it was held, what it found, and when the next one is due. */
public record PlanReview(LocalDate held, String outcome, LocalDate nextReview) {

    public PlanReview {
        Objects.requireNonNull(held, "held");
    }
}
