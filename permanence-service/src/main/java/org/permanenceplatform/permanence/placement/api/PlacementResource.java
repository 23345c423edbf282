package org.permanenceplatform.permanence.placement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.problem.FieldProblem;
import org.permanenceplatform.kit.problem.RuleNotMetException;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.permanence.care.domain.PeriodOfCare;
import org.permanenceplatform.permanence.child.Access;
import org.permanenceplatform.permanence.child.ChildRecords;
import org.permanenceplatform.permanence.child.ChildRecords.Outcome;
import org.permanenceplatform.permanence.child.api.ChildRecordResponse;
import org.permanenceplatform.permanence.child.api.ChildRecordViews;
import org.permanenceplatform.permanence.child.domain.Moving;
import org.permanenceplatform.permanence.child.domain.PermanenceRecord;
import org.permanenceplatform.permanence.placement.domain.DistanceBand;
import org.permanenceplatform.permanence.placement.domain.EndKind;
import org.permanenceplatform.permanence.placement.domain.Placement;
import org.permanenceplatform.permanence.placement.domain.PlacementRules;
import org.permanenceplatform.permanence.placement.domain.PurchaseRoute;
import org.permanenceplatform.permanence.placement.domain.Violation;
import org.permanenceplatform.permanence.reference.domain.PlacementProvider;
import org.permanenceplatform.permanence.reference.domain.PlacementType;
import org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Placements: where and with whom the child lives. A new placement is checked against the DfE rules for the legal
 * status in force on its start; ending one is a move, which must have gone through its safeguards ({@link Moving}).
 */
@RestController
@RequestMapping("/api/permanence/children/{id}/placements")
class PlacementResource {

    private final ChildRecords records;
    private final ChildRecordViews views;

    PlacementResource(ChildRecords records, ChildRecordViews views) {
        this.records = records;
        this.views = views;
    }

    record PlacementRequest(@NotNull @Positive Long version, @NotNull LocalDate startDate,
                            @NotNull PlacementType placementType, PlacementProvider provider,
                            @Size(max = 64) String carerId, @Size(max = 200) String carerName, Boolean kinship,
                            Boolean sameCarersAsPrevious, @NotNull DistanceBand distanceBand,
                            @DecimalMin("0") @DecimalMax("100000") BigDecimal weeklyCost,
                            PurchaseRoute purchaseRoute) {
    }

    record EndRequest(@NotNull @Positive Long version, @NotNull LocalDate endDate,
                      ReasonForPlacementChange reasonForChange, @NotNull EndKind endKind,
                      @Size(max = 64) String moveId) {
    }

    @PostMapping
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> place(CurrentUser user, @PathVariable String id,
                                              @Valid @RequestBody PlacementRequest request) {
        user.requireAnyRole(Access.TEAM);
        views.requireNotFuture("startDate", request.startDate());
        return views.respond(records.change(user, id, request.version(), Access.TEAM, "startDate", (child, now) -> {
            PermanenceRecord record = child.record();
            PeriodOfCare period = record.care().on(request.startDate()).orElseThrow(() -> new RuleBroken(
                    "startDate", "the child was not in care on " + request.startDate()));
            Placement placement = Placement.open(UUID.randomUUID().toString(), request.startDate(),
                    request.placementType(), request.provider(), request.carerId(), request.carerName(),
                    Boolean.TRUE.equals(request.kinship()), Boolean.TRUE.equals(request.sameCarersAsPrevious()),
                    request.distanceBand(), request.weeklyCost(), request.purchaseRoute());
            Placement previous = record.latestPlacement()
                    .filter(last -> period.covers(last.startDate())).orElse(null);
            refuse(PlacementRules.checkNew(placement, period.statusOn(request.startDate()).orElse(null), previous));
            return Outcome.of(record.withPlacements(PermanenceRecord.plus(record.placements(), placement)));
        }));
    }

    @PostMapping("/{placementId}/end")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> end(CurrentUser user, @PathVariable String id,
                                            @PathVariable String placementId, @Valid @RequestBody EndRequest request) {
        user.requireAnyRole(Access.TEAM);
        views.requireNotFuture("endDate", request.endDate());
        return views.respond(records.change(user, id, request.version(), Access.TEAM, "endDate", (child, now) ->
                Outcome.of(Moving.endPlacement(child.record(), placementId, request.endDate(),
                        request.reasonForChange(), request.endKind(), request.moveId(), user.subject()))));
    }

    static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleNotMetException(violations.stream()
                    .map(violation -> new FieldProblem(violation.field(), violation.message())).toList());
        }
    }
}
