package org.permanenceplatform.support.stability.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.support.rules.domain.RuleBroken;
import org.permanenceplatform.support.stability.domain.Breakdown;
import org.permanenceplatform.support.stability.domain.RiskFlag;
import org.permanenceplatform.support.stability.domain.RiskReason;
import org.permanenceplatform.support.supportcase.SupportCases;
import org.permanenceplatform.support.supportcase.api.CaseViews;
import org.permanenceplatform.support.supportcase.api.SupportCaseResponse;
import org.permanenceplatform.support.supportcase.domain.Permanence;
import org.permanenceplatform.support.supportcase.domain.SupportRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

/** A worker's flag that a family's stability is at risk, and the record of a breakdown. */
@RestController
class StabilityResource {

    private final SupportCases cases;
    private final CaseViews views;

    StabilityResource(SupportCases cases, CaseViews views) {
        this.cases = cases;
        this.views = views;
    }

    record RiskFlagRequest(@NotNull @Positive Long version, @NotNull LocalDate raised,
                           @NotBlank @Size(max = 2000) String note) {
    }

    record BreakdownRequest(@NotNull @Positive Long version, @NotNull LocalDate date,
                            @NotNull Boolean cameBackIntoCare, @Size(max = 2000) String note) {
    }

    @PostMapping("/api/support/cases/{id}/risk-flags")
    @Audited(resource = "support-case", action = AuditAction.UPDATE)
    ResponseEntity<SupportCaseResponse> raise(CurrentUser user, @PathVariable String id,
                                              @Valid @RequestBody RiskFlagRequest body) {
        views.requireNotFuture("raised", body.raised());
        return views.respond(cases.change(user, id, body.version(), "raised", (current, today) ->
                current.record().withRiskFlags(SupportRecord.plus(current.record().riskFlags(),
                        new RiskFlag(UUID.randomUUID().toString(), RiskReason.WORKER_CONCERN, body.raised(),
                                user.subject(), body.note())))));
    }

    /** A breakdown on or after the permanence it ends; it reaches the national dataset. */
    @PostMapping("/api/support/cases/{id}/breakdowns")
    @Audited(resource = "support-case", action = AuditAction.UPDATE)
    ResponseEntity<SupportCaseResponse> breakdown(CurrentUser user, @PathVariable String id,
                                                  @Valid @RequestBody BreakdownRequest body) {
        views.requireNotFuture("date", body.date());
        return views.respond(cases.change(user, id, body.version(), "date", (current, today) -> {
            current.latestPermanence().map(Permanence::date).filter(body.date()::isBefore).ifPresent(date -> {
                throw new RuleBroken("date", "must not be before the permanence it ends (" + date + ")");
            });
            return current.record().withBreakdowns(SupportRecord.plus(current.record().breakdowns(),
                    new Breakdown(UUID.randomUUID().toString(), body.date(), body.cameBackIntoCare(), body.note(),
                            user.subject())));
        }));
    }
}
