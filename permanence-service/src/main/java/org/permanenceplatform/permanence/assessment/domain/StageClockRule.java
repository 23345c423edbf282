package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.clock.domain.Timescale;
import org.permanenceplatform.permanence.clock.domain.WorkingDays;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a stage's due date is set: a timescale counted from the day the assessment started, or from the day the
 * previous stage was completed, or no clock at all (a court's own timetable, or work with no timescale to hold it to).
 */
public sealed interface StageClockRule {

    /**
     * The due date before extensions, or null when there is none yet.
     *
     * @param start                  the day the assessment started
     * @param previousStageCompleted the day the stage before was completed, or null (also for the first stage)
     */
    LocalDate dueDate(LocalDate start, LocalDate previousStageCompleted, WorkingDays workingDays);

    /** No due date: the stage cannot be late. */
    record NoClock() implements StageClockRule {
        @Override
        public LocalDate dueDate(LocalDate start, LocalDate previousStageCompleted, WorkingDays workingDays) {
            return null;
        }

        @Override
        public String toString() {
            return "no clock";
        }
    }

    /** Due a timescale after the assessment started. */
    record FromStart(Timescale timescale) implements StageClockRule {
        public FromStart {
            Objects.requireNonNull(timescale, "timescale");
        }

        @Override
        public LocalDate dueDate(LocalDate start, LocalDate previousStageCompleted, WorkingDays workingDays) {
            return timescale.after(start, workingDays);
        }

        @Override
        public String toString() {
            return "due " + timescale + " after start";
        }
    }

    /**
     * Due a timescale after the previous stage was completed; the clock does not start until then, because the
     * work cannot start before (stage two of an adopter assessment follows stage one).
     */
    record AfterPreviousStage(Timescale timescale) implements StageClockRule {
        public AfterPreviousStage {
            Objects.requireNonNull(timescale, "timescale");
        }

        @Override
        public LocalDate dueDate(LocalDate start, LocalDate previousStageCompleted, WorkingDays workingDays) {
            return previousStageCompleted == null ? null : timescale.after(previousStageCompleted, workingDays);
        }

        @Override
        public String toString() {
            return "due " + timescale + " after previous stage";
        }
    }

    static StageClockRule none() {
        return new NoClock();
    }

    static StageClockRule fromStart(Timescale timescale) {
        return new FromStart(timescale);
    }

    static StageClockRule afterPreviousStage(Timescale timescale) {
        return new AfterPreviousStage(timescale);
    }
}
