package org.permanenceplatform.permanence.care.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.permanence.care.domain.PeriodOfCare;
import org.permanenceplatform.permanence.child.Access;
import org.permanenceplatform.permanence.child.ChildRecords;
import org.permanenceplatform.permanence.child.ChildRecords.Outcome;
import org.permanenceplatform.permanence.child.api.ChildRecordResponse;
import org.permanenceplatform.permanence.child.api.ChildRecordViews;
import org.permanenceplatform.permanence.child.domain.CareEnding;
import org.permanenceplatform.permanence.child.domain.PermanenceRecord;
import org.permanenceplatform.permanence.clock.domain.BankHolidays;
import org.permanenceplatform.permanence.reference.domain.LegalStatus;
import org.permanenceplatform.permanence.reference.domain.ReasonEpisodeCeased;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

/** Periods of care: entering care, legal status changes, statutory reviews held, leaving care. */
@RestController
@RequestMapping("/api/permanence/children/{id}")
class CareResource {

    private final ChildRecords records;
    private final ChildRecordViews views;

    CareResource(ChildRecords records, ChildRecordViews views) {
        this.records = records;
        this.views = views;
    }

    record StartRequest(@NotNull @Positive Long version, @NotNull LocalDate started, @NotNull LegalStatus legalStatus,
                        @Size(max = 64) String previousPermanenceId) {
    }

    record LegalStatusRequest(@NotNull @Positive Long version, @NotNull LocalDate from,
                              @NotNull LegalStatus legalStatus) {
    }

    record EndRequest(@NotNull @Positive Long version, @NotNull LocalDate ended,
                      @NotNull ReasonEpisodeCeased reasonCeased) {
    }

    record ReviewRequest(@NotNull @Positive Long version, @NotNull LocalDate held) {
    }

    @PostMapping("/periods")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> enterCare(CurrentUser user, @PathVariable String id,
                                                  @Valid @RequestBody StartRequest request) {
        user.requireAnyRole(Access.TEAM);
        views.requireNotFuture("started", request.started());
        return views.respond(records.change(user, id, request.version(), Access.TEAM, "started", (child, now) -> {
            PermanenceRecord record = child.record();
            if (request.previousPermanenceId() != null && record.permanence().stream()
                    .noneMatch(permanence -> permanence.id().equals(request.previousPermanenceId()))) {
                throw new RuleBroken("previousPermanenceId", "this child has no permanence with that id");
            }
            if (request.started().isBefore(child.details().dateOfBirth())) {
                throw new RuleBroken("started", "a child cannot enter care before being born");
            }
            if (!BankHolidays.englandAndWales().covers(request.started())) {
                throw new RuleBroken("started", "the statutory clocks count working days from "
                        + BankHolidays.englandAndWales().firstYear() + " to "
                        + BankHolidays.englandAndWales().lastYear() + "; a period of care outside them cannot be"
                        + " recorded");
            }
            PeriodOfCare period = PeriodOfCare.start(UUID.randomUUID().toString(), request.started(),
                    request.legalStatus(), request.previousPermanenceId());
            return Outcome.of(record.withCare(record.care().begin(period)));
        }));
    }

    @PostMapping("/periods/current/legal-statuses")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> changeLegalStatus(CurrentUser user, @PathVariable String id,
                                                          @Valid @RequestBody LegalStatusRequest request) {
        user.requireAnyRole(Access.TEAM);
        views.requireNotFuture("from", request.from());
        return views.respond(records.change(user, id, request.version(), Access.TEAM, "from", (child, now) ->
                Outcome.of(child.record().withCare(child.record().care().changeOpen(
                        period -> period.withStatus(request.from(), request.legalStatus()))))));
    }

    @PostMapping("/periods/current/end")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> leaveCare(CurrentUser user, @PathVariable String id,
                                                  @Valid @RequestBody EndRequest request) {
        user.requireAnyRole(Access.TEAM);
        views.requireNotFuture("ended", request.ended());
        return views.respond(records.change(user, id, request.version(), Access.TEAM, "ended", (child, now) -> {
            if (request.reasonCeased().route().isPresent()) {
                throw new RuleBroken("reasonCeased", request.reasonCeased().code() + " ends care by a permanence"
                        + " route: record the permanence achieved instead, which ends the period with it");
            }
            return Outcome.of(CareEnding.leave(child.record(), request.ended(), request.reasonCeased()));
        }));
    }

    @PostMapping("/reviews")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> reviewHeld(CurrentUser user, @PathVariable String id,
                                                   @Valid @RequestBody ReviewRequest request) {
        user.requireAnyRole(Access.TEAM_OR_IRO);
        views.requireNotFuture("held", request.held());
        return views.respond(records.change(user, id, request.version(), Access.TEAM_OR_IRO, "held",
                (child, now) -> Outcome.of(child.record().withCare(child.record().care().changeOpen(
                        period -> period.withReviewHeld(request.held()))))));
    }
}
