package org.permanenceplatform.permanence.permanence.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.care.domain.PeriodOfCare;
import org.permanenceplatform.permanence.child.Access;
import org.permanenceplatform.permanence.child.ChildRecords;
import org.permanenceplatform.permanence.child.ChildRecords.LocalEvent;
import org.permanenceplatform.permanence.child.ChildRecords.Outcome;
import org.permanenceplatform.permanence.child.api.ChildRecordResponse;
import org.permanenceplatform.permanence.child.api.ChildRecordViews;
import org.permanenceplatform.permanence.child.domain.CareEnding;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.events.EventCatalogue;
import org.permanenceplatform.permanence.events.LaPermanenceAchieved;
import org.permanenceplatform.permanence.permanence.domain.OrderType;
import org.permanenceplatform.permanence.permanence.domain.PermanenceAchieved;
import org.permanenceplatform.permanence.reference.domain.ReasonEpisodeCeased;
import org.permanenceplatform.permanence.reference.domain.Route;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Permanence achieved: the order (or return home, or confirmed long-term foster placement) that ends the child's
 * journey through care by a planned route. It closes what was open and tells post-permanence support about the
 * family, inside the LA, and the national dataset, pseudonymised.
 */
@RestController
class PermanenceResource {

    private final ChildRecords records;
    private final ChildRecordViews views;
    private final AssessmentTemplates templates;

    PermanenceResource(ChildRecords records, ChildRecordViews views, AssessmentTemplates templates) {
        this.records = records;
        this.views = views;
        this.templates = templates;
    }

    record PermanenceRequest(@NotNull @Positive Long version, @NotNull Route route, @NotNull LocalDate date,
                             @NotNull OrderType orderType, ReasonEpisodeCeased reasonCeased, Boolean kinshipCarers,
                             @Size(max = 64) String assessmentId) {
    }

    @PostMapping("/api/permanence/children/{id}/permanence")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> achieve(CurrentUser user, @PathVariable String id,
                                                @Valid @RequestBody PermanenceRequest request) {
        user.requireAnyRole(Access.TEAM);
        views.requireNotFuture("date", request.date());
        return views.respond(records.change(user, id, request.version(), Access.TEAM, "orderType",
                (child, now) -> achieve(child, request, user.subject(), now)));
    }

    private Outcome achieve(Child child, PermanenceRequest request, String by, Instant now) {
        PeriodOfCare period = child.record().care().open().orElseThrow(
                () -> new RuleBroken("date", "the child is not in care"));
        PermanenceAchieved permanence = new PermanenceAchieved(UUID.randomUUID().toString(), period.id(),
                request.route(), request.date(), request.orderType(), request.reasonCeased(),
                Boolean.TRUE.equals(request.kinshipCarers()), by, now);
        String leading = CareEnding.leadingAssessment(child.record(), permanence, request.assessmentId());
        Assessment assessment = child.record().assessments().stream().filter(a -> a.id().equals(leading))
                .findFirst().orElse(null);
        return new Outcome(CareEnding.achieve(child.record(), permanence, leading, templates),
                List.of(new LocalEvent(EventCatalogue.LA_PERMANENCE_ACHIEVED,
                        LaPermanenceAchieved.of(child, permanence, assessment).toPayload())));
    }
}
