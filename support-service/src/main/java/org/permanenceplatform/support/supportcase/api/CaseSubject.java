package org.permanenceplatform.support.supportcase.api;

import org.permanenceplatform.kit.audit.AuditSubject;

/** An answer that names a family's support case: the audit log records the case and its LA. */
public interface CaseSubject extends AuditSubject {

    String caseId();

    String laCode();

    @Override
    default String auditId() {
        return caseId();
    }

    @Override
    default String auditLa() {
        return laCode();
    }
}
