package org.permanenceplatform.permanence.child.api;

import org.permanenceplatform.kit.audit.AuditSubject;
import org.permanenceplatform.permanence.assessment.api.AssessmentView;
import org.permanenceplatform.permanence.care.domain.CareProceedings;
import org.permanenceplatform.permanence.care.domain.PeriodOfCare;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.domain.ChildDetails;
import org.permanenceplatform.permanence.child.domain.Ethnicity;
import org.permanenceplatform.permanence.child.domain.Sex;
import org.permanenceplatform.permanence.delay.domain.ChildDelay;
import org.permanenceplatform.permanence.education.domain.EducationYear;
import org.permanenceplatform.permanence.permanence.domain.PermanenceAchieved;
import org.permanenceplatform.permanence.placement.domain.Placement;
import org.permanenceplatform.permanence.plan.domain.PlanDecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A child's whole permanence record as the API answers it: who the child is, the periods of care, the plan and its
 * history, assessments with each stage's clock, placements, moves, education and permanence, and the delay clocks
 * as of today. Every answer that carries one is audited.
 */
public record ChildRecordResponse(String id, String laCode, String localChildId, String givenName,
                                  String familyName, LocalDate dateOfBirth, Sex sex, Ethnicity ethnicity,
                                  boolean disabled, boolean uasc, String allocatedWorker, long version,
                                  Instant createdAt, Instant updatedAt, List<PeriodOfCare> periods, List<CareProceedings> proceedings,
                                  PlanDecision plan, List<PlanDecision> planHistory,
                                  List<AssessmentView> assessments, List<Placement> placements,
                                  List<MoveView> moves, List<EducationYear> education,
                                  List<PermanenceAchieved> permanence, ChildDelay delay, LocalDate asOf)
        implements AuditSubject {

    @Override
    public String auditId() {
        return id;
    }

    @Override
    public String auditLa() {
        return laCode;
    }

    static ChildRecordResponse of(Child child, ChildDelay delay, List<AssessmentView> assessments, LocalDate today) {
        var record = child.record();
        ChildDetails details = child.details();
        return new ChildRecordResponse(child.id(), child.laCode(), details.localChildId(), details.givenName(),
                details.familyName(), details.dateOfBirth(), details.sex(), details.ethnicity(), details.disabled(),
                details.uasc(), details.allocatedWorker(), child.version(),
                child.createdAt(), child.updatedAt(), record.care().periods(), record.proceedings(),
                record.plan().current().orElse(null), record.plan().decisions(), assessments, record.placements(),
                record.moves().stream().map(MoveView::of).toList(), record.education(), record.permanence(), delay,
                today);
    }
}
