package org.permanenceplatform.launcher.load;

import org.permanenceplatform.generator.journey.Assessment;
import org.permanenceplatform.generator.journey.Assessment.Stage;
import org.permanenceplatform.launcher.GatewayClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A generated assessment as the LA's people record it: the practitioner starts it on the day its route enters the
 * plan and completes the team's stages; the decision maker completes the stages the law gives them and closes an
 * assessment as not approved when the plan drops its route. The other ways an assessment ends (permanence by its
 * route or another, the child leaving care) follow on the platform from the care ending, so they are not sent.
 */
final class AssessmentReplay {

    /** The templates' stages marked {@code decision by DECISION_MAKER}, by route. */
    private static final Set<String> DECISIONS = Set.of("ADOPTION/should-be-placed", "ADOPTION/match-decision",
            "KINSHIP/temporary-approval", "KINSHIP/full-assessment", "LONG_TERM_FOSTERING/ratification");
    private static final String NOT_APPROVED = "NOT_APPROVED";

    private final ApiLoader.Team team;

    AssessmentReplay(ApiLoader.Team team) {
        this.team = team;
    }

    /** The assessment's calls on their days, in the order they must be made. */
    List<Step> steps(RecordOnTheApi record, Assessment assessment) {
        List<Step> steps = new ArrayList<>();
        String[] path = new String[1];
        steps.add(new Step(assessment.started(), Step.ASSESSMENT_STARTS, () -> {
            record.change(team.practitioner(), "/assessments", Map.of("type", assessment.route().name(),
                    "started", assessment.started().toString()));
            path[0] = "/assessments/" + record.lastIdOf("assessments");
        }));
        for (Stage stage : assessment.stages()) {
            if (stage.completed() != null) {
                GatewayClient as = DECISIONS.contains(assessment.route().name() + "/" + stage.key())
                        ? team.decisionMaker() : team.practitioner();
                steps.add(new Step(stage.completed(), Step.PROGRESS, () -> record.change(as,
                        path[0] + "/stages/" + stage.key() + "/complete",
                        Map.of("completedOn", stage.completed().toString()))));
            }
        }
        if (NOT_APPROVED.equals(assessment.outcome())) {
            steps.add(new Step(assessment.closed(), Step.PROGRESS, () -> record.change(team.decisionMaker(),
                    path[0] + "/close", Map.of("outcome", NOT_APPROVED, "closedOn", assessment.closed().toString(),
                            "reason", "The plan no longer names this route"))));
        }
        return steps;
    }
}
