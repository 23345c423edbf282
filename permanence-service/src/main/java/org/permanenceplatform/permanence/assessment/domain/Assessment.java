package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.clock.domain.Extension;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One permanence assessment, the same model for every route: the household assessed, its stages as the route's
 * template sets them (each with a due date from its clock), a recommendation, and how it ended. Decisions the law
 * gives the agency decision maker are stages of the template; who may complete them is checked by the caller.
 *
 * @param household      the carers or parents assessed; may be unknown at first (an adopter is found by family
 *                       finding)
 * @param recommendation the assessing worker's or panel's recommendation, once made
 * @param outcome        null while the assessment is open
 */
public record Assessment(String id, AssessmentType type, LocalDate started, Household household,
                         List<StageRecord> stages, String recommendation, AssessmentOutcome outcome,
                         LocalDate closedOn, String closedReason, String startedBy) {

    public static final int MAX_TEXT = 2000;

    public Assessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(startedBy, "startedBy");
        stages = List.copyOf(stages);
        if ((outcome == null) != (closedOn == null)) {
            throw new IllegalArgumentException("a closed assessment has both an outcome and a date");
        }
    }

    public static Assessment start(String id, AssessmentTemplate template, LocalDate started, Household household,
                                   String by) {
        List<StageRecord> stages = template.stages().stream().map(stage -> StageRecord.open(stage.key())).toList();
        return new Assessment(id, template.type(), started, household, stages, null, null, null, null, by);
    }

    public boolean isOpen() {
        return outcome == null;
    }

    /** The clocks of every stage, from the template (which may have gained stages since this record began). */
    public AssessmentClock clock(AssessmentTemplate template) {
        Map<String, StageProgress> progress = new LinkedHashMap<>();
        stages.stream().filter(stage -> template.stages().stream().anyMatch(t -> t.key().equals(stage.key())))
                .forEach(stage -> progress.put(stage.key(), stage.progress()));
        return AssessmentClock.of(template, started, progress);
    }

    public StageRecord stage(String key) {
        return stages.stream().filter(stage -> stage.key().equals(key)).findFirst()
                .orElseThrow(() -> new RuleBroken("stage", "this assessment has no stage " + key));
    }

    /** Completes a stage: the clock rules (a wait after an earlier stage, no date before the start) must hold. */
    public Assessment completeStage(AssessmentTemplate template, String key, LocalDate on, String by, String note) {
        requireOpen();
        StageRecord stage = stage(key);
        if (stage.completedOn() != null) {
            throw new RuleBroken("stage", "the stage " + key + " was completed on " + stage.completedOn());
        }
        Assessment next = withStage(stage.completed(on, by, note));
        checkAgainst(next, template, "completedOn");
        return next;
    }

    /** Extends an open stage's due date, as far as the stage's rule allows (Regulation 25: once, up to 8 weeks). */
    public Assessment extendStage(AssessmentTemplate template, String key, Extension extension) {
        requireOpen();
        StageRecord stage = stage(key);
        if (stage.completedOn() != null) {
            throw new RuleBroken("stage", "the stage " + key + " is already completed");
        }
        Assessment next = withStage(stage.extended(extension));
        checkAgainst(next, template, "weeks");
        return next;
    }

    public Assessment recommend(String text) {
        requireOpen();
        return new Assessment(id, type, started, household, stages, text, null, null, null, startedBy);
    }

    public Assessment close(AssessmentOutcome how, LocalDate on, String reason) {
        requireOpen();
        if (on.isBefore(started)) {
            throw new RuleBroken("closedOn", "an assessment cannot close before it started (" + started + ")");
        }
        return new Assessment(id, type, started, household, stages, recommendation, how, on, reason, startedBy);
    }

    private Assessment withStage(StageRecord changed) {
        List<StageRecord> next = new ArrayList<>(stages);
        next.replaceAll(stage -> stage.key().equals(changed.key()) ? changed : stage);
        return new Assessment(id, type, started, household, next, recommendation, outcome, closedOn, closedReason,
                startedBy);
    }

    private static void checkAgainst(Assessment assessment, AssessmentTemplate template, String field) {
        try {
            assessment.clock(template);
        } catch (IllegalArgumentException broken) {
            throw new RuleBroken(field, broken.getMessage());
        }
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("the assessment closed on " + closedOn + " (" + outcome.label() + ")");
        }
    }
}
