package org.permanenceplatform.permanence.plan.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.permanence.child.Access;
import org.permanenceplatform.permanence.child.ChildRecords;
import org.permanenceplatform.permanence.child.ChildRecords.Outcome;
import org.permanenceplatform.permanence.child.api.ChildRecordResponse;
import org.permanenceplatform.permanence.child.api.ChildRecordViews;
import org.permanenceplatform.permanence.plan.domain.PlanDecision;
import org.permanenceplatform.permanence.reference.domain.Route;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The child's permanence plan: each decision is added to its history, never overwriting the one before. */
@RestController
class PlanResource {

    private final ChildRecords records;
    private final ChildRecordViews views;

    PlanResource(ChildRecords records, ChildRecordViews views) {
        this.records = records;
        this.views = views;
    }

    record PlanRequest(@NotNull @Positive Long version, @NotNull Route primaryRoute, Route parallelRoute,
                       @NotNull LocalDate decided, @NotBlank @Size(max = PlanDecision.MAX_REASON_LENGTH) String reason) {
    }

    @PutMapping("/api/permanence/children/{id}/plan")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> decide(CurrentUser user, @PathVariable String id,
                                               @Valid @RequestBody PlanRequest request) {
        user.requireAnyRole(Access.TEAM);
        views.requireNotFuture("decided", request.decided());
        return views.respond(records.change(user, id, request.version(), Access.TEAM, "primaryRoute",
                (child, now) -> {
                    child.record().care().open().orElseThrow(
                            () -> new IllegalStateException("a permanence plan is made for a child in care"));
                    PlanDecision decision = new PlanDecision(request.primaryRoute(), request.parallelRoute(),
                            request.decided(), request.reason(), user.subject(), now);
                    return Outcome.of(child.record().withPlan(child.record().plan().decide(decision)));
                }));
    }
}
