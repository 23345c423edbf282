package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.clock.domain.ClockStatus;
import org.permanenceplatform.permanence.clock.domain.Extension;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stage's clock, worked out: when it is due (extensions included), the earliest day it may be completed, and
 * when it was completed.
 *
 * @param stage        the stage as its template defines it
 * @param dueDate      the due date with every extension added; null when the stage has no clock, or its clock
 *                     counts from a stage not yet completed
 * @param earliestDate the first day the stage may be completed, when it must wait after an earlier stage that is
 *                     completed; otherwise null
 * @param completedOn  the day the stage was completed, or null while it is open
 * @param extensions   the extensions granted
 */
public record StageClock(StageTemplate stage, LocalDate dueDate, LocalDate earliestDate, LocalDate completedOn,
                         List<Extension> extensions) {

    public StageClock {
        Objects.requireNonNull(stage, "stage");
        extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
    }

    public String key() {
        return stage.key();
    }

    public boolean isCompleted() {
        return completedOn != null;
    }

    /** Whether the stage is open and has a due date, so it can become late. */
    public boolean isRunning() {
        return !isCompleted() && dueDate != null;
    }

    /**
     * Where the stage stands on {@code today}: done once completed (however late), otherwise by its due date; with
     * no due date, either no clock applies or the clock has not started yet.
     */
    public ClockStatus status(LocalDate today) {
        if (isCompleted()) {
            return ClockStatus.DONE;
        }
        if (dueDate != null) {
            return ClockStatus.of(dueDate, today);
        }
        return stage.clock() instanceof StageClockRule.NoClock ? ClockStatus.NO_CLOCK : ClockStatus.NOT_STARTED;
    }
}
