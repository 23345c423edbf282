package org.permanenceplatform.permanence.adopter.api;

import org.permanenceplatform.kit.audit.AuditSubject;
import org.permanenceplatform.permanence.adopter.domain.AdopterHousehold;
import org.permanenceplatform.permanence.adopter.domain.Approval;
import org.permanenceplatform.permanence.assessment.api.AssessmentView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A prospective adopter household's whole record as the API answers it: who they are, the approval assessment with
 * each stage's clock, what they are approved for, and where the clocks stand today. Every answer is audited.
 *
 * @param assessment null until the approval assessment starts
 * @param approval   null unless approved
 * @param nextDue    the open stage due soonest, or null
 * @param overdue    whether a stage of the open assessment is overdue today
 */
record AdopterHouseholdResponse(String id, String laCode, List<String> adults, String names, String address,
                                LocalDate registeredInterest, String allocatedWorker, long version,
                                Instant createdAt, Instant updatedAt, AssessmentView assessment, Approval approval,
                                DueStage nextDue, boolean overdue, LocalDate asOf) implements AuditSubject {

    @Override
    public String auditId() {
        return id;
    }

    @Override
    public String auditLa() {
        return laCode;
    }

    static AdopterHouseholdResponse of(AdopterHousehold household, AssessmentView assessment, DueStage nextDue,
                                       boolean overdue, LocalDate today) {
        var details = household.details();
        return new AdopterHouseholdResponse(household.id(), household.laCode(), details.adults(), details.names(),
                details.address(), details.registeredInterest(), details.allocatedWorker(), household.version(),
                household.createdAt(), household.updatedAt(), assessment, household.approval(), nextDue, overdue,
                today);
    }
}
