package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.Route;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A permanence assessment of one route of a child's plan, with the stages of permanence-service's
 * {@code assessment-templates.conf} for that route in order, each with the day it was completed (null while not yet),
 * how it closed ({@code AssessmentOutcome} names; null while open) and whether the carers assessed are family or
 * friends.
 */
public record Assessment(Route route, LocalDate started, boolean kinshipCarers, List<Stage> stages, String outcome,
                         LocalDate closed) {

    public static final String PERMANENCE_ACHIEVED = "PERMANENCE_ACHIEVED";
    public static final String OTHER_ROUTE_ACHIEVED = "OTHER_ROUTE_ACHIEVED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String CARE_ENDED = "CARE_ENDED";

    public Assessment {
        stages = List.copyOf(stages);
        if ((outcome == null) != (closed == null)) {
            throw new IllegalArgumentException("an assessment closes with an outcome, or has neither");
        }
    }

    /** One stage by its template key. */
    public record Stage(String key, LocalDate completed) {
    }

    /** The stage keys of each route, in the templates' order. */
    public static List<String> stagesOf(Route route) {
        return switch (route) {
            case ADOPTION -> List.of("should-be-placed", "placement-order", "family-finding", "matching-panel",
                    "match-decision", "placement", "adoption-order");
            case SPECIAL_GUARDIANSHIP -> List.of("viability", "report", "order");
            case KINSHIP -> List.of("viability", "temporary-approval", "full-assessment", "arrangement");
            case LONG_TERM_FOSTERING -> List.of("match", "ratification");
            case RETURN_HOME -> List.of("parenting-assessment", "reunification-plan", "phased-return", "discharge");
        };
    }

    /** As known at the end of {@code day}: empty if not yet started; later completions and the close unknown. */
    Optional<Assessment> asOf(LocalDate day) {
        if (started.isAfter(day)) {
            return Optional.empty();
        }
        boolean closedBy = closed != null && !closed.isAfter(day);
        return Optional.of(new Assessment(route, started, kinshipCarers, stages.stream()
                .map(stage -> stage.completed() != null && stage.completed().isAfter(day)
                        ? new Stage(stage.key(), null) : stage).toList(),
                closedBy ? outcome : null, closedBy ? closed : null));
    }
}
