package org.permanenceplatform.permanence.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.problem.InvalidRequestException;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.assessment.domain.AssessmentOutcome;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.assessment.domain.AssessmentType;
import org.permanenceplatform.permanence.assessment.domain.Household;
import org.permanenceplatform.permanence.assessment.domain.StageTemplate;
import org.permanenceplatform.permanence.child.Access;
import org.permanenceplatform.permanence.child.ChildRecords;
import org.permanenceplatform.permanence.child.ChildRecords.Outcome;
import org.permanenceplatform.permanence.child.api.ChildRecordResponse;
import org.permanenceplatform.permanence.child.api.ChildRecordViews;
import org.permanenceplatform.permanence.child.domain.PermanenceRecord;
import org.permanenceplatform.permanence.clock.domain.Extension;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A child's permanence assessments, one model for every route. Completing (or extending) a stage that is a decision
 * the law gives the agency decision maker needs that role; the rest is the permanence team's.
 */
@RestController
@RequestMapping("/api/permanence/children/{id}/assessments")
class AssessmentResource {

    private final ChildRecords records;
    private final ChildRecordViews views;
    private final AssessmentTemplates templates;

    AssessmentResource(ChildRecords records, ChildRecordViews views, AssessmentTemplates templates) {
        this.records = records;
        this.views = views;
        this.templates = templates;
    }

    record AdultRequest(@NotBlank @Size(max = Household.MAX_TEXT) String name,
                        @NotBlank @Size(max = Household.MAX_TEXT) String relationshipToChild) {
    }

    record HouseholdRequest(@NotNull @Size(min = 1, max = Household.MAX_ADULTS) List<@Valid @NotNull AdultRequest> adults,
                            @Size(max = Household.MAX_TEXT) String address, Boolean kinship) {

        Household toHousehold() {
            return new Household(adults.stream()
                    .map(adult -> new Household.HouseholdAdult(adult.name(), adult.relationshipToChild())).toList(),
                    address, Boolean.TRUE.equals(kinship));
        }
    }

    record StartRequest(@NotNull @Positive Long version, @NotNull AssessmentType type, @NotNull LocalDate started,
                        @Valid HouseholdRequest household) {
    }

    record CompleteRequest(@NotNull @Positive Long version, @NotNull LocalDate completedOn,
                           @Size(max = Assessment.MAX_TEXT) String note) {
    }

    record ExtendRequest(@NotNull @Positive Long version, @NotNull @Min(1) @Max(8) Integer weeks,
                         @NotBlank @Size(max = Assessment.MAX_TEXT) String reason) {
    }

    record RecommendationRequest(@NotNull @Positive Long version,
                                 @NotBlank @Size(max = Assessment.MAX_TEXT) String recommendation) {
    }

    record CloseRequest(@NotNull @Positive Long version, @NotNull AssessmentOutcome outcome,
                        @NotNull LocalDate closedOn, @NotBlank @Size(max = Assessment.MAX_TEXT) String reason) {
    }

    @PostMapping
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> start(CurrentUser user, @PathVariable String id,
                                              @Valid @RequestBody StartRequest request) {
        user.requireAnyRole(Access.TEAM);
        views.requireNotFuture("started", request.started());
        if (!request.type().forChild()) {
            throw new InvalidRequestException("type", "prospective adopters' approval is not a child's assessment");
        }
        return views.respond(records.change(user, id, request.version(), Access.TEAM, "started", (child, now) -> {
            PermanenceRecord record = child.record();
            record.care().open().filter(period -> !request.started().isBefore(period.started()))
                    .orElseThrow(() -> new RuleBroken("started", "an assessment starts while the child is in care"));
            Assessment assessment = Assessment.start(UUID.randomUUID().toString(), templates.of(request.type()),
                    request.started(), request.household() == null ? null : request.household().toHousehold(),
                    user.subject());
            return Outcome.of(record.withAssessments(PermanenceRecord.plus(record.assessments(), assessment)));
        }));
    }

