package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.clock.domain.ClockStatus;
import org.permanenceplatform.permanence.clock.domain.Extension;
import org.permanenceplatform.permanence.clock.domain.WorkingDays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The clocks of one assessment: each stage's due date worked out from its template, the day the assessment started
 * and what has happened so far. It refuses progress the rules do not allow (an extension the stage does not allow, a
 * stage completed before the assessment started or before its wait is over), so a wrong record is caught when it is
 * made rather than shown as a wrong date.
 *
 * @param stages one clock a stage, in the template's order
 */
public record AssessmentClock(AssessmentTemplate template, LocalDate start, List<StageClock> stages) {

    public AssessmentClock {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(start, "start");
        stages = List.copyOf(stages);
        if (!stages.stream().map(StageClock::stage).toList().equals(template.stages())) {
            throw new IllegalArgumentException("the clocks must be those of the template's stages, in order");
        }
    }

    /** Works out the clocks with England and Wales working days. */
    public static AssessmentClock of(AssessmentTemplate template, LocalDate start, Map<String, StageProgress> progress) {
        return of(template, start, progress, WorkingDays.englandAndWales());
    }

    /**
     * Works out the clocks.
     *
     * @param progress what has happened, by stage key; a stage not in the map has nothing recorded
     * @throws IllegalArgumentException when the progress names a stage the template does not have, or breaks a rule
     */
    public static AssessmentClock of(AssessmentTemplate template, LocalDate start, Map<String, StageProgress> progress,
                                     WorkingDays workingDays) {
        Objects.requireNonNull(start, "start");
        for (String key : progress.keySet()) {
            template.indexOf(key); // refuses progress on a stage the template does not have
        }
        List<StageClock> clocks = new ArrayList<>();
        for (StageTemplate stage : template.stages()) {
            StageProgress done = progress.getOrDefault(stage.key(), StageProgress.open());
            stage.checkExtensions(done.extensions());
            LocalDate previousDone = clocks.isEmpty() ? null : clocks.get(clocks.size() - 1).completedOn();
            LocalDate due = stage.clock().dueDate(start, previousDone, workingDays);
            if (due != null) {
                due = due.plusWeeks(Extension.totalWeeks(done.extensions()));
            }
            LocalDate earliest = earliestDate(stage, progress, workingDays);
            checkCompletion(stage, start, done.completedOn(), earliest);
            clocks.add(new StageClock(stage, due, earliest, done.completedOn(), done.extensions()));
        }
        return new AssessmentClock(template, start, clocks);
    }

    private static LocalDate earliestDate(StageTemplate stage, Map<String, StageProgress> progress,
                                          WorkingDays workingDays) {
        EarliestAfter wait = stage.earliestAfter();
        if (wait == null) {
            return null;
        }
        StageProgress waitedFor = progress.get(wait.stageKey());
        return waitedFor == null || !waitedFor.isCompleted() ? null
                : wait.interval().after(waitedFor.completedOn(), workingDays);
    }

    private static void checkCompletion(StageTemplate stage, LocalDate start, LocalDate completedOn,
                                        LocalDate earliest) {
        if (completedOn == null) {
            return;
        }
        if (completedOn.isBefore(start)) {
            throw new IllegalArgumentException("stage " + stage.key() + " cannot be completed on " + completedOn
                    + ", before the assessment started on " + start);
        }
        EarliestAfter wait = stage.earliestAfter();
        if (wait != null && (earliest == null || completedOn.isBefore(earliest))) {
            throw new IllegalArgumentException("stage " + stage.key() + " cannot be completed on " + completedOn
                    + ": it is " + wait + (earliest == null ? ", which is not completed" : ", which is " + earliest));
        }
    }

    /** The clock of one stage. */
    public StageClock stage(String key) {
        return stages.get(template.indexOf(key));
    }

    /** The open stage due soonest (the first in template order on a tie), or empty when no open stage has a date. */
    public Optional<StageClock> nextDue() {
        return stages.stream().filter(StageClock::isRunning).min(Comparator.comparing(StageClock::dueDate));
    }

    /** The open stages that are overdue or due within the next fortnight on {@code today}, soonest first. */
    public List<StageClock> needingAttention(LocalDate today) {
        return stages.stream().filter(clock -> clock.status(today).needsAttention())
                .sorted(Comparator.comparing(StageClock::dueDate)).toList();
    }

    /** Whether every stage is completed. */
    public boolean isFinished() {
        return stages.stream().allMatch(StageClock::isCompleted);
    }
}
