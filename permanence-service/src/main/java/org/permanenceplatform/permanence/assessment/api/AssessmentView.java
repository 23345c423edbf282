package org.permanenceplatform.permanence.assessment.api;

import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.assessment.domain.AssessmentClock;
import org.permanenceplatform.permanence.assessment.domain.AssessmentOutcome;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplate;
import org.permanenceplatform.permanence.assessment.domain.AssessmentType;
import org.permanenceplatform.permanence.assessment.domain.Household;
import org.permanenceplatform.permanence.assessment.domain.StageRecord;
import org.permanenceplatform.permanence.clock.domain.ClockStatus;
import org.permanenceplatform.permanence.clock.domain.Extension;
import org.permanenceplatform.permanence.reference.domain.Route;

import java.time.LocalDate;
import java.util.List;

/** An assessment with each stage's clock worked out: its timeline as the child record shows it. */
public record AssessmentView(String id, AssessmentType type, String typeLabel, Route route, LocalDate started,
                             Household household, String recommendation, AssessmentOutcome outcome,
                             LocalDate closedOn, String closedReason, List<StageView> stages) {

    /**
     * @param decisionRole the role the decision belongs to, or null
     * @param due          the due date, extensions included; null without a running clock
     * @param earliest     the first day it may be completed, when it waits after an earlier stage
     */
    public record StageView(String key, String title, String decisionRole, boolean courtOrder, LocalDate due,
                            LocalDate earliest, LocalDate completedOn, String completedBy, String note,
                            List<Extension> extensions, int extensionsAllowed, int longestExtensionWeeks,
                            ClockStatus status) {
    }

    public static AssessmentView of(Assessment assessment, AssessmentTemplate template, LocalDate today) {
        AssessmentClock clock = assessment.clock(template);
        List<StageView> stages = clock.stages().stream().map(stage -> {
            StageRecord kept = assessment.stage(stage.key());
            return new StageView(stage.key(), stage.stage().title(), stage.stage().decisionRole(),
                    stage.stage().courtOrder(), stage.dueDate(), stage.earliestDate(), stage.completedOn(),
                    kept.completedBy(), kept.note(), stage.extensions(), stage.stage().maxExtensions(),
                    stage.stage().maxExtensionWeeks(), assessment.isOpen() || stage.isCompleted()
                            ? stage.status(today) : ClockStatus.NO_CLOCK);
        }).toList();
        return new AssessmentView(assessment.id(), assessment.type(), assessment.type().label(),
                assessment.type().route().orElse(null), assessment.started(), assessment.household(),
                assessment.recommendation(), assessment.outcome(), assessment.closedOn(), assessment.closedReason(),
                stages);
    }
}
