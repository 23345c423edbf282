package org.permanenceplatform.permanence.placement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.permanence.child.Access;
import org.permanenceplatform.permanence.child.ChildRecords;
import org.permanenceplatform.permanence.child.ChildRecords.Outcome;
import org.permanenceplatform.permanence.child.api.ChildRecordResponse;
import org.permanenceplatform.permanence.child.api.ChildRecordViews;
import org.permanenceplatform.permanence.child.domain.Moving;
import org.permanenceplatform.permanence.placement.domain.MoveKind;
import org.permanenceplatform.permanence.placement.domain.MoveRequest;
import org.permanenceplatform.permanence.placement.domain.Statement;
import org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Move requests and their safeguards. The team proposes and records the review, the IRO being told and the child's
 * wishes; the IRO records a view and raises challenges, which the team answers; the decision maker approves or
 * refuses a move that needs it.
 */
@RestController
@RequestMapping("/api/permanence/children/{id}/moves")
class MoveResource {

    static final int MAX_TEXT = 4000;

    private final ChildRecords records;
    private final ChildRecordViews views;

    MoveResource(ChildRecords records, ChildRecordViews views) {
        this.records = records;
        this.views = views;
    }

    record ProposeRequest(@NotNull @Positive Long version, @NotBlank @Size(max = 64) String placementId,
                          @NotNull LocalDate proposedDate, @NotNull MoveKind kind,
                          @NotNull ReasonForPlacementChange reason, Boolean disruptsKeyStage4Education) {
    }

    record DateRequest(@NotNull @Positive Long version, @NotNull LocalDate date) {
    }

    record TextRequest(@NotNull @Positive Long version, @NotBlank @Size(max = MAX_TEXT) String text) {
    }

    record DecisionRequest(@NotNull @Positive Long version, @NotNull Boolean approved,
                           @NotBlank @Size(max = MAX_TEXT) String reasons) {
    }

    @PostMapping
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> propose(CurrentUser user, @PathVariable String id,
                                                @Valid @RequestBody ProposeRequest request) {
        user.requireAnyRole(Access.TEAM);
        return views.respond(records.change(user, id, request.version(), Access.TEAM, "proposedDate",
                (child, now) -> Outcome.of(Moving.propose(child.record(), UUID.randomUUID().toString(),
                        request.placementId(), request.proposedDate(), request.kind(), request.reason(),
                        Boolean.TRUE.equals(request.disruptsKeyStage4Education()), user.subject()))));
    }

    @PostMapping("/{moveId}/review")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> reviewHeld(CurrentUser user, @PathVariable String id,
                                                   @PathVariable String moveId,
                                                   @Valid @RequestBody DateRequest request) {
        views.requireNotFuture("date", request.date());
        return step(user, id, moveId, request.version(), Access.TEAM_OR_IRO, "date",
                move -> move.recordReview(request.date()));
    }

    @PostMapping("/{moveId}/iro-informed")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> iroInformed(CurrentUser user, @PathVariable String id,
                                                    @PathVariable String moveId,
                                                    @Valid @RequestBody DateRequest request) {
        views.requireNotFuture("date", request.date());
        return step(user, id, moveId, request.version(), Access.TEAM_OR_IRO, "date",
                move -> move.recordIroInformed(request.date()));
    }

    @PostMapping("/{moveId}/child-wishes")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> childWishes(CurrentUser user, @PathVariable String id,
                                                    @PathVariable String moveId,
                                                    @Valid @RequestBody TextRequest request) {
        return step(user, id, moveId, request.version(), Access.TEAM, "text",
                move -> move.recordChildWishes(statement(request.text(), user)));
    }

    @PostMapping("/{moveId}/iro-view")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> iroView(CurrentUser user, @PathVariable String id,
                                                @PathVariable String moveId, @Valid @RequestBody TextRequest request) {
        return step(user, id, moveId, request.version(), Access.IRO, "text",
                move -> move.recordIroView(statement(request.text(), user)));
    }

    @PostMapping("/{moveId}/challenges")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> challenge(CurrentUser user, @PathVariable String id,
                                                  @PathVariable String moveId,
                                                  @Valid @RequestBody TextRequest request) {
        return step(user, id, moveId, request.version(), Access.IRO, "text",
                move -> move.raiseChallenge(statement(request.text(), user)));
    }

    @PostMapping("/{moveId}/challenges/{number}/answer")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> answer(CurrentUser user, @PathVariable String id,
                                               @PathVariable String moveId, @PathVariable int number,
                                               @Valid @RequestBody TextRequest request) {
        return step(user, id, moveId, request.version(), Access.TEAM, "number",
                move -> move.answerChallenge(number, statement(request.text(), user)));
    }

    @PostMapping("/{moveId}/decision")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> decide(CurrentUser user, @PathVariable String id,
                                               @PathVariable String moveId,
                                               @Valid @RequestBody DecisionRequest request) {
        return step(user, id, moveId, request.version(), Access.DECISION_MAKER, "approved", move -> {
            Statement reasons = statement(request.reasons(), user);
            return request.approved() ? move.approve(reasons) : move.refuse(reasons);
        });
    }

    private ResponseEntity<ChildRecordResponse> step(CurrentUser user, String id, String moveId, long version,
                                                     Role[] roles, String field, UnaryOperator<MoveRequest> step) {
        user.requireAnyRole(roles);
        return views.respond(records.change(user, id, version, roles, field,
                (child, now) -> Outcome.of(Moving.change(child.record(), moveId, step))));
    }

    private Statement statement(String text, CurrentUser user) {
        return new Statement(text, views.today(), user.subject());
    }
}