    @PostMapping("/{assessmentId}/stages/{stage}/complete")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> complete(CurrentUser user, @PathVariable String id,
                                                 @PathVariable String assessmentId, @PathVariable String stage,
                                                 @Valid @RequestBody CompleteRequest request) {
        views.requireNotFuture("completedOn", request.completedOn());
        return change(user, id, assessmentId, stage, request.version(), "completedOn", assessment -> assessment
                .completeStage(templates.of(assessment.type()), stage, request.completedOn(), user.subject(),
                        request.note()));
    }

    @PostMapping("/{assessmentId}/stages/{stage}/extensions")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> extend(CurrentUser user, @PathVariable String id,
                                               @PathVariable String assessmentId, @PathVariable String stage,
                                               @Valid @RequestBody ExtendRequest request) {
        return change(user, id, assessmentId, stage, request.version(), "weeks", assessment -> assessment
                .extendStage(templates.of(assessment.type()), stage,
                        new Extension(request.weeks(), request.reason())));
    }

    @PostMapping("/{assessmentId}/recommendation")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> recommend(CurrentUser user, @PathVariable String id,
                                                  @PathVariable String assessmentId,
                                                  @Valid @RequestBody RecommendationRequest request) {
        user.requireAnyRole(Access.TEAM);
        return update(user, id, assessmentId, request.version(), Access.TEAM, "recommendation",
                assessment -> assessment.recommend(request.recommendation()));
    }

    @PostMapping("/{assessmentId}/close")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> close(CurrentUser user, @PathVariable String id,
                                              @PathVariable String assessmentId,
                                              @Valid @RequestBody CloseRequest request) {
        views.requireNotFuture("closedOn", request.closedOn());
        Role[] roles = switch (request.outcome()) {
            case WITHDRAWN -> Access.TEAM;
            case NOT_APPROVED -> Access.DECISION_MAKER;
            default -> throw new InvalidRequestException("outcome", "an assessment is closed here as WITHDRAWN or"
                    + " NOT_APPROVED; the others follow from permanence or the child leaving care");
        };
        user.requireAnyRole(roles);
        return update(user, id, assessmentId, request.version(), roles, "closedOn",
                assessment -> assessment.close(request.outcome(), request.closedOn(), request.reason()));
    }

    /**
     * A stage's change: a stage that is a decision the law gives the agency decision maker is theirs alone (403 for
     * anyone else); the other stages are the permanence team's.
     */
    private ResponseEntity<ChildRecordResponse> change(CurrentUser user, String id, String assessmentId,
                                                       String stage, long version, String field,
                                                       UnaryOperator<Assessment> change) {
        user.requireAnyRole(Access.TEAM_OR_DECISION_MAKER);
        Role[] roles = user.hasAnyRole(Access.TEAM) ? Access.TEAM : Access.DECISION_MAKER;
        return update(user, id, assessmentId, version, roles, field, assessment -> {
            StageTemplate template = templates.of(assessment.type()).stages().stream()
                    .filter(candidate -> candidate.key().equals(stage)).findFirst()
                    .orElseThrow(() -> new RuleBroken("stage", "a " + assessment.type().label()
                            + " has no stage " + stage));
            Role[] deciders = template.isDecision() ? new Role[] {Role.valueOf(template.decisionRole())}
                    : Access.TEAM;
            if (!user.hasAnyRole(deciders)) {
                throw new AccessDeniedException("\"" + template.title() + "\" is recorded by "
                        + (template.isDecision() ? "the agency decision maker" : "the permanence team"));
            }
            return change.apply(assessment);
        });
    }

    private ResponseEntity<ChildRecordResponse> update(CurrentUser user, String id, String assessmentId,
                                                       long version, Role[] roles, String field,
                                                       UnaryOperator<Assessment> change) {
        return views.respond(records.change(user, id, version, roles, field, (child, now) -> {
            PermanenceRecord record = child.record();
            return Outcome.of(record.withAssessments(PermanenceRecord.replaceOne(record.assessments(),
                    Assessment::id, assessmentId, change).orElseThrow(() -> new RuleBroken("assessmentId",
                    "this child has no assessment " + assessmentId))));
        }));
    }
}
