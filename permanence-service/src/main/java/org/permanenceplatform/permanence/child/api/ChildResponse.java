package org.permanenceplatform.permanence.child.api;

import org.permanenceplatform.kit.audit.AuditSubject;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.domain.Ethnicity;
import org.permanenceplatform.permanence.child.domain.Sex;

import java.time.Instant;
import java.time.LocalDate;

/** A child's identifiable record as the API answers it; every answer that carries one is audited. */
record ChildResponse(String id, String laCode, String localChildId, String givenName, String familyName,
                     LocalDate dateOfBirth, Sex sex, Ethnicity ethnicity, boolean disabled,
                     boolean uasc, String allocatedWorker, long version, Instant createdAt,
                     Instant updatedAt) implements AuditSubject {

    @Override
    public String auditId() {
        return id;
    }

    @Override
    public String auditLa() {
        return laCode;
    }

    static ChildResponse of(Child child) {
        return new ChildResponse(child.id(), child.laCode(), child.details().localChildId(),
                child.details().givenName(), child.details().familyName(), child.details().dateOfBirth(),
                child.details().sex(), child.details().ethnicity(), child.details().disabled(),
                child.details().uasc(), child.details().allocatedWorker(), child.version(), child.createdAt(),
                child.updatedAt());
    }
}
