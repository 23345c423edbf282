package org.permanenceplatform.permanence.adopter.api;

import org.permanenceplatform.kit.audit.AuditSubject;
import org.permanenceplatform.permanence.assessment.domain.AssessmentOutcome;

import java.time.LocalDate;

/**
 * One line of an LA's prospective adopters: who, where their approval stands, and its next clock. Names are
 * identifiable, so the list is audited.
 *
 * @param stage   the stage the open assessment is at, or null (not started, or closed)
 * @param outcome how the assessment ended, or null while it is open or not started
 */
record AdopterHouseholdSummary(String id, String laCode, String names, LocalDate registeredInterest,
                               String allocatedWorker, String stage, AssessmentOutcome outcome, LocalDate approvedOn,
                               DueStage nextDue, boolean overdue, long version) implements AuditSubject {

    @Override
    public String auditId() {
        return id;
    }

    @Override
    public String auditLa() {
        return laCode;
    }
}
