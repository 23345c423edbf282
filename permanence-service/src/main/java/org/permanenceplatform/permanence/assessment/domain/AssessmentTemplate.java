package org.permanenceplatform.permanence.assessment.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The stages of one type of assessment, in the order the work is done. The order matters: a stage timed from "the
 * previous stage" counts from the stage before it here, and a stage may wait only for a stage that comes earlier.
 */
public record AssessmentTemplate(AssessmentType type, List<StageTemplate> stages) {

    public AssessmentTemplate {
        Objects.requireNonNull(type, "type");
        stages = List.copyOf(Objects.requireNonNull(stages, "stages"));
        if (stages.isEmpty()) {
            throw new IllegalArgumentException(type + " has no stages");
        }
        if (stages.get(0).clock() instanceof StageClockRule.AfterPreviousStage) {
            throw new IllegalArgumentException(type + ": the first stage, " + stages.get(0).key()
                    + ", has no previous stage to count from");
        }
        Set<String> earlier = new HashSet<>();
        for (StageTemplate stage : stages) {
            EarliestAfter wait = stage.earliestAfter();
            if (wait != null && !earlier.contains(wait.stageKey())) {
                throw new IllegalArgumentException(type + ": stage " + stage.key() + " waits for "
                        + wait.stageKey() + ", which is not an earlier stage");
            }
            if (!earlier.add(stage.key())) {
                throw new IllegalArgumentException(type + ": the stage key " + stage.key() + " is used twice");
            }
        }
    }

    /** This template with one more stage at the end, checked like any other. */
    public AssessmentTemplate with(StageTemplate stage) {
        List<StageTemplate> more = new ArrayList<>(stages);
        more.add(stage);
        return new AssessmentTemplate(type, more);
    }

    /** Where the stage stands in the order, from 0. */
    public int indexOf(String key) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(type + " has no stage " + key);
    }

    public StageTemplate stage(String key) {
        return stages.get(indexOf(key));
    }
}
