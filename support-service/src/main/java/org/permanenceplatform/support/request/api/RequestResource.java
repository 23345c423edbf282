package org.permanenceplatform.support.request.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.support.request.domain.Category;
import org.permanenceplatform.support.request.domain.Requester;
import org.permanenceplatform.support.request.domain.SupportRequest;
import org.permanenceplatform.support.request.domain.Urgency;
import org.permanenceplatform.support.stability.domain.RiskFlag;
import org.permanenceplatform.support.stability.domain.StabilityRules;
import org.permanenceplatform.support.supportcase.SupportCases;
import org.permanenceplatform.support.supportcase.api.CaseViews;
import org.permanenceplatform.support.supportcase.api.SupportCaseResponse;
import org.permanenceplatform.support.supportcase.domain.SupportRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A family's requests for support: received (which starts its clocks and may raise risk flags by the stability
 * rules) and first answered (which stops the first of them).
 */
@RestController
class RequestResource {

    private final SupportCases cases;
    private final CaseViews views;

    RequestResource(SupportCases cases, CaseViews views) {
        this.cases = cases;
        this.views = views;
    }

    record ReceiveRequest(@NotNull @Positive Long version, @NotNull LocalDate received, @NotNull Requester requester,
                          @NotNull Category category, @NotNull Urgency urgency, @Size(max = 2000) String summary) {
    }

    record FirstResponseRequest(@NotNull @Positive Long version, @NotNull LocalDate date) {
    }

    @PostMapping("/api/support/cases/{id}/requests")
    @Audited(resource = "support-case", action = AuditAction.UPDATE)
    ResponseEntity<SupportCaseResponse> receive(CurrentUser user, @PathVariable String id,
                                                @Valid @RequestBody ReceiveRequest body) {
        views.requireNotFuture("received", body.received());
        return views.respond(cases.change(user, id, body.version(), "received", (current, today) -> {
            SupportRecord record = current.record();
            SupportRequest request = SupportRequest.received(UUID.randomUUID().toString(), body.received(),
                    body.requester(), body.category(), body.urgency(), body.summary(), user.subject());
            List<RiskFlag> flags = new ArrayList<>(record.riskFlags());
            flags.addAll(StabilityRules.raisedBy(record.requests(), record.riskFlags(), request,
                    () -> UUID.randomUUID().toString()));
            return record.withRequests(SupportRecord.plus(record.requests(), request)).withRiskFlags(flags);
        }));
    }

    @PostMapping("/api/support/cases/{id}/requests/{requestId}/first-response")
    @Audited(resource = "support-case", action = AuditAction.UPDATE)
    ResponseEntity<SupportCaseResponse> firstResponse(CurrentUser user, @PathVariable String id,
                                                      @PathVariable String requestId,
                                                      @Valid @RequestBody FirstResponseRequest body) {
        views.requireNotFuture("date", body.date());
        return views.respond(cases.change(user, id, body.version(), "date", (current, today) ->
                current.record().changeRequest(requestId, "requestId", request -> request.respondedOn(body.date()))));
    }
}
