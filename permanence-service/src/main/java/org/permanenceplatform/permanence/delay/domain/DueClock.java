package org.permanenceplatform.permanence.delay.domain;

import org.permanenceplatform.permanence.clock.domain.ClockStatus;
import org.permanenceplatform.permanence.reference.domain.Route;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One running clock on a child's record: what is due, by when, and where it stands today.
 *
 * @param route        the route of the assessment the clock belongs to, or null for the child's own clocks
 * @param assessmentId the assessment, for a stage's clock; otherwise null
 * @param stageKey     the stage, for a stage's clock; otherwise null
 */
public record DueClock(Kind kind, String label, Route route, String assessmentId, String stageKey, LocalDate due,
                       ClockStatus status) {

    public enum Kind { REVIEW, PLAN, PROCEEDINGS, STAGE }

    public DueClock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
    }

    public boolean overdue() {
        return status == ClockStatus.OVERDUE;
    }

    public boolean dueSoon() {
        return status == ClockStatus.DUE_SOON;
    }
}
