package org.permanenceplatform.permanence.adopter.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.permanence.adopter.Adopters;
import org.permanenceplatform.permanence.adopter.domain.ApprovalDecision;
import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.assessment.domain.StageTemplate;
import org.permanenceplatform.permanence.rules.RecordChanges;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A prospective adopter household's approval assessment: the team (or the regional adoption agency) starts it,
 * completes stage one, stage two and the panel, and records the panel's recommendation; the agency decision on
 * approval is the decision maker's alone (403 for anyone else), as the child's decisions are.
 */
@RestController
@RequestMapping("/api/permanence/adopters/{id}/assessment")
class ApprovalResource {

    private final Adopters adopters;
    private final AdopterViews views;

    ApprovalResource(Adopters adopters, AdopterViews views) {
        this.adopters = adopters;
        this.views = views;
    }

    record ApprovalStartRequest(@NotNull @Positive Long version, @NotNull LocalDate started) {
    }

    record ApprovalStageRequest(@NotNull @Positive Long version, @NotNull LocalDate completedOn,
                                @Size(max = Assessment.MAX_TEXT) String note) {
    }

    record ApprovalRecommendationRequest(@NotNull @Positive Long version,
                                         @NotBlank @Size(max = Assessment.MAX_TEXT) String recommendation) {
    }

    /** The age range and number of children are given with an approval, and only then. */
    record ApprovalDecisionRequest(@NotNull @Positive Long version, @NotNull Boolean approved,
                                   @NotNull LocalDate decidedOn,
                                   @NotBlank @Size(max = Assessment.MAX_TEXT) String reasons,
                                   Integer ageFrom, Integer ageTo, Integer numberOfChildren) {

        ApprovalDecision toDecision() {
            return new ApprovalDecision(approved, decidedOn, reasons, ageFrom, ageTo, numberOfChildren);
        }
    }

    record ApprovalWithdrawalRequest(@NotNull @Positive Long version, @NotNull LocalDate withdrawnOn,
                                     @NotBlank @Size(max = Assessment.MAX_TEXT) String reason) {
    }

    @PostMapping
    @Audited(resource = "adopter", action = AuditAction.UPDATE)
    ResponseEntity<AdopterHouseholdResponse> start(CurrentUser user, @PathVariable String id,
                                                   @Valid @RequestBody ApprovalStartRequest request) {
        user.requireAnyRole(AdopterAccess.WRITERS);
        views.requireNotFuture("started", request.started());
        return views.respond(adopters.change(user, id, request.version(), AdopterAccess.WRITERS, "started",
                (household, now) -> household.startAssessment(UUID.randomUUID().toString(), views.template(),
                        request.started(), user.subject(), now)));
    }

    @PostMapping("/stages/{stage}/complete")
    @Audited(resource = "adopter", action = AuditAction.UPDATE)
    ResponseEntity<AdopterHouseholdResponse> complete(CurrentUser user, @PathVariable String id,
                                                      @PathVariable String stage,
                                                      @Valid @RequestBody ApprovalStageRequest request) {
        user.requireAnyRole(AdopterAccess.WRITERS);
        StageTemplate template = RecordChanges.underTheRules("stage", () -> views.template().stage(stage));
        if (template.isDecision()) {
            throw new AccessDeniedException("\"" + template.title() + "\" is recorded by the agency decision maker");
        }
        views.requireNotFuture("completedOn", request.completedOn());
        return views.respond(adopters.change(user, id, request.version(), AdopterAccess.WRITERS, "completedOn",
                (household, now) -> household.completeStage(views.template(), stage, request.completedOn(),
                        user.subject(), request.note(), now)));
    }

    @PostMapping("/recommendation")
    @Audited(resource = "adopter", action = AuditAction.UPDATE)
    ResponseEntity<AdopterHouseholdResponse> recommend(CurrentUser user, @PathVariable String id,
                                                       @Valid @RequestBody ApprovalRecommendationRequest request) {
        user.requireAnyRole(AdopterAccess.WRITERS);
        return views.respond(adopters.change(user, id, request.version(), AdopterAccess.WRITERS, "recommendation",
                (household, now) -> household.recommend(request.recommendation(), now)));
    }

    @PostMapping("/decision")
    @Audited(resource = "adopter", action = AuditAction.UPDATE)
    ResponseEntity<AdopterHouseholdResponse> decide(CurrentUser user, @PathVariable String id,
                                                    @Valid @RequestBody ApprovalDecisionRequest request) {
        user.requireAnyRole(AdopterAccess.DECISION_MAKER);
        views.requireNotFuture("decidedOn", request.decidedOn());
        return views.respond(adopters.change(user, id, request.version(), AdopterAccess.DECISION_MAKER, "approved",
                (household, now) -> household.decide(views.template(), request.toDecision(), user.subject(), now)));
    }

    @PostMapping("/withdrawal")
    @Audited(resource = "adopter", action = AuditAction.UPDATE)
    ResponseEntity<AdopterHouseholdResponse> withdraw(CurrentUser user, @PathVariable String id,
                                                      @Valid @RequestBody ApprovalWithdrawalRequest request) {
        user.requireAnyRole(AdopterAccess.WRITERS);
        views.requireNotFuture("withdrawnOn", request.withdrawnOn());
        return views.respond(adopters.change(user, id, request.version(), AdopterAccess.WRITERS, "withdrawnOn",
                (household, now) -> household.withdraw(request.withdrawnOn(), request.reason(), now)));
    }
}
