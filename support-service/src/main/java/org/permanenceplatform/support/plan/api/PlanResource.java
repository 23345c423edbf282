package org.permanenceplatform.support.plan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.support.plan.domain.FundingSource;
import org.permanenceplatform.support.plan.domain.NeedsAssessment;
import org.permanenceplatform.support.plan.domain.PlanReview;
import org.permanenceplatform.support.plan.domain.PlannedService;
import org.permanenceplatform.support.plan.domain.SupportPlan;
import org.permanenceplatform.support.rules.domain.RuleBroken;
import org.permanenceplatform.support.supportcase.SupportCases;
import org.permanenceplatform.support.supportcase.api.CaseViews;
import org.permanenceplatform.support.supportcase.api.SupportCaseResponse;
import org.permanenceplatform.support.supportcase.domain.SupportRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Needs assessments, support plans, their services and their reviews. An assessment answering a request stops its
 * needs-assessment clock; the first service for a request stops its service-start clock.
 */
@RestController
class PlanResource {

    static final String CASE = "/api/support/cases/{id}";

    private final SupportCases cases;
    private final CaseViews views;

    PlanResource(SupportCases cases, CaseViews views) {
        this.cases = cases;
        this.views = views;
    }

    record AssessmentRequest(@NotNull @Positive Long version, @Size(max = 64) String requestId,
                             @NotNull LocalDate completed, @NotBlank @Size(max = 4000) String needs) {
    }

    record PlanRequest(@NotNull @Positive Long version, @Size(max = 64) String assessmentId,
                       @NotNull LocalDate agreed, LocalDate reviewDue) {
    }

    record ServiceRequest(@NotNull @Positive Long version, @Size(max = 64) String requestId,
                          @NotBlank @Size(max = 200) String provider, @Size(max = 500) String description,
                          @NotNull LocalDate start, LocalDate end,
                          @NotNull @DecimalMin("0.00") @Digits(integer = 7, fraction = 2) BigDecimal weeklyCost,
                          @NotNull FundingSource fundingSource) {
    }

    record ReviewRequest(@NotNull @Positive Long version, @NotNull LocalDate held, @Size(max = 4000) String outcome,
                         LocalDate nextReview) {
    }

    @PostMapping(CASE + "/assessments")
    @Audited(resource = "support-case", action = AuditAction.UPDATE)
    ResponseEntity<SupportCaseResponse> assess(CurrentUser user, @PathVariable String id,
                                               @Valid @RequestBody AssessmentRequest body) {
        views.requireNotFuture("completed", body.completed());
        return views.respond(cases.change(user, id, body.version(), "completed", (current, today) -> {
            SupportRecord record = current.record();
            if (body.requestId() != null) {
                record = record.changeRequest(body.requestId(), "requestId",
                        request -> request.assessedOn(body.completed()));
            }
            NeedsAssessment assessment = new NeedsAssessment(UUID.randomUUID().toString(), body.requestId(),
                    body.completed(), body.needs(), user.subject());
            return record.withAssessments(SupportRecord.plus(record.assessments(), assessment));
        }));
    }

    @PostMapping(CASE + "/plans")
    @Audited(resource = "support-case", action = AuditAction.UPDATE)
    ResponseEntity<SupportCaseResponse> agree(CurrentUser user, @PathVariable String id,
                                              @Valid @RequestBody PlanRequest body) {
        views.requireNotFuture("agreed", body.agreed());
        return views.respond(cases.change(user, id, body.version(), "agreed", (current, today) -> {
            SupportRecord record = current.record();
            if (body.assessmentId() != null && record.assessments().stream()
                    .noneMatch(assessment -> assessment.id().equals(body.assessmentId()))) {
                throw new RuleBroken("assessmentId", "the case has no needs assessment " + body.assessmentId());
            }
            return record.withPlans(SupportRecord.plus(record.plans(), SupportPlan.agreed(
                    UUID.randomUUID().toString(), body.assessmentId(), body.agreed(), body.reviewDue())));
        }));
    }

    @PostMapping(CASE + "/plans/{planId}/services")
    @Audited(resource = "support-case", action = AuditAction.UPDATE)
    ResponseEntity<SupportCaseResponse> addService(CurrentUser user, @PathVariable String id,
                                                   @PathVariable String planId,
                                                   @Valid @RequestBody ServiceRequest body) {
        return views.respond(cases.change(user, id, body.version(), "start", (current, today) -> {
            SupportRecord record = current.record();
            if (body.requestId() != null) {
                record = record.changeRequest(body.requestId(), "requestId",
                        request -> request.serviceStartsOn(body.start()));
            }
            PlannedService service = new PlannedService(UUID.randomUUID().toString(), body.requestId(),
                    body.provider(), body.description(), body.start(), body.end(), body.weeklyCost(),
                    body.fundingSource());
            return record.changePlan(planId, plan -> plan.withService(service));
        }));
    }

    @PostMapping(CASE + "/plans/{planId}/reviews")
    @Audited(resource = "support-case", action = AuditAction.UPDATE)
    ResponseEntity<SupportCaseResponse> review(CurrentUser user, @PathVariable String id,
                                               @PathVariable String planId, @Valid @RequestBody ReviewRequest body) {
        views.requireNotFuture("held", body.held());
        return views.respond(cases.change(user, id, body.version(), "held", (current, today) -> current.record()
                .changePlan(planId, plan -> plan.reviewed(new PlanReview(body.held(), body.outcome(),
                        body.nextReview())))));
    }
}
