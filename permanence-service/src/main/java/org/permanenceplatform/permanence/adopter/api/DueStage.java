package org.permanenceplatform.permanence.adopter.api;

import org.permanenceplatform.permanence.assessment.domain.StageClock;
import org.permanenceplatform.permanence.clock.domain.ClockStatus;

import java.time.LocalDate;

/** The running stage of an approval due soonest, and where it stands today. */
record DueStage(String stage, String title, LocalDate due, ClockStatus status) {

    static DueStage of(StageClock clock, LocalDate today) {
        return new DueStage(clock.key(), clock.stage().title(), clock.dueDate(), clock.status(today));
    }
}
